import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryLookup } from '../../scripts/countryLookup';
import { parseHostMessage } from '../../src/lib/embedProtocol';
import { searchCountries, type Searchable } from '../../src/lib/searchCountries';
import { parseUrlState } from '../../src/lib/urlState';
import { buildDataset } from '../../src/pipeline/buildDataset';
import type { Overlay } from '../../src/pipeline/overlayTypes';

const seed = readFileSync('data/foreign-relations-of-belarus.txt', 'utf8');
const overlay = JSON.parse(readFileSync('data/overlay.json', 'utf8')) as Overlay;
const { dataset } = buildDataset(seed, overlay, countryLookup);
const items: Searchable[] = [
  dataset.subject,
  ...dataset.countries,
  ...dataset.organisations.map((o) => ({ ...o, organisation: true })),
];

describe('searching the built dataset by everyday names', () => {
  const rows: { query: string; first: string; organisation?: boolean }[] = [
    { query: 'Россия', first: 'RUS' }, // i18n-iso-countries' Russian alternative name
    { query: 'РОССИЯ', first: 'RUS' },
    { query: 'Белоруссия', first: 'BLR' }, // world-countries' alternative spelling
    { query: 'ЗША', first: 'USA' }, // the build's own list (no package has it)
    { query: 'зша', first: 'USA' },
    { query: 'Нямеччына', first: 'DEU' },
    { query: 'Англия', first: 'GBR' },
    { query: 'Соединённые Штаты', first: 'USA' },
    { query: 'Соединенные Штаты', first: 'USA' }, // ё typed as е
    { query: 'European Union', first: 'EU', organisation: true },
    { query: 'eu', first: 'EU', organisation: true },
    { query: 'Евросоюз', first: 'EU', organisation: true },
    { query: 'NATO', first: 'NATO', organisation: true },
    { query: 'нато', first: 'NATO', organisation: true },
    { query: 'НАТА', first: 'NATO', organisation: true },
  ];
  it.each(rows)('"$query" finds $first first', ({ query, first, organisation }) => {
    const hit = searchCountries(items, query)[0];
    expect(hit?.id).toBe(first);
    expect(hit?.organisation).toBe(organisation ?? false);
  });

  it('finds nothing for a name that is no state or organisation', () => {
    expect(searchCountries(items, 'Atlantis')).toEqual([]);
    expect(searchCountries(items, 'Шамбала')).toEqual([]);
  });
});

describe('the organisations in the built dataset', () => {
  it('have ids, names in three languages, the article’s prose, and the EU its 27 members', () => {
    const [eu, nato] = dataset.organisations;
    expect(eu).toMatchObject({ id: 'EU', nameBe: 'Еўрапейскі саюз', nameRu: 'Европейский союз' });
    expect(eu?.sections).toEqual(['belarus-european-union-relations', 'relations-with-the-european-union']);
    expect(eu?.members).toHaveLength(27);
    // is-eu-member writes Greece as EL, the EU's own code: the build maps it to ISO's GRC.
    expect(eu?.members).toContain('GRC');
    expect(eu?.members).not.toContain('GBR');
    for (const member of eu?.members ?? []) expect(dataset.countries.map((c) => c.id)).toContain(member);
    expect(nato).toMatchObject({ id: 'NATO', members: [] });
  });

  it('keep aliases free of a state’s own main names', () => {
    for (const c of dataset.countries) {
      expect(c.aliases).not.toContain(c.name);
      expect(c.aliases).not.toContain(c.nameRu);
      expect(new Set(c.aliases).size).toBe(c.aliases.length);
    }
  });
});

describe('an organisation in the URL and in messages', () => {
  const ids = new Set(['BLR', 'DEU', 'EU', 'NATO']);
  const rows: { value: string; expected: string | undefined }[] = [
    { value: 'EU', expected: 'EU' },
    { value: 'eu', expected: 'EU' },
    { value: 'NATO', expected: 'NATO' },
    { value: 'UN', expected: undefined },
    { value: 'NATOX', expected: undefined },
  ];
  it.each(rows)('country=$value gives $expected', ({ value, expected }) => {
    const { state } = parseUrlState(`?country=${value}`, { ids, firstYear: 1991, lastYear: 2026 });
    expect(state.country).toBe(expected);
    const command = parseHostMessage(
      { type: 'belarus-map:select', country: value },
      { ids, firstYear: 1991, lastYear: 2026 },
    );
    expect(command).toEqual(
      expected
        ? { type: 'select', country: expected }
        : expect.objectContaining({ ignored: expect.any(String) }),
    );
  });
});
