import { describe, expect, it } from 'vitest';
import { searchCountries, type Searchable } from '../../src/lib/searchCountries';

const ids = (items: Searchable[], q: string, limit?: number) =>
  searchCountries(items, q, limit).map((h) => h.id);

describe('searchCountries ranks what it finds', () => {
  it('puts a name that starts with the query before one with a word that does, before any match', () => {
    // Given in the reverse of the expected order, so only the ranking can put them right.
    const items = [
      { id: 'ICE', name: 'Iceland' },
      { id: 'NEW', name: 'New Landia' },
      { id: 'LAN', name: 'Landia' },
    ];
    expect(ids(items, 'land')).toEqual(['LAN', 'NEW', 'ICE']);
  });

  it('lists a place that is not a state after the states of the same rank, and says so', () => {
    const items = [
      { id: 'NCL', name: 'New Caledonia', territory: true },
      { id: 'NZL', name: 'New Zealand' },
      { id: 'GRL', name: 'Greenland', territory: true },
    ];
    expect(ids(items, 'new')).toEqual(['NZL', 'NCL']);
    // A better rank still comes first: "Green" starts Greenland's name, and only a word of the other's.
    expect(ids([...items, { id: 'XGR', name: 'Big Greenish' }], 'green')).toEqual(['GRL', 'XGR']);
    expect(searchCountries(items, 'greenl')).toEqual([
      { id: 'GRL', name: 'Greenland', organisation: false, territory: true, matched: null },
    ]);
    expect(searchCountries(items, 'zeal')[0]).not.toHaveProperty('territory');
  });

  it('orders names of the same rank A to Z', () => {
    const items = [
      { id: 'LAO', name: 'Laos' },
      { id: 'LAT', name: 'Latvia' },
      { id: 'LAA', name: 'Laa' },
    ];
    expect(ids(items, 'la')).toEqual(['LAA', 'LAO', 'LAT']);
  });

  // Each word separator: the target must rank as a word match above a decoy that sorts first
  // but only contains the query.
  const words: { name: string; query: string }[] = [
    { name: 'Holy See', query: 'see' },
    { name: 'Guinea-Bissau', query: 'biss' },
    { name: 'Timor–Leste', query: 'leste' },
    { name: 'Congo (Kinshasa)', query: 'kinsh' },
    { name: 'Korea,South', query: 'south' },
    { name: 'Congo (Brazzaville)', query: 'brazz' },
    { name: 'St Kitts  and Nevis', query: 'and' },
  ];
  for (const { name, query } of words) {
    it(`finds "${query}" as the start of a word in "${name}"`, () => {
      const items = [
        { id: 'AAA', name: `Aa${query}` },
        { id: 'TGT', name },
      ];
      expect(ids(items, query)).toEqual(['TGT', 'AAA']);
    });
  }

  it('needs only one word to start with the query, not every word', () => {
    const items = [
      { id: 'AAA', name: 'Aasouth' },
      { id: 'ZAF', name: 'Republic of South Africa' },
    ];
    expect(ids(items, 'south')).toEqual(['ZAF', 'AAA']);
  });

  it('ranks a country by its best-matching name', () => {
    const items = [
      { id: 'AAA', name: 'Aaczech' },
      { id: 'CZE', name: 'The Republic', aliases: ['Czechia'] },
    ];
    expect(searchCountries(items, 'czech')).toEqual([
      { id: 'CZE', name: 'The Republic', matched: 'Czechia', organisation: false },
      { id: 'AAA', name: 'Aaczech', matched: null, organisation: false },
    ]);
  });

  it('names the English name as matched (null) when it matches as well as an alias', () => {
    const items = [{ id: 'CZE', name: 'Czech Republic', aliases: ['Czechia'] }];
    expect(searchCountries(items, 'cz')).toEqual([
      { id: 'CZE', name: 'Czech Republic', matched: null, organisation: false },
    ]);
  });

  it('finds by the Belarusian and the Russian name, saying which matched', () => {
    const items = [{ id: 'DEU', name: 'Germany', nameBe: 'Германія', nameRu: 'Германия' }];
    expect(searchCountries(items, 'германія')).toEqual([
      { id: 'DEU', name: 'Germany', matched: 'Германія', organisation: false },
    ]);
    expect(searchCountries(items, 'германия')).toEqual([
      { id: 'DEU', name: 'Germany', matched: 'Германия', organisation: false },
    ]);
  });

  it('ignores case, accents, the kind of apostrophe and surrounding spaces', () => {
    const items = [{ id: 'CIV', name: 'Côte d’Ivoire' }];
    expect(ids(items, "  COTE D'IV ")).toEqual(['CIV']);
  });

  it('finds nothing for an empty or blank query, or a query nothing contains', () => {
    const items = [{ id: 'DEU', name: 'Germany' }];
    expect(ids(items, '')).toEqual([]);
    expect(ids(items, '   ')).toEqual([]);
    expect(ids(items, 'xyz')).toEqual([]);
  });

  it('matches one or two letters only at the start of a name or a word, three or more anywhere', () => {
    const items = [
      { id: 'EU', name: 'European Union', aliases: ['EU'] },
      { id: 'DEU', name: 'Germany', aliases: ['Deutschland'] },
      { id: 'ARE', name: 'United Arab Emirates' },
    ];
    expect(ids(items, 'EU')).toEqual(['EU']);
    expect(ids(items, 'e')).toEqual(['EU', 'ARE']);
    expect(ids(items, 'eut')).toEqual(['DEU']);
  });

  it('returns at most 8 hits unless told otherwise', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ id: `C${i}`, name: `Land ${i}` }));
    expect(ids(items, 'land')).toEqual(['C0', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
    expect(ids(items, 'land', 2)).toEqual(['C0', 'C1']);
  });
});
