// The data build's one pass from the seed and the reviewed overlay to the dataset: every rule an
// entry must pass, each reported with its entry's name, and the names, regions and links each
// state gets. Over 250 lines because the rules are checked where the values are read, so that a
// problem names the value it is about; the parts that stand alone (parseSeed, lintOverlay,
// parsePartialDate, articleLinks, partnerCoverage) are modules of their own.
import type {
  Confidence,
  Conflict,
  Country,
  Dataset,
  PartialDate,
  Region,
  SeedRow,
  Source,
  Status,
} from '../lib/types';
import { articleLinks } from './articleLinks';
import {
  DROPPED_COUNTRY_ALIASES,
  EXTRA_COUNTRY_ALIASES,
  NAME_OVERRIDES,
  ORGANISATION_NAMES,
} from './extraNames';
import { lintOverlay } from './lintOverlay';
import type { CountryLookup, Overlay, OverlayCountry, OverlaySeedRow } from './overlayTypes';
import { parsePartialDate } from './parsePartialDate';
import { partnerCoverage } from './partnerCoverage';
import { parseSeed, type SeedTableRow } from './parseSeed';

/** The dataset as the join builds it; the data build adds the territories (src/pipeline/territories.ts). */
export type BuiltDataset = Omit<Dataset, 'territories'>;

export const SEED_FILE = 'data/foreign-relations-of-belarus.txt';
export const OVERLAY_FILE = 'data/overlay.json';

const STATUSES: Status[] = ['dated', 'undated', 'none', 'unknown'];
const CONFIDENCES: Confidence[] = ['high', 'medium', 'low'];
const REGIONS: Region[] = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];
const LIST_TABLE = 'Diplomatic relations';
const STRICT_ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Every violation the build found, each naming the file and the row or entry. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'DatasetError';
  }
}

export interface BuildReport {
  rowsPerTable: Record<string, number>;
  rowsIdentified: number;
  rowsUnresolved: number;
  statusCounts: Record<string, number>;
  conflicts: number;
  unresolved: string[];
}

function tryDate(text: string, where: string, problems: string[]): PartialDate | null {
  try {
    return parsePartialDate(text);
  } catch (error) {
    problems.push(`${where}: ${(error as Error).message}`);
    return null;
  }
}

// Four or more one-letter words in a row: a name spelled out letter by letter ("Н е в и с", as one
// of world-countries' Russian names has it), which search would show the reader as it stands.
const SPACED_LETTERS = /(?:^|\s)(?:\p{L}\s){3}\p{L}(?:\s|$)/u;

/** Names other than the main three, each once, in the order given, less blank and letter-spaced ones. */
function otherNames(names: string[], main: string[]): string[] {
  return [...new Set(names)].filter((a) => a.trim() !== '' && !main.includes(a) && !SPACED_LETTERS.test(a));
}

function rowKey(region: string, position: number): string {
  return `${region}#${position}`;
}

/**
 * Joins the parsed seed with the overlay into the dataset the app imports. Pure: takes the two
 * files' text and the ISO lookups, returns the dataset and a report, or throws a DatasetError
 * listing every violation (never skips a row, never guesses a country).
 */
