import type { YearEventMessage } from './embedProtocol';
import { currentLang } from './locale';
import type { ArticleEvent, Country, Localised, PartialDate } from './types';
import { yearOf } from './yearOf';

/** A language the summaries may be written in; English is always there. */
export type Lang = keyof Localised;

/**
 * The summary in a language (by default the one shown), or the English one where that
 * translation is not written yet.
 */
export function summaryIn(event: ArticleEvent, lang: Lang = currentLang()): string {
  return event.summary[lang] ?? event.summary.en;
}

/**
 * The link to the quote's section on Wikipedia: the heading with underscores for spaces, as
 * Wikipedia writes its anchors ("#Belarus%E2%80%93Russia_relations").
 */
export function sectionUrl(articleUrl: string, section: string): string {
  return `${articleUrl}#${encodeURIComponent(section.replace(/ /g, '_'))}`;
}

/** The events that concern a state or organisation, in date order (the file is already sorted). */
export function eventsConcerning(events: readonly ArticleEvent[], id: string): ArticleEvent[] {
  return events.filter((e) => e.concerns.includes(id));
}

/** The events of one year, in date order. */
export function eventsInYear(events: readonly ArticleEvent[], year: number): ArticleEvent[] {
  return events.filter((e) => yearOf(e.date) === year);
}

/** The years that have at least one event: the slider marks them. */
export function eventYears(events: readonly ArticleEvent[]): Set<number> {
  return new Set(events.map((e) => yearOf(e.date)));
}

/** The codes a year's events concern, each once, in the order they first appear. */
export function partiesOf(events: readonly ArticleEvent[]): string[] {
  return [...new Set(events.flatMap((e) => e.concerns))];
}

/** How many events concern a state, and the latest of them (the table's column, the CSV's). */
export function eventCount(
  events: readonly ArticleEvent[],
  id: string,
): { count: number; latest: ArticleEvent | null } {
  const own = eventsConcerning(events, id);
  return { count: own.length, latest: own.at(-1) ?? null };
}

/** One line of a country's timeline in the notes panel. */
export interface TimelineEntry {
  key: string;
  date: PartialDate;
  /** Set for an event; absent for the line that says when relations were established. */
  event?: ArticleEvent;
}

/**
 * A country's timeline: when relations were established (if the map has a date), then each
 * event that concerns it in date order. Empty when there are no events: the panel says the
 * date already, and a timeline of one line would only repeat it.
 */
export function countryTimeline(
  country: Pick<Country, 'id' | 'status' | 'date'> | undefined,
  id: string,
  events: readonly ArticleEvent[],
): TimelineEntry[] {
  const own = eventsConcerning(events, id).map((event) => ({ key: event.id, date: event.date, event }));
  if (own.length === 0) return [];
  const established =
    country?.status === 'dated' && country.date ? [{ key: 'established', date: country.date }] : [];
  return [...established, ...own];
}

/** An event as the embed's `belarus-map:year` message carries it to the host page. */
export function eventMessage(event: ArticleEvent, articleUrl: string): YearEventMessage {
  return {
    id: event.id,
    date: event.date.iso,
    concerns: [...event.concerns],
    summary: event.summary.en,
    url: sectionUrl(articleUrl, event.section),
  };
}
