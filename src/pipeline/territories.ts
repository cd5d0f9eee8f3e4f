// The places the map draws that are not states (world-atlas has them as shapes of their own):
// whose they are, and what kind of place each is. The data build names them in the three
// languages and writes them into the dataset, so a reader sees "Greenland, a territory of
// Denmark" in the tooltip and the notes, in their language, instead of an English label from
// the geometry ("Br. Indian Ocean Ter.") and a "No data" grey.
//
// Sovereignty as in Natural Earth's admin-0 SOVEREIGNT column (the source of world-atlas), which
// world-atlas does not carry over. A test checks that every shape outside the dataset is here.
import type { Territory, TerritoryKind } from '../lib/types';

interface TerritoryFact {
  kind: TerritoryKind;
  /** The state whose foreign relations cover it (dependency) or that it is associated with. */
  of: string | null;
}

const dependency = (of: string): TerritoryFact => ({ kind: 'dependency', of });

export const TERRITORY_FACTS: Record<string, TerritoryFact> = {
  // The United States.
  ASM: dependency('USA'),
  GUM: dependency('USA'),
  MNP: dependency('USA'),
  PRI: dependency('USA'),
  VIR: dependency('USA'),
  // The United Kingdom: overseas territories and Crown dependencies.
  AIA: dependency('GBR'),
  BMU: dependency('GBR'),
  CYM: dependency('GBR'),
  FLK: dependency('GBR'),
  GGY: dependency('GBR'),
  IMN: dependency('GBR'),
  IOT: dependency('GBR'),
  JEY: dependency('GBR'),
  MSR: dependency('GBR'),
  PCN: dependency('GBR'),
  SGS: dependency('GBR'),
  SHN: dependency('GBR'),
  TCA: dependency('GBR'),
  VGB: dependency('GBR'),
  // France.
  ATF: dependency('FRA'),
  BLM: dependency('FRA'),
  MAF: dependency('FRA'),
  NCL: dependency('FRA'),
  PYF: dependency('FRA'),
  SPM: dependency('FRA'),
  WLF: dependency('FRA'),
  // The Kingdom of the Netherlands.
  ABW: dependency('NLD'),
  CUW: dependency('NLD'),
  SXM: dependency('NLD'),
  // Denmark, Finland, Australia, China.
  FRO: dependency('DNK'),
  GRL: dependency('DNK'),
  ALA: dependency('FIN'),
  HMD: dependency('AUS'),
  NFK: dependency('AUS'),
  HKG: dependency('CHN'),
  MAC: dependency('CHN'),
  // Self-governing in free association with New Zealand, with some foreign relations of their
  // own: not New Zealand's, and not covered by the sources.
  COK: { kind: 'associated', of: 'NZL' },
  NIU: { kind: 'associated', of: 'NZL' },
  // Disputed or unrecognised, or under the Antarctic Treaty: no state's relations cover them here.
  ATA: { kind: 'other', of: null },
  ESH: { kind: 'other', of: null },
  XNC: { kind: 'other', of: null },
  XSG: { kind: 'other', of: null },
  XSL: { kind: 'other', of: null },
};

export interface TerritoryNames {
  en: string;
  be: string;
  ru: string;
}

/**
 * Names the packages lack or give in a form not meant for readers, each with its reason. The
 * rest come from world-countries (English and Russian common names) and i18n-iso-countries
 * (Belarusian), as the states' names do.
 */
export const TERRITORY_NAME_OVERRIDES: Record<string, Partial<TerritoryNames>> = {
  // No ISO code, so no package names them; world-atlas has only English ("N. Cyprus").
  XNC: { en: 'Northern Cyprus', be: 'Паўночны Кіпр', ru: 'Северный Кипр' },
  XSG: { en: 'Siachen Glacier', be: 'Ледавік Сіячэн', ru: 'Ледник Сиачен' },
  XSL: { en: 'Somaliland', be: 'Самаліленд', ru: 'Сомалиленд' },
  // The package appends the status, "Ганконг, САР (Кітай)": the notes say whose it is.
  HKG: { be: 'Ганконг' },
  MAC: { be: 'Макаа' },
  // world-countries' "Виргинские Острова" does not say which: the British ones are another territory.
  VIR: { ru: 'Виргинские Острова (США)' },
};

/**
 * The territories for the dataset, named by `nameOf` (the maintained packages, see
 * scripts/countryLookup.ts). Throws naming every code that has no name in a language, or whose
 * state is not in the dataset (`states`), so a gap fails the data build instead of reaching a reader.
 */
export function buildTerritories(
  nameOf: (code: string) => Partial<TerritoryNames> | null,
  states: ReadonlySet<string>,
  facts: Record<string, TerritoryFact> = TERRITORY_FACTS,
): Territory[] {
  const problems: string[] = [];
  const territories: Territory[] = [];
  for (const [id, fact] of Object.entries(facts)) {
    const names = nameOf(id);
    const missing = (['en', 'be', 'ru'] as const).filter((lang) => !names?.[lang]);
    if (missing.length > 0) problems.push(`territory ${id}: no name in ${missing.join(', ')}`);
    if (fact.of !== null && !states.has(fact.of))
      problems.push(`territory ${id}: its state ${fact.of} is not in the dataset`);
    territories.push({
      id,
      name: names?.en ?? id,
      nameBe: names?.be ?? id,
      nameRu: names?.ru ?? id,
      kind: fact.kind,
      of: fact.of,
    });
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return territories.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
