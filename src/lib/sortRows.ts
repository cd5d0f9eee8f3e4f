import type { Country } from './types';

export type SortKey = 'name' | 'date' | 'region';

/** Countries sorted by a column; undated states sort after dated ones, and ties fall back to the name. */
export function sortRows(countries: Country[], key: SortKey, ascending: boolean): Country[] {
  const byName = (a: Country, b: Country) => a.name.localeCompare(b.name, 'en');
  const compare = (a: Country, b: Country): number => {
    if (key === 'region') return a.region.localeCompare(b.region, 'en') || byName(a, b);
    if (key === 'date') {
      const da = a.date?.iso ?? '9999';
      const db = b.date?.iso ?? '9999';
      return da.localeCompare(db) || byName(a, b);
    }
    return byName(a, b);
  };
  const sorted = [...countries].sort(compare);
  return ascending ? sorted : sorted.reverse();
}
