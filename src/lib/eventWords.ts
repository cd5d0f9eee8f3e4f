// The events feature's words (issue 15), read from the interface's messages (messages/*.json) in
// the language shown. The events' own summaries are data (data/events.json, with be and ru); the
// quotes stay English.
import { m } from '../paraglide/messages.js';
import { formatDate } from './formatDate';
import { partsAround } from './partsAround';
import type { PartialDate } from './types';

/** Read when shown (getters), so a change of language re-renders them. */
export const EVENT_WORDS = {
  get timelineHeading() {
    return m.events_timeline_heading();
  },
  get relationsEstablished() {
    return m.events_relations_established();
  },
  get quoteToggle() {
    return m.events_quote_toggle();
  },
  get lineLabel() {
    return m.events_line_label();
  },
  get tableColumn() {
    return m.events_table_column();
  },
  get noEvents() {
    return m.events_none();
  },
  get csvButton() {
    return m.events_csv_button();
  },
  get fewer() {
    return m.events_fewer();
  },
  get close() {
    return m.events_close();
  },
  /** Opens a year's one event whose words run past the folded line (one row, two below 900 px). */
  get readAll() {
    return m.events_read_all();
  },
  /** Folds that one event again. */
  get less() {
    return m.events_less();
  },
};

/**
 * The link to the article's section, "In the article: Relations with the United States", as the
 * words around the section's (English) title, so that the title can be marked English.
 */
export const sectionLinkParts = (): [string, string] =>
  partsAround((section) => m.events_section_link({ section }));

/** The event line in a year the article tells nothing of: "No events in the article for 1993". */
export const noEventsIn = (year: number): string => m.events_none_in_year({ year: String(year) });

/** A small embed's event line: "2 events in the article". */
export const eventsInArticle = (n: number): string => m.events_in_article({ count: n });

/** The button that shows the rest of a year's events: "3 more in 2005". */
export const moreInYear = (n: number, year: number): string =>
  m.events_more_in_year({ count: String(n), year: String(year) });

/** The button of a year whose first event is cut short and has others: "Read in full, and 2 more". */
export const readAllAndMore = (n: number): string => m.events_read_all_more({ count: String(n) });

/** A country button's accessible name on the event line: "Open the notes on Sweden". */
export const openNotesLabel = (name: string): string => m.events_open_notes({ name });

/** The table's events cell: "3, latest August 2012". */
export const eventCountText = (n: number, latest: PartialDate | null): string =>
  n === 0 || !latest
    ? m.events_none()
    : m.events_count_latest({ count: String(n), date: formatDate(latest) });

/** Added to the year's announcement: "Events: A. B." or "Events: A. And 3 more." */
export function eventsSentence(summaries: string[], shown = 2): string {
  if (summaries.length === 0) return '';
  const rest = summaries.length - shown;
  const more = rest > 0 ? ` ${m.events_and_more({ count: String(rest) })}` : '';
  return m.events_sentence({ summaries: summaries.slice(0, shown).join(' ') }) + more;
}
