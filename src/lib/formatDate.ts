import type { PartialDate } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A partial date as precisely as it is known: "24 April 1995", "March 1993", "1992". */
export function formatDate(date: PartialDate): string {
  const [y, m, d] = date.iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (date.precision === 'day' && month && d) return `${Number(d)} ${month} ${y}`;
  if (date.precision !== 'year' && month) return `${month} ${y}`;
  return y ?? date.iso;
}

/** How long ago a partial date was, in whole years, counting only what the precision allows. */
export function yearsAgo(date: PartialDate, now: Date): string {
  const [y = 0, m = 1, d = 1] = date.iso.split('-').map(Number);
  let years = now.getUTCFullYear() - y;
  if (date.precision !== 'year') {
    const beforeAnniversary =
      now.getUTCMonth() + 1 < m ||
      (date.precision === 'day' && now.getUTCMonth() + 1 === m && now.getUTCDate() < d);
    if (beforeAnniversary) years -= 1;
  }
  const about = date.precision === 'year' ? 'about ' : '';
  if (years <= 0) return 'less than a year ago';
  return `${about}${years} ${years === 1 ? 'year' : 'years'} ago`;
}

/**
 * A date cell of the article's tables as readers should see it: the article's own words, except
 * where the cell is a bare ISO date ("1993-12-06"), which reads better as "6 December 1993".
 */
export function tableDateText(dateText: string, date: PartialDate | null): string {
  if (date && /^\d{4}-\d{2}(-\d{2})?$/.test(dateText.trim())) return formatDate(date);
  return dateText;
}
