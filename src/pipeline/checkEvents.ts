import type { ArticleEvent, Localised } from '../lib/types';
import { parsePartialDate } from './parsePartialDate';
import type { ParsedSeed } from './parseSeed';
import { ENGLISH_MONTHS as MONTHS } from '../lib/englishMonths';

/** The checks data/events.json must pass (data/README.md, "Events"). */
export type EventRule =
  | 'shape'
  | 'date'
  | 'date-not-in-quote'
  | 'section'
  | 'quote-not-in-seed'
  | 'quote-not-in-section'
  | 'unknown-code'
  | 'duplicate';

export interface EventProblem {
  /** "event us-ambassador-ejected", or "event 3" when the entry has no usable id. */
  entry: string;
  rule: EventRule;
  message: string;
}

const STRICT_ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * The parts of a date the quote must state, as the article writes them: the year, the month's
 * name, and "7 March" for a day. A quote that gives another year than the entry fails, and so
 * does a month-precise entry whose quote has only the year (precision must come from the article).
 */
function dateParts(iso: string): RegExp[] {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MONTHS[m - 1] : undefined;
  const parts = [new RegExp(`\\b${y}\\b`)];
  if (month) parts.push(new RegExp(`\\b${month}\\b`));
  if (month && d) parts.push(new RegExp(`\\b${d} ${month}\\b|\\b${month} ${d}\\b`));
  return parts;
}

/** Every piece of text under a heading where a quote may sit: its paragraphs and its tables' cells. */
function textsUnder(seed: ParsedSeed, heading: string): string[] | null {
  const section = seed.sections.find((s) => s.title === heading);
  if (!section) return null;
  const cells = seed.tables
    .filter((t) => t.region === heading)
    .flatMap((t) => t.rows.flatMap((r) => r.cells));
  return [...section.paragraphs, ...cells];
}

function summaryOf(value: unknown): Localised | null {
  const s = value as Partial<Record<keyof Localised, unknown>> | null;
  if (typeof s !== 'object' || s === null || !isText(s.en)) return null;
  if ((s.be !== undefined && !isText(s.be)) || (s.ru !== undefined && !isText(s.ru))) return null;
  return {
    en: s.en,
    ...(s.be === undefined ? {} : { be: s.be }),
    ...(s.ru === undefined ? {} : { ru: s.ru }),
  };
}

/**
 * Checks the reviewed events file against the seed and the dataset's codes, and returns the
 * events in date order (entries of one date keep the file's order). Pure: every problem is
 * returned naming its entry, and the data build fails on any of them.
 */
export function checkEvents(
  raw: unknown,
  seed: ParsedSeed,
  seedText: string,
  /** Codes an event may name: the dataset's states and organisations (not the subject). */
  known: ReadonlySet<string>,
): { events: ArticleEvent[]; problems: EventProblem[] } {
  const problems: EventProblem[] = [];
  const list = (raw as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) {
    problems.push({ entry: 'the file', rule: 'shape', message: 'expected an object with an "events" list' });
    return { events: [], problems };
  }
  const events: ArticleEvent[] = [];
  const ids = new Set<string>();
  const facts = new Map<string, string>();
  list.forEach((item: unknown, index) => {
    const e = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const entry = `event ${isText(e.id) ? e.id : index + 1}`;
    const report = (rule: EventRule, message: string) => problems.push({ entry, rule, message });
    const before = problems.length;

    if (!isText(e.id) || !SLUG.test(e.id))
      report('shape', 'needs an "id" of lower-case words joined by hyphens');
    else if (ids.has(e.id)) report('duplicate', `the id "${e.id}" is used twice`);
    else ids.add(e.id);
    const summary = summaryOf(e.summary);
    if (!summary)
      report('shape', 'needs a "summary" with "en" text ("be" and "ru", when given, must be text)');
    const concerns = Array.isArray(e.concerns) && e.concerns.every(isText) ? e.concerns : null;
    if (!concerns || concerns.length === 0) report('shape', 'needs a "concerns" list of one or more codes');
    if (!isText(e.quote) || !isText(e.section)) report('shape', 'needs a "quote" and its "section"');

    let date = null;
    if (typeof e.date !== 'string' || !STRICT_ISO_DATE.test(e.date))
      report('date', `date ${JSON.stringify(e.date)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
    else {
      try {
        date = parsePartialDate(e.date);
      } catch (error) {
        report('date', (error as Error).message);
      }
    }

    for (const code of concerns ?? []) {
      if (!known.has(code)) report('unknown-code', `"${code}" is not a state or organisation in the dataset`);
    }
    if (concerns && new Set(concerns).size !== concerns.length) report('duplicate', 'a code is listed twice');

    if (isText(e.quote) && isText(e.section)) {
      const texts = textsUnder(seed, e.section);
      if (!seedText.includes(e.quote))
        report('quote-not-in-seed', 'the quote is not in the article word for word');
      else if (!texts) report('section', `the article has no section "${e.section}"`);
      else if (!texts.some((t) => t.includes(e.quote as string)))
        report('quote-not-in-section', `the quote is not in the section "${e.section}"`);
      if (date && dateParts(date.iso).some((part) => !part.test(e.quote as string)))
        report('date-not-in-quote', `the quote does not state the date ${date.iso}`);
    }

    if (problems.length > before || !date || !summary || !concerns) return;
    const id = e.id as string;
    // The same date, parties and quote twice is one event entered twice, whatever its wording.
    const fact = JSON.stringify([date.iso, [...concerns].sort(), e.quote]);
    const twin = facts.get(fact);
    if (twin) {
      report('duplicate', `same date, codes and quote as event ${twin}`);
      return;
    }
    facts.set(fact, id);
    events.push({ id, date, concerns, summary, quote: e.quote as string, section: e.section as string });
  });
  // A year-only date sorts before the months of its year: "2005" comes before "2005-03".
  events.sort((a, b) => (a.date.iso < b.date.iso ? -1 : a.date.iso > b.date.iso ? 1 : 0));
  return { events, problems };
}
