// Every reader-visible English word of the events feature (issue 15), in one place so that the
// interface translation (issue 12, Paraglide JS) can turn them into messages at merge. The
// events' own summaries are data (data/events.json, with be and ru); the quotes stay English.
import { formatDate } from './formatDate';
import type { PartialDate } from './types';

export const EVENT_WORDS = {
  timelineHeading: 'Timeline',
  relationsEstablished: 'Diplomatic relations established',
  quoteToggle: 'The article’s words',
  lineLabel: 'Events of the year',
  tableColumn: 'Events',
  noEvents: 'none',
  csvButton: 'Events (CSV)',
  fewer: 'Show fewer',
  close: 'Close',
} as const;

/** The link to the article's section: "In the article: Relations with the United States". */
export const sectionLinkText = (section: string): string => `In the article: ${section}`;

/** The event line in a year the article tells nothing of: "No events in the article for 1993". */
export const noEventsIn = (year: number): string => `No events in the article for ${year}`;

/** A small embed's event line: "2 events in the article". */
export const eventsInArticle = (n: number): string => `${n} ${n === 1 ? 'event' : 'events'} in the article`;

/** The button that shows the rest of a year's events: "3 more in 2005". */
export const moreInYear = (n: number, year: number): string => `${n} more in ${year}`;

/** A country button's accessible name on the event line: "Open the notes on Sweden". */
export const openNotesLabel = (name: string): string => `Open the notes on ${name}`;

/** The table's events cell: "3, latest August 2012". */
export const eventCountText = (n: number, latest: PartialDate | null): string =>
  n === 0 || !latest ? EVENT_WORDS.noEvents : `${n}, latest ${formatDate(latest)}`;

/** Added to the year's announcement: "Events: A. B." or "Events: A. And 3 more." */
export function eventsSentence(summaries: string[], shown = 2): string {
  if (summaries.length === 0) return '';
  const rest = summaries.length - shown;
  const more = rest > 0 ? ` And ${rest} more.` : '';
  return `Events: ${summaries.slice(0, shown).join(' ')}${more}`;
}
