import { m } from '../paraglide/messages.js';
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

/**
 * The header row in the language shown (in English, exactly EVENTS_CSV_COLUMNS), as the data
 * CSV's is: the ids and the summaries' language suffixes are the same in every language.
 */
function eventsHeader(): string[] {
  return [
    'id',
    m.csv_date(),
    m.csv_precision(),
    m.csv_ev_concerns(),
    m.csv_ev_concerns_names(),
    `${m.csv_ev_summary()}_en`,
    `${m.csv_ev_summary()}_be`,
    `${m.csv_ev_summary()}_ru`,
    m.csv_ev_quote(),
    m.csv_ev_section(),
    m.csv_ev_section_url(),
  ];
}

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
  return [eventsHeader(), ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
