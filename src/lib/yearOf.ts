import type { PartialDate } from './types';

/** The year a partial date falls in: a year-only date counts from that year. */
export function yearOf(date: PartialDate): number {
  return Number(date.iso.slice(0, 4));
}
