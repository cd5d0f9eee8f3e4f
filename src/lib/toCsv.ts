import { dateSources } from './dateSources';
import type { Country } from './types';

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

// A source as one cell: its name, and its link in angle brackets when it has one.
function named(label: string, url: string | null): string {
  return url ? `${label} <${url}>` : label;
}

// Quotes every cell that needs it, and defuses cells a spreadsheet would run as a formula.
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The dataset as CSV, one row per state, for people who want the data in a spreadsheet. */
export function toCsv(countries: Country[]): string {
  const rows = countries.map((c) => [
    c.name,
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
  ]);
  return [CSV_COLUMNS as readonly string[], ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
