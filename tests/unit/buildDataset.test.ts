import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { countryLookup, territoryNames } from '../../scripts/countryLookup';
import {
  buildDataset,
  DatasetError,
  type BuildReport,
  type BuiltDataset,
} from '../../src/pipeline/buildDataset';
import type { Overlay } from '../../src/pipeline/overlayTypes';
import { buildTerritories } from '../../src/pipeline/territories';

const seed = readFileSync('data/foreign-relations-of-belarus.txt', 'utf8');
const overlayText = readFileSync('data/overlay.json', 'utf8');
const fresh = (): Overlay => JSON.parse(overlayText) as Overlay;

function problemsOf(seedText: string, overlay: Overlay): string[] {
  try {
    buildDataset(seedText, overlay, countryLookup);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
}

describe('buildDataset on the delivered seed and overlay', () => {
  let dataset: BuiltDataset;
  let report: BuildReport;
  // Before each test, not once before all: Stryker's Vitest runner credits a test only with the code
  // that runs during it (its beforeEach hooks included), and a build in a beforeAll hook would leave
  // its mutants to the few tests that build on their own.
  beforeEach(() => {
    ({ dataset, report } = buildDataset(seed, fresh(), countryLookup));
  });

  it('reproduces the committed dataset exactly, with the territories the data build adds', () => {
    const committed = readFileSync('src/data/relations.json', 'utf8');
    const territories = buildTerritories(territoryNames, new Set(dataset.countries.map((c) => c.id)));
    expect(JSON.stringify({ ...dataset, territories }) + '\n').toBe(committed);
  });

  it('accounts for every seed row: 73 countries, 2 organisations, 1 unresolved', () => {
    expect(report.rowsIdentified).toBe(75);
    expect(report.rowsUnresolved).toBe(1);
    expect(dataset.countries.filter((c) => c.seedRow)).toHaveLength(73);
    expect(dataset.organisations.map((o) => o.name)).toEqual(['European Union', 'NATO']);
    expect(dataset.unresolved[0]?.seedRow).toMatchObject({
      region: 'Americas',
      position: 4,
      dateText: '2000',
    });
  });

  it('keeps the best-sourced date and the seed table date for Germany', () => {
    const germany = dataset.countries.find((c) => c.id === 'DEU');
    expect(germany?.date).toEqual({ iso: '1992-03-13', precision: 'day' });
    expect(germany?.seedRow?.date).toEqual({ iso: '1923', precision: 'year' });
    expect(germany?.conflicts[0]?.date.iso).toBe('1923');
    expect(germany?.articles[0]).toEqual({
      title: 'Belarus–Germany relations',
      url: 'https://en.wikipedia.org/wiki/Belarus%E2%80%93Germany_relations',
    });
  });

  it('gives names in Belarusian and Russian and the ISO codes', () => {
    const poland = dataset.countries.find((c) => c.id === 'POL');
    expect(poland).toMatchObject({
      iso2: 'PL',
      numeric: '616',
      nameRu: 'Польша',
      nameBe: 'Польшча',
      region: 'Europe',
    });
  });

  it('leaves out the package names the map does not use: ISO’s "Taiwan, Province of China", a name spelled letter by letter', () => {
    const aliases = (id: string) => dataset.countries.find((c) => c.id === id)!.aliases;
    expect(aliases('TWN')).not.toContain('Taiwan, Province of China');
    expect(aliases('TWN')).toEqual(expect.arrayContaining(['Republic of China', 'Chinese Taipei']));
    expect(aliases('KNA').filter((a) => /Н е в/.test(a))).toEqual([]);
  });

  it('attaches the prose sections about Russia, the United Kingdom and the United States', () => {
    const sections = (id: string) => dataset.countries.find((c) => c.id === id)?.sections;
    expect(sections('RUS')).toEqual(['belarus-russia-relations', 'relations-with-russia']);
    expect(sections('GBR')).toEqual(['belarus-united-kingdom-relations']);
    expect(sections('USA')).toEqual(['belarus-united-states-relations', 'relations-with-the-united-states']);
  });

  it('counts countries per status as the research does (Liberia, and by year the Philippines, Cambodia and Fiji, dated by the 2026-11-29 research)', () => {
    expect(report.statusCounts).toEqual({ dated: 119, undated: 29, none: 3, unknown: 46 });
    expect(dataset.seedList).toEqual({ numbered: 182, nonUn: 3 });
    // 145 UN members have relations on the map, so 37 of the 46 "No data" states are partners it cannot name.
    expect(dataset.coverage).toEqual({
      unPartners: 182,
      nonUnPartners: 3,
      unWithRelations: 145,
      unnamedUnPartners: 37,
      noData: 46,
    });
  });

  it('only ever links sources over http(s)', () => {
    for (const c of dataset.countries)
      for (const s of c.sources) if (s.url) expect(s.url).toMatch(/^https?:\/\//);
  });
});

describe('buildDataset refuses a violation, naming it', () => {
  it('an overlay row whose date no longer matches the seed', () => {
    const overlay = fresh();
    const germany = overlay.countries.find((c) => c.id === 'DEU')!;
    germany.seedRow!.date = '1992';
    expect(problemsOf(seed, overlay).join('\n')).toMatch(
      /entry DEU \(Germany\): does not match data\/foreign-relations-of-belarus.txt line 344/,
    );
  });

  it('a changed seed that the overlay does not know', () => {
    const changed = seed.replace(
      '| | 1995-04-24 | Bilateral relations were established on 24 April 1995. |',
      '| | 1995-04-25 | Changed. |',
    );
    expect(problemsOf(changed, fresh()).join('\n')).toMatch(
      /entry AGO \(Angola\): does not match .* line 283/,
    );
  });

  it('rows out of alphabetical order', () => {
    const overlay = fresh();
    const angola = overlay.countries.find((c) => c.id === 'AGO')!;
    angola.name = 'Zangola';
    expect(problemsOf(seed, overlay).join('\n')).toMatch(
      /entry ETH \(Ethiopia\) at Africa #2 comes after Zangola/,
    );
  });

  it('a code that is not ISO 3166-1', () => {
    const overlay = fresh();
    overlay.countries.find((c) => c.id === 'AGO')!.id = 'AGX';
    expect(problemsOf(seed, overlay).join('\n')).toMatch(/AGX is not an ISO 3166-1 alpha-3 code/);
  });

  it('a country that appears twice', () => {
    const overlay = fresh();
    overlay.countries.push({ ...overlay.countries.find((c) => c.id === 'FRA')!, seedRow: null });
    expect(problemsOf(seed, overlay).join('\n')).toMatch(/entry FRA \(France\): the country appears twice/);
  });

  it('a date that does not parse', () => {
    const overlay = fresh();
    overlay.countries.find((c) => c.id === 'FRA')!.date = '1992-13';
    expect(problemsOf(seed, overlay).join('\n')).toMatch(/entry FRA \(France\).*not a real date: "1992-13"/);
  });

  it('a seed row that no entry claims', () => {
    const overlay = fresh();
    overlay.unresolved = [];
    expect(problemsOf(seed, overlay).join('\n')).toMatch(
      /line 298: row Americas #4 is not in data\/overlay.json/,
    );
  });

  it('a source link that is not http(s)', () => {
    const overlay = fresh();
    overlay.countries.find((c) => c.id === 'FRA')!.sources[0]!.url = 'javascript:alert(1)';
    expect(problemsOf(seed, overlay).join('\n')).toMatch(
      /source URL "javascript:alert\(1\)" is not http\(s\)/,
    );
  });

  it('an entry that breaks an editorial rule: the lint names the entry and the rule', () => {
    const overlay = fresh();
    overlay.countries.find((c) => c.id === 'MYS')!.note =
      'Establishment date not found in corpus (3 queries).';
    const problems = problemsOf(seed, overlay).join('\n');
    expect(problems).toMatch(/data\/overlay.json: entry MYS \(Malaysia\): \[internal-words\] note uses/);
    expect(problems).toMatch(/entry MYS \(Malaysia\): \[note-contradicts-date\]/);
  });
});
