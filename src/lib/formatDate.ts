import { m } from '../paraglide/messages.js';
import { currentLang, type Lang } from './locale.ts';
import type { PartialDate } from './types';
import { ENGLISH_MONTHS as MONTHS } from './englishMonths.ts';

// Belarusian months, nominative ("сакавік 1992 г.") and genitive ("13 сакавіка 1992 г."), as
// Intl formats them in Node. Carried here because Chromium's Intl has no Belarusian and falls
// back to English ("March 13, 1992"); used always, so that Node and the browser agree.
const BE_MONTHS = [
  'студзень',
  'люты',
  'сакавік',
  'красавік',
  'травень',
  'чэрвень',
  'ліпень',
  'жнівень',
  'верасень',
  'кастрычнік',
  'лістапад',
  'снежань',
];
const BE_MONTHS_GENITIVE = [
  'студзеня',
  'лютага',
  'сакавіка',
  'красавіка',
  'траўня',
  'чэрвеня',
  'ліпеня',
  'жніўня',
  'верасня',
  'кастрычніка',
  'лістапада',
  'снежня',
];

/**
 * A partial date as precisely as it is known, in the language shown: "24 April 1995",
 * "March 1993", "1992"; "24 красавіка 1995 г."; "24 апреля 1995 г.", "март 1993 г.".
 */
export function formatDate(date: PartialDate, lang: Lang = currentLang()): string {
  // Equivalent mutants below: a PartialDate's iso has exactly the parts its precision names
  // (parsePartialDate makes it so), so a test of the precision or of a part decides nothing the
  // other has not, and the year part is the whole iso when only the year is known.
  const [y, mm, d] = date.iso.split('-');
  const month = mm ? Number(mm) - 1 : undefined;
  // Stryker disable next-line ConditionalExpression: see above.
  const day = date.precision === 'day' && month !== undefined && d ? Number(d) : undefined;
  // Stryker disable next-line ConditionalExpression: see above.
  const monthKnown = date.precision !== 'year' && month !== undefined;
  if (lang === 'en') {
    // Stryker disable next-line ConditionalExpression: see above.
    const name = month !== undefined ? MONTHS[month] : undefined;
    if (day !== undefined && name) return `${day} ${name} ${y}`;
    if (monthKnown && name) return `${name} ${y}`;
    // Stryker disable next-line LogicalOperator: see above.
    return y ?? date.iso;
  }
  // The year and its "г." are held together by a no-break space, as Belarusian and Russian type
  // them: a narrow table cell left the "г." alone on a line of its own.
  if (lang === 'be') {
    if (day !== undefined) return `${day} ${BE_MONTHS_GENITIVE[month!]} ${y}\u00a0г.`;
    if (monthKnown) return `${BE_MONTHS[month!]} ${y}\u00a0г.`;
    // Stryker disable next-line LogicalOperator: see above.
    return y ?? date.iso;
  }
  // Stryker disable next-line LogicalOperator: see above.
  if (!monthKnown) return y ?? date.iso;
  // Noon UTC, formatted in UTC: the calendar day never shifts with the reader's time zone.
  const at = new Date(Date.UTC(Number(y), month!, day ?? 1, 12));
  return new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day !== undefined ? { day: 'numeric' } : {}),
  })
    .format(at)
    .replace(/ г\.$/, '\u00a0г.');
}

/** How long ago a partial date was, in whole years, counting only what the precision allows. */
export function yearsAgo(date: PartialDate, now: Date): string {
  const [y = 0, mo = 1, d = 1] = date.iso.split('-').map(Number);
  let years = now.getUTCFullYear() - y;
  // The parts a precision lacks default to January and the 1st, before which no day falls: a
  // year-only date counts from 1 January, a month's from its 1st.
  const month = now.getUTCMonth() + 1;
  if (month < mo || (month === mo && now.getUTCDate() < d)) years -= 1;
  if (years <= 0) return m.ago_less_than_year();
  return date.precision === 'year' ? m.ago_about_years({ count: years }) : m.ago_years({ count: years });
}

/**
 * A date cell of the article's tables as readers should see it: the date in the reader's language
 * where the cell is only a date, as a bare ISO date ("1993-12-06") or as English writes it ("27
 * December 1991", which a Russian reader read in English); otherwise the article's own words.
 */
export function tableDateText(
  dateText: string,
  date: PartialDate | null,
  lang: Lang = currentLang(),
): string {
  return localTableDate(dateText, date, lang) ?? dateText;
}

/** The cell as a date in `lang` when it is only a date (see tableDateText); null when it has words of its own. */
export function localTableDate(
  dateText: string,
  date: PartialDate | null,
  lang: Lang = currentLang(),
): string | null {
  const cell = dateText.trim();
  if (!date || !(/^\d{4}-\d{2}(-\d{2})?$/.test(cell) || cell === formatDate(date, 'en'))) return null;
  return formatDate(date, lang);
}
