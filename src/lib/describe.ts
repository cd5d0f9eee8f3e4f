import { m } from '../paraglide/messages.js';
import { formatDate } from './formatDate.ts';
import type { MapClass } from './mapClass';
import type { Country, Territory } from './types';

type NamedClass = Exclude<MapClass, `y${number}`>;

/**
 * The class a legend entry or tooltip names in words: colour never carries meaning alone.
 * Getters, so that each read is in the language shown (messages/*.json, `class_*`).
 */
export const CLASS_LABELS: Record<NamedClass, string> = {
  get subject() {
    return m.class_subject();
  },
  get notyet() {
    return m.class_notyet();
  },
  get undated() {
    return m.class_undated();
  },
  get undatedpast() {
    return m.class_undatedpast();
  },
  get none() {
    return m.class_none();
  },
  get nodata() {
    return m.class_nodata();
  },
};

/** One line about a state's relations, for tooltips, table cells and announcements. */
export function relationSummary(
  country: Country | undefined,
  isSubject: boolean,
  /** The year shown, when it is before the current year: an undated state's relations are then unknown. */
  pastYear?: number,
): string {
  if (isSubject) return m.summary_subject();
  if (
    pastYear !== undefined &&
    country &&
    (country.status === 'undated' || (country.status === 'dated' && !country.date))
  )
    return m.summary_unknown_then({ year: pastYear });
  if (!country) return m.summary_not_in_dataset();
  switch (country.status) {
    case 'dated':
      if (!country.date) return CLASS_LABELS.undated;
      return country.confidence === 'low'
        ? m.summary_since_provisional({ date: formatDate(country.date) })
        : m.summary_since({ date: formatDate(country.date) });
    case 'undated':
      return CLASS_LABELS.undated;
    case 'none':
      return CLASS_LABELS.none;
    default:
      return m.summary_no_data();
  }
}

/**
 * One line about a place that is not a state: whose territory it is, or which state it is
 * associated with (`stateName` names that state in the language shown); null for a disputed area
 * or Antarctica, which relationSummary describes.
 */
export function territorySummary(territory: Territory, stateName: string): string | null {
  if (!territory.of) return null;
  return territory.kind === 'dependency'
    ? m.summary_territory_of({ state: stateName })
    : m.summary_associated_with({ state: stateName });
}