export function buildDataset(
  seedText: string,
  overlay: Overlay,
  lookup: CountryLookup,
  /** The names the messages give the two inputs: the files actually read. */
  files: { seed: string; overlay: string } = { seed: SEED_FILE, overlay: OVERLAY_FILE },
  subjectCode = { id: 'BLR', name: 'Belarus' },
): { dataset: BuiltDataset; report: BuildReport } {
  const subjectBe = lookup.name(subjectCode.id, 'be') ?? subjectCode.name;
  const subjectRu = lookup.name(subjectCode.id, 'ru') ?? subjectCode.name;
  const subject = {
    ...subjectCode,
    nameBe: subjectBe,
    nameRu: subjectRu,
    aliases: otherNames(
      [...lookup.aliases(subjectCode.id), ...(EXTRA_COUNTRY_ALIASES[subjectCode.id] ?? [])],
      [subjectCode.name, subjectBe, subjectRu],
    ),
  };
  const seed = parseSeed(seedText);
  const problems: string[] = [];
  const regional = seed.tables.filter((t) => t.region !== LIST_TABLE);
  const list = seed.tables.find((t) => t.region === LIST_TABLE);
  const rows = new Map<string, SeedTableRow>();
  for (const table of regional)
    for (const row of table.rows) rows.set(rowKey(table.region, row.position), row);
  const sectionIds = new Set(seed.sections.map((s) => s.id));
  const claimed = new Map<string, string>();

  // Claims a seed row for an overlay entry and checks that the overlay copy still matches it.
  function claim(ref: OverlaySeedRow, who: string): SeedTableRow | null {
    const where = `${files.overlay}: ${who}`;
    const key = rowKey(ref.region, ref.position);
    const row = rows.get(key);
    if (!row) {
      problems.push(`${where}: names seed row ${ref.region} #${ref.position}, which the seed does not have`);
      return null;
    }
    const previous = claimed.get(key);
    if (previous)
      problems.push(`${where}: seed row ${ref.region} #${ref.position} is also claimed by ${previous}`);
    claimed.set(key, who);
    const [, dateCell = '', notesCell = ''] = row.cells;
    if (dateCell !== ref.date || notesCell !== ref.notes) {
      problems.push(
        `${where}: does not match ${files.seed} line ${row.line} (${ref.region} #${ref.position}): ` +
          `overlay has ${JSON.stringify([ref.date, ref.notes])}, seed has ${JSON.stringify([dateCell, notesCell])}`,
      );
    }
    tryDate(dateCell, `${files.seed} line ${row.line}`, problems);
    return row;
  }

  const seen = new Set<string>();
  const countries: Country[] = overlay.countries.map((entry) => toCountry(entry));

  function toCountry(entry: OverlayCountry): Country {
    const who = `entry ${entry.id} (${entry.name})`;
    const where = `${files.overlay}: ${who}`;
    if (seen.has(entry.id)) problems.push(`${where}: the country appears twice`);
    seen.add(entry.id);
    const iso = !entry.nonIso;
    if (iso && !lookup.isValid(entry.id))
      problems.push(`${where}: ${entry.id} is not an ISO 3166-1 alpha-3 code`);
    if (!iso && (!entry.nameBe || !entry.nameRu || !entry.region)) {
      problems.push(`${where}: an entry without an ISO code must give nameBe, nameRu and region`);
    }
    const status = entry.status as Status;
    if (!STATUSES.includes(status)) problems.push(`${where}: unknown status "${entry.status}"`);
    let date: PartialDate | null = null;
    if (entry.date !== null) {
      if (!STRICT_ISO_DATE.test(entry.date))
        problems.push(`${where}: date "${entry.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      else date = tryDate(entry.date, where, problems);
    }
    const confidence = entry.confidence as Confidence | null;
    if (confidence !== null && !CONFIDENCES.includes(confidence))
      problems.push(`${where}: unknown confidence "${entry.confidence}"`);
    if (status === 'dated' && (!date || !confidence))
      problems.push(`${where}: status "dated" needs a date and a confidence`);
    if (status !== 'dated' && date) problems.push(`${where}: has a date but status "${status}"`);
    if (status === 'dated' && entry.sources.length === 0) problems.push(`${where}: a date needs a source`);
    for (const section of entry.sections) {
      if (!sectionIds.has(section))
        problems.push(`${where}: names section "${section}", which the seed does not have`);
    }
    const sources: Source[] = entry.sources.map((s) => {
      if (s.url !== null && !/^https?:\/\//.test(s.url))
        problems.push(`${where}: source URL ${JSON.stringify(s.url)} is not http(s)`);
      const source: Source = { url: s.url, label: s.label, says: s.says, kind: s.kind, gives: s.gives };
      // Stryker disable ConditionalExpression: an undefined key and an absent one are the same once the dataset is JSON.
      if (s.saysLang) source.saysLang = s.saysLang;
      if (s.saysEn) source.saysEn = s.saysEn;
      // Stryker restore ConditionalExpression
      return source;
    });
    const conflicts: Conflict[] = entry.conflicts.map((c) => ({
      // Stryker disable next-line ObjectLiteral,StringLiteral: a date that does not parse is a problem, and the build fails.
      date: tryDate(c.date, `${where} conflict`, problems) ?? { iso: '', precision: 'year' },
      text: c.date,
      source: c.source,
      url: c.url ?? null,
      why: c.why,
    }));

    let seedRow: SeedRow | null = null;
    if (entry.seedRow) {
      // Equivalent mutants on the lines marked below: `row` is null only when claim() has reported a
      // problem (the build then fails); when it is set, the overlay's date and notes equal its cells
      // (claim() checks), and claim() has already reported a date that does not parse.
      const row = claim(entry.seedRow, who);
      // Stryker disable next-line OptionalChaining,LogicalOperator: see above.
      const dateText = row?.cells[1] ?? entry.seedRow.date;
      seedRow = {
        region: entry.seedRow.region,
        position: entry.seedRow.position,
        // Stryker disable next-line OptionalChaining: see above.
        line: row?.line ?? 0,
        dateText,
        // Stryker disable next-line StringLiteral,ArrayDeclaration: see above.
        date: row ? tryDate(dateText, `${files.seed} line ${row.line}`, []) : null,
        // Stryker disable next-line OptionalChaining: see above.
        notes: row?.cells[2] ?? entry.seedRow.notes,
        identifiedBy: entry.seedRow.identifiedBy,
        confidence: entry.seedRow.confidence as Confidence,
        positionOnly: entry.seedRow.positionOnly === true,
      };
    }

    const region = (entry.region ?? (iso ? lookup.region(entry.id) : null)) as Region | null;
    if (!region || !REGIONS.includes(region))
      problems.push(`${where}: no region (got ${JSON.stringify(region)})`);
    const nameBe = entry.nameBe ?? NAME_OVERRIDES[entry.id]?.be ?? lookup.name(entry.id, 'be') ?? entry.name;
    const nameRu = entry.nameRu ?? NAME_OVERRIDES[entry.id]?.ru ?? lookup.name(entry.id, 'ru') ?? entry.name;
    return {
      id: entry.id,
      iso2: iso ? lookup.iso2(entry.id) : null,
      numeric: iso ? lookup.numeric(entry.id) : null,
      name: entry.name,
      nameBe,
      nameRu,
      aliases: otherNames(
        [
          ...(entry.aliases ?? []),
          ...(iso ? lookup.aliases(entry.id) : []).filter(
            (a) => !DROPPED_COUNTRY_ALIASES[entry.id]?.includes(a),
          ),
          ...(EXTRA_COUNTRY_ALIASES[entry.id] ?? []),
        ],
        [entry.name, nameBe, nameRu],
      ),
      // Stryker disable next-line StringLiteral: a missing region is a problem reported above, and the build fails.
      region: region ?? 'Europe',
      status,
      date,
      confidence,
      seedRow,
      conflicts,
      articles: seedRow ? articleLinks(seedRow.notes) : [],
      sections: entry.sections,
      sources,
      note: entry.note,
    };
  }

  const names = new Set<string>();
  for (const c of countries) {
    if (names.has(c.name))
      problems.push(`${files.overlay}: entry ${c.id}: the name "${c.name}" appears twice`);
    names.add(c.name);
  }

  const organisations = overlay.organisations.map((o) => {
    const who = `organisation ${o.name}`;
    const row = claim(o.seedRow, who);
    const names = ORGANISATION_NAMES[o.name];
    if (!names) problems.push(`${files.overlay}: ${who} has no id and names in src/pipeline/extraNames.ts`);
    for (const section of o.sections ?? []) {
      if (!sectionIds.has(section))
        problems.push(`${files.overlay}: ${who}: names section "${section}", which the seed does not have`);
    }
    const id = names?.id ?? o.name;
    return {
      id,
      name: o.name,
      nameBe: names?.nameBe ?? o.name,
      nameRu: names?.nameRu ?? o.name,
      aliases: otherNames(names?.aliases ?? [], [o.name]),
      seedRow: { ...o.seedRow, line: row?.line ?? 0, dateText: o.seedRow.date, date: null },
      articles: articleLinks(o.seedRow.notes),
      sections: o.sections ?? [],
      members: lookup.members(id),
    };
  });

  const unresolved = overlay.unresolved.map((u) => {
    const row = claim(u.seedRow, `unresolved row ${u.seedRow.region} #${u.seedRow.position}`);
    return {
      seedRow: {
        ...u.seedRow,
        // Stryker disable next-line OptionalChaining: as for a country's row above.
        line: row?.line ?? 0,
        dateText: u.seedRow.date,
        // Stryker disable next-line StringLiteral,ArrayDeclaration: as for a country's row above.
        date: row ? tryDate(u.seedRow.date, `${files.seed} line ${row.line}`, []) : null,
      },
      why: u.why,
    };
  });

  // Every seed row must be accounted for: a country, an organisation, or an unresolved row.
  for (const table of regional) {
    for (const row of table.rows) {
      if (!claimed.has(rowKey(table.region, row.position))) {
        problems.push(
          `${files.seed} line ${row.line}: row ${table.region} #${row.position} is not in ${files.overlay}`,
        );
      }
    }
  }

  // The seed's tables are alphabetical within a region: a row out of order means the overlay
  // has placed a country on the wrong row.
  for (const table of regional) {
    // Only countries with a seed row pass the filter, hence the `!`s below.
    const named = countries
      .filter((c) => c.seedRow?.region === table.region)
      .sort((a, b) => a.seedRow!.position - b.seedRow!.position);
    for (let i = 1; i < named.length; i++) {
      const prev = named[i - 1]!;
      const next = named[i]!;
      if (prev.name.localeCompare(next.name, 'en') > 0) {
        problems.push(
          `${files.overlay}: entry ${next.id} (${next.name}) at ${table.region} #${next.seedRow!.position} ` +
            `comes after ${prev.name}: rows within a region are alphabetical`,
        );
      }
    }
  }

  // The editorial rules (data/README.md): reader text, source names, links, confidence, conflicts.
  for (const p of lintOverlay(overlay))
    problems.push(`${files.overlay}: ${p.entry}: [${p.rule}] ${p.message}`);

  if (!list) problems.push(`${files.seed}: no "${LIST_TABLE}" table`);
  if (problems.length > 0) throw new DatasetError(problems);

  const sections = seed.sections
    .filter((s) => s.paragraphs.length > 0)
    .map(({ id, title, level, paragraphs }) => ({ id, title, level, paragraphs }));
  const statusCounts: Record<string, number> = {};
  for (const c of countries) statusCounts[c.status] = (statusCounts[c.status] ?? 0) + 1;
  const rowsPerTable = Object.fromEntries(seed.tables.map((t) => [t.region, t.rows.length]));

  const seedList = {
    // Stryker disable OptionalChaining: a missing list table has thrown above, so `list` is set here.
    numbered: list?.rows.filter((r) => /^\d+$/.test(r.cells[0] ?? '')).length ?? 0,
    nonUn: list?.rows.filter((r) => !/^\d+$/.test(r.cells[0] ?? '')).length ?? 0,
    // Stryker restore OptionalChaining
  };
  const dataset: BuiltDataset = {
    subject,
    source: {
      title: seed.title,
      url: `https://en.wikipedia.org/wiki/${encodeURIComponent(seed.title.replace(/ /g, '_'))}`,
      licence: 'CC BY-SA 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    },
    countries: countries.sort((a, b) => a.name.localeCompare(b.name, 'en')),
    sections,
    organisations,
    unresolved,
    seedList,
    coverage: partnerCoverage(countries, seedList),
  };
  return {
    dataset,
    report: {
      rowsPerTable,
      rowsIdentified: [...claimed.keys()].length - unresolved.length,
      rowsUnresolved: unresolved.length,
      statusCounts,
      conflicts: countries.reduce((n, c) => n + c.conflicts.length, 0),
      unresolved: unresolved.map((u) => `${u.seedRow.region} #${u.seedRow.position} (${u.seedRow.dateText})`),
    },
  };
}
