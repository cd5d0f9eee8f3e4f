import { m } from '../paraglide/messages.js';
import type { Country, Status } from './types';

/** How many states of the dataset have each status. */
export function statusCounts(countries: readonly Country[]): Record<Status, number> {
  const counts: Record<Status, number> = { dated: 0, undated: 0, none: 0, unknown: 0 };
  for (const c of countries) counts[c.status] += 1;
  return counts;
}

/** The map described in words for screen readers (the map's aria-describedby). */
export function mapSummary(year: number, partnersByYear: number, counts: Record<Status, number>): string {
  return m.map_summary({
    year,
    partners: partnersByYear,
    undated: counts.undated,
    none: counts.none,
    unknown: counts.unknown,
  });
}
