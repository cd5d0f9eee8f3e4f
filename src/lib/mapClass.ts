import { scaleThreshold } from 'd3-scale';
import type { Country, Dataset } from './types';
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

/**
 * The state each dependency is drawn as (Greenland as Denmark): the one that conducts its foreign
 * relations. The app's classes and the first paint's SVG (scripts/firstPaintPlugin.ts) both use it.
 */
export function dependencyStates(dataset: Pick<Dataset, 'territories'>): Map<string, string> {
  return new Map(
    dataset.territories.flatMap((t) => (t.kind === 'dependency' && t.of ? [[t.id, t.of] as const] : [])),
  );
}

/** Every drawn place's class in `year`: the subject, each state, and each dependency as its state. */
export function mapClasses(
  dataset: Pick<Dataset, 'subject' | 'countries' | 'territories'>,
  year: number,
  currentYear: number,
): Record<string, MapClass> {
  const subjectId = dataset.subject.id;
  const out: Record<string, MapClass> = { [subjectId]: 'subject' };
  for (const c of dataset.countries) out[c.id] = classOf(c, year, subjectId, c.id, currentYear);
  for (const [id, state] of dependencyStates(dataset)) {
    const cls = out[state];
    if (cls) out[id] = cls;
  }
  return out;
}

/** The places striped as "relations, date not found": those states, and their dependencies. */
export function hatchedIds(dataset: Pick<Dataset, 'countries' | 'territories'>): Set<string> {
  const ids = new Set(dataset.countries.filter((c) => c.status === 'undated').map((c) => c.id));
  for (const [id, state] of dependencyStates(dataset)) if (ids.has(state)) ids.add(id);
  return ids;
}
