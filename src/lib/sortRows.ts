import type { Country } from './types';

export type SortKey = 'name' | 'date' | 'region';

/**
 * Countries sorted by a column, either way. By date, states without a date come last in both
 * directions (newest first must show the newest partners, not the unknowns); ties fall back
 * to the name, A to Z.
 */
export function sortRows(
  countries: Country[],
  key: SortKey,
  ascending: boolean,
  /** The name shown for a state (in the language shown) and how names are sorted in it. */
  nameOf: (c: Country) => string = (c) => c.name,
  compareName: (a: string, b: string) => number = (a, b) => a.localeCompare(b, 'en'),
  /** A region's name as shown: regions sort by it, in the language shown, as names do. */
  regionOf: (region: Country['region']) => string = (region) => region,
): Country[] {
  const byName = (a: Country, b: Country) => compareName(nameOf(a), nameOf(b));
  const sign = ascending ? 1 : -1;
  const compare = (a: Country, b: Country): number => {
    if (key === 'region') return sign * compareName(regionOf(a.region), regionOf(b.region)) || byName(a, b);
    if (key === 'date') {
      if (!a.date || !b.date) return (a.date ? -1 : 0) + (b.date ? 1 : 0) || byName(a, b);
      return sign * a.date.iso.localeCompare(b.date.iso) || byName(a, b);
    }
    return sign * byName(a, b);
  };
  return [...countries].sort(compare);
}
