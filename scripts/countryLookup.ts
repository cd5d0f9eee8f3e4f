// ISO codes, names in English, Belarusian and Russian, and regions, from maintained libraries.
import countries from 'i18n-iso-countries';
import be from 'i18n-iso-countries/langs/be.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { getEuMembers } from 'is-eu-member';
import world from 'world-countries';
import type { CountryLookup } from '../src/pipeline/overlayTypes';
import { TERRITORY_NAME_OVERRIDES, type TerritoryNames } from '../src/pipeline/territories';

countries.registerLocale(en);
countries.registerLocale(be);
countries.registerLocale(ru);

const byIso3 = new Map(world.map((c) => [c.cca3, c]));

// is-eu-member lists the EU's own country codes, which are ISO 3166-1 alpha-2 except Greece (EL).
const EU_CODE_TO_ISO2: Record<string, string> = { EL: 'GR' };

export const countryLookup: CountryLookup = {
  isValid: (iso3) => countries.isValid(iso3) && /^[A-Z]{3}$/.test(iso3),
  iso2: (iso3) => countries.alpha3ToAlpha2(iso3) ?? null,
  numeric: (iso3) => countries.alpha3ToNumeric(iso3) ?? null,
  name: (iso3, lang) => countries.getName(iso3, lang) ?? null,
  aliases: (iso3) => {
    const all = (['en', 'be', 'ru'] as const).flatMap(
      (lang) => countries.getName(iso3, lang, { select: 'all' }) ?? [],
    );
    const w = byIso3.get(iso3);
    // world-countries' alternative spellings start with the alpha-2 code, which is no name.
    const alt = w ? w.altSpellings.filter((a) => a !== w.cca2) : [];
    const rus = w?.translations.rus;
    return [
      ...all,
      ...(w ? [w.name.common, w.name.official] : []),
      ...(rus ? [rus.common, rus.official] : []),
      ...alt,
    ];
  },
  members: (organisationId) =>
    organisationId === 'EU'
      ? getEuMembers()
          .map((code) => countries.alpha2ToAlpha3(EU_CODE_TO_ISO2[code] ?? code))
          .filter((c): c is string => typeof c === 'string')
      : [],
  region: (iso3) => byIso3.get(iso3)?.region ?? null,
};

/**
 * A territory's names: world-countries' common names in English and Russian (i18n-iso-countries'
 * English is the ISO list's, "Virgin Islands, U.S."), i18n-iso-countries' Belarusian, and the
 * overrides in src/pipeline/territories.ts.
 */
export function territoryNames(code: string): Partial<TerritoryNames> {
  const w = byIso3.get(code);
  return {
    en: w?.name.common ?? countries.getName(code, 'en'),
    be: countries.getName(code, 'be'),
    ru: w?.translations.rus?.common ?? countries.getName(code, 'ru'),
    ...TERRITORY_NAME_OVERRIDES[code],
  };
}
