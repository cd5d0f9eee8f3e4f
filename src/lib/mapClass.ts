import { scaleThreshold } from 'd3-scale';
import type { Country } from './types';
import { yearOf } from './yearOf.ts';

/**
 * The class a state is drawn in at a given year. Year bins ("y0".."y6") are for dated partners
 * whose date is in or before that year; the rest are fixed classes the legend names in words.
 * "undated" (relations now, date not found) is for the current year only: in an earlier year
 * nobody knows whether those relations existed yet, so they are "undatedpast", drawn pale and
 * neutral so that 1992 does not show Mali or Chad as partners.
 */
export type MapClass = `y${number}` | 'subject' | 'notyet' | 'undated' | 'undatedpast' | 'none' | 'nodata';

/** The first year of each colour bin, and its label. Keep in sync with the legend (Legend.svelte). */
export const YEAR_BINS: { from: number; label: string }[] = [
  { from: 1991, label: '1991' },
  { from: 1992, label: '1992' },
  { from: 1993, label: '1993' },
  { from: 1994, label: '1994–96' },
  { from: 1997, label: '1997–2000' },
  { from: 2001, label: '2001–10' },
  { from: 2011, label: '2011–' },
];

// Most partners date from 1992-93, so equal-width bins over 35 years would paint nearly every
// country the same colour: the bins are narrow where the dates are dense.
const yearBin = scaleThreshold<number, number>()
  .domain(YEAR_BINS.slice(1).map((b) => b.from))
  .range(YEAR_BINS.map((_, i) => i));

export function binOf(year: number): number {
  return yearBin(year);
}

export function classOf(
  country: Country | undefined,
  year: number,
  subjectId: string,
  id: string,
  /** The last year on the timeline (this year): the only year "relations, date not found" is sure of. */
  currentYear: number,
): MapClass {
  if (id === subjectId) return 'subject';
  if (!country) return 'nodata';
  switch (country.status) {
    case 'dated': {
      if (!country.date) return year >= currentYear ? 'undated' : 'undatedpast';
      const y = yearOf(country.date);
      return y <= year ? `y${binOf(y)}` : 'notyet';
    }
    case 'undated':
      return year >= currentYear ? 'undated' : 'undatedpast';
    case 'none':
      return 'none';
    default:
      return 'nodata';
  }
}
