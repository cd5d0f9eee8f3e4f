import { formatDate } from './formatDate.ts';
import type { MapClass } from './mapClass';
import type { Country } from './types';

/** The class a legend entry or tooltip names in words: colour never carries meaning alone. */
export const CLASS_LABELS: Record<Exclude<MapClass, `y${number}`>, string> = {
  subject: 'Belarus',
  notyet: 'Not yet (came later)',
  undated: 'Relations, date not found',
  undatedpast: 'Relations today, date not found: unknown then',
  none: 'No relations',
  nodata: 'No data',
};

/** One line about a state's relations, for tooltips, table cells and announcements. */
export function relationSummary(
  country: Country | undefined,
  isSubject: boolean,
  /** The year shown, when it is before the current year: an undated state's relations are then unknown. */
  pastYear?: number,
): string {
  if (isSubject) return 'The country this map is about';
  if (
    pastYear !== undefined &&
    country &&
    (country.status === 'undated' || (country.status === 'dated' && !country.date))
  )
    return `Relations today, date not found: unknown whether there were any in ${pastYear}`;
  if (!country) return 'Not in the dataset (not a sovereign state, or not covered)';
  switch (country.status) {
    case 'dated':
      return country.date
        ? `Relations since ${formatDate(country.date)}${country.confidence === 'low' ? ' (provisional)' : ''}`
        : CLASS_LABELS.undated;
    case 'undated':
      return CLASS_LABELS.undated;
    case 'none':
      return CLASS_LABELS.none;
    default:
      return 'No data found: no source found either way';
  }
}
