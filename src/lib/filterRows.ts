import type { Country, Region } from './types';

export type RegionFilter = Region | 'all';

/** The regions that states of the dataset are in, A to Z, for the table's filter. */
export function regionsOf(countries: readonly Country[]): Region[] {
  return [...new Set(countries.map((c) => c.region))].sort((a, b) => a.localeCompare(b, 'en'));
}

/** The states of one region, or all of them. */
export function filterRows(countries: readonly Country[], region: RegionFilter): Country[] {
  return region === 'all' ? [...countries] : countries.filter((c) => c.region === region);
}
