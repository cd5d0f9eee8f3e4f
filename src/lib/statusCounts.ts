import type { Country, Status } from './types';

/** How many states of the dataset have each status. */
export function statusCounts(countries: readonly Country[]): Record<Status, number> {
  const counts: Record<Status, number> = { dated: 0, undated: 0, none: 0, unknown: 0 };
  for (const c of countries) counts[c.status] += 1;
  return counts;
}

/** The map described in words for screen readers (the map's aria-describedby). */
export function mapSummary(year: number, partnersByYear: number, counts: Record<Status, number>): string {
  return (
    `Belarus's diplomatic relations as of ${year}: ${partnersByYear} states with a known date of relations by then, ` +
    `${counts.undated} with relations whose date was not found, ${counts.none} with none, and ` +
    `${counts.unknown} with no data. Use the arrow keys to move between countries and Enter to open one, or the table view.`
  );
}
