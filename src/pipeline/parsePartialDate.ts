import { ENGLISH_MONTHS } from '../lib/englishMonths';
import type { PartialDate } from '../lib/types';

// Matched case-insensitively: the seed writes "13 March 1992".
const MONTHS = ENGLISH_MONTHS.map((name) => name.toLowerCase());

const pad = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checked(year: number, month?: number, day?: number): PartialDate | null {
  if (year < 1000 || year > 2999) return null;
  if (month === undefined) return { iso: String(year), precision: 'year' };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { iso: `${year}-${pad(month)}`, precision: 'month' };
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/**
 * Parses the date shapes the seed uses ("1995-04-24", "1994-05", "March 1993",
 * "22 September 2000", "1923") into a partial ISO date.
 * Returns null for an empty cell; throws on anything else, so no date is ever guessed.
 */
export function parsePartialDate(text: string): PartialDate | null {
  const s = text.trim();
  if (s === '') return null;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (m) {
    const result = checked(
      Number(m[1]),
      m[2] === undefined ? undefined : Number(m[2]),
      m[3] === undefined ? undefined : Number(m[3]),
    );
    if (result) return result;
    throw new Error(`not a real date: "${text}"`);
  }
  m = /^(?:(\d{1,2})\s+)?([A-Za-z]+)\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
    if (month > 0) {
      const result = checked(Number(m[3]), month, m[1] === undefined ? undefined : Number(m[1]));
      if (result) return result;
    }
  }
  throw new Error(`unparseable date: "${text}"`);
}
