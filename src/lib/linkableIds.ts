import type { Dataset } from './types';

/**
 * Every code the URL or a host message may name: the subject, the states, the organisations
 * (EU, NATO) and the places that are not states (a link to Greenland's notes). main.ts checks the
 * URL against it; App writes only these back.
 */
export function linkableIds(
  dataset: Pick<Dataset, 'subject' | 'countries' | 'organisations' | 'territories'>,
): Set<string> {
  return new Set([
    dataset.subject.id,
    ...dataset.countries.map((c) => c.id),
    ...dataset.organisations.map((o) => o.id),
    ...dataset.territories.map((t) => t.id),
  ]);
}
