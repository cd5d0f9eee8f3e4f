import { sectionUrl } from './events';
import { cell } from './toCsv';
import type { ArticleEvent } from './types';

export const EVENTS_CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'concerns',
  'concerns_names',
  'summary_en',
  'summary_be',
  'summary_ru',
  'quote',
  'section',
  'section_url',
] as const;

/** The article's events as CSV, one row per event in date order: the separate events download. */
export function eventsToCsv(
  events: readonly ArticleEvent[],
  nameOf: (id: string) => string,
  articleUrl: string,
): string {
  const rows = events.map((e) => [
    e.id,
    e.date.iso,
    e.date.precision,
    e.concerns.join('; '),
    e.concerns.map(nameOf).join('; '),
    e.summary.en,
    e.summary.be ?? '',
    e.summary.ru ?? '',
    e.quote,
    e.section,
    sectionUrl(articleUrl, e.section),
  ]);
  return (
    [EVENTS_CSV_COLUMNS as readonly string[], ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
  );
}
