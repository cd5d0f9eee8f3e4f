import { m } from '../paraglide/messages.js';
import { dateSources } from './dateSources';
import { eventCount } from './events';
import { localName } from './locale';
import type { ArticleEvent, Country } from './types';

export const CSV_COLUMNS = [
  'country',
  'iso3',
  'iso2',
  'iso_numeric',
  'region',
  'status',
  'date',
  'precision',
  'confidence',
  'article_table_date',
  'article_table_notes',
  'conflicting_dates',
  'sources',
  'date_from',
  'article_row_matched_by_position_only',
  'notes',
] as const;

/** The column added when the events are known, in English: how many concern the state, and the latest. */
export const EVENTS_CSV_COLUMN = 'events';

/**
 * The header row in the language shown (in English, exactly CSV_COLUMNS): the codes (iso3,
 * iso2, iso_numeric) are the same in every language. The cells stay as the data has them.
 */
function header(): string[] {
  return [
    m.csv_country(),
    'iso3',
    'iso2',
    'iso_numeric',
    m.csv_region(),
    m.csv_status(),
    m.csv_date(),
    m.csv_precision(),
    m.csv_confidence(),
    m.csv_seed_table_date(),
    m.csv_seed_table_notes(),
    m.csv_conflicting_dates(),
    m.csv_sources(),
    m.csv_date_from(),
    m.csv_seed_row_matched_by_position_only(),
    m.csv_notes(),
  ];
}

// A source as one cell: its name, and its link in angle brackets when it has one.
function named(label: string, url: string | null): string {
  return url ? `${label} <${url}>` : label;
}

/** Quotes a cell that needs it, and defuses a cell a spreadsheet would run as a formula. */
export function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "2 (latest 2012-08: Belarus expelled all Swedish diplomats, …)", or "0". */
function eventsCell(events: readonly ArticleEvent[], id: string): string {
  const { count, latest } = eventCount(events, id);
  return latest ? `${count} (latest ${latest.date.iso}: ${latest.summary.en})` : '0';
}

/**
 * The dataset as CSV, one row per state, for people who want the data in a spreadsheet; with the
 * article's events, a last column counts those that concern each state and gives the latest.
 */
export function toCsv(countries: Country[], events?: readonly ArticleEvent[]): string {
  const rows = countries.map((c) => [
    localName(c),
    c.id,
    c.iso2 ?? '',
    c.numeric ?? '',
    c.region,
    c.status,
    c.date?.iso ?? '',
    c.date?.precision ?? '',
    c.confidence ?? '',
    c.seedRow?.dateText ?? '',
    c.seedRow?.notes ?? '',
    c.conflicts.map((k) => `${k.text} (${named(k.source, k.url)})`).join('; '),
    c.sources.map((s) => named(s.label, s.url)).join('; '),
    dateSources(c)
      .map((s) => s.label)
      .join('; '),
    c.seedRow ? (c.seedRow.positionOnly ? 'yes' : 'no') : '',
    c.note,
    ...(events ? [eventsCell(events, c.id)] : []),
  ]);
  const head = events ? [...header(), m.csv_events()] : header();
  return [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
