import { m } from '../paraglide/messages.js';
import { compareNames, listAnd, localName } from './locale.ts';
import type { Country } from './types';
import { yearOf } from './yearOf.ts';

/** The first year on the slider: Belarus became independent in 1991. */
export const FIRST_YEAR = 1991;

export interface Timeline {
  first: number;
  last: number;
  /** Countries that established relations in each year, by year. */
  added: Map<number, Country[]>;
  /** States known to have relations whose date was not found: in no year, but partners today. */
  undated: number;
  /** How many partners the article's own list counts (dataset.seedList); null when not known. */
  listed: number | null;
}

/**
 * The timeline from 1991 to the current year, with the partners each year added, and the two
 * counts the dated ones alone would hide: the undated partners and the article's own total.
 */
export function makeTimeline(
  countries: Country[],
  currentYear: number,
  listed: number | null = null,
): Timeline {
  const added = new Map<number, Country[]>();
  for (let y = FIRST_YEAR; y <= currentYear; y++) added.set(y, []);
  for (const c of countries) {
    if (c.status !== 'dated' || !c.date) continue;
    // A date before 1991 (none so far) is counted in the first year rather than lost.
    const y = Math.max(FIRST_YEAR, yearOf(c.date));
    added.get(y)?.push(c);
  }
  const undated = countries.filter((c) => c.status === 'undated').length;
  return { first: FIRST_YEAR, last: currentYear, added, undated, listed };
}

/** How many dated partners had relations by the end of the year. */
export function partnersBy(timeline: Timeline, year: number): number {
  let n = 0;
  for (const [y, list] of timeline.added) if (y <= year) n += list.length;
  return n;
}

/** Clamps a year to the timeline. */
export function clampYear(timeline: Timeline, year: number): number {
  return Math.min(timeline.last, Math.max(timeline.first, Math.round(year)));
}

/** The year `delta` steps from `year`, kept within the timeline. */
export function stepYear(timeline: Timeline, year: number, delta: number): number {
  return clampYear(timeline, year + delta);
}

// The counts a journalist may print. Only dated partners can be placed in a past year; an
// undated one is a partner today but perhaps not then, hence "up to" before the last year. The
// article's own list counts more partners than the map can name (see AboutMap).

/**
 * The slider's visible count, two short lines for a phone: "By 2026: 148 partners" / "119 dated ·
 * article lists 185"; in a past year "By 1995: 87 dated partners" / "+ up to 29 undated · 148
 * today", today's count being the one the last year shows (it said "185 today", the article's
 * count, and then "148 partners" in 2026).
 */
export function countLine(timeline: Timeline, year: number): { main: string; more: string } {
  const dated = partnersBy(timeline, year);
  if (year >= timeline.last && timeline.undated > 0) {
    const article = timeline.listed === null ? [] : [m.count_article({ count: timeline.listed })];
    return {
      main: m.count_partners({ year, count: dated + timeline.undated }),
      more: [m.count_dated({ count: dated }), ...article].join(' · '),
    };
  }
  const undated = timeline.undated > 0 ? [m.count_up_to_undated({ count: timeline.undated })] : [];
  const today =
    year < timeline.last
      ? [m.count_today({ count: partnersBy(timeline, timeline.last) + timeline.undated })]
      : [];
  return {
    main: m.count_dated_partners({ year, count: dated }),
    more: [...undated, ...today].join(' · '),
  };
}

/** The counts in words, for the slider's value and the announcements. */
function countWords(timeline: Timeline, year: number): string {
  const dated = partnersBy(timeline, year);
  // The article's count is today's: a past year gives today's count as its visible line does
  // ("148 today"), not the article's 185, which counts partners the map cannot name.
  const article =
    year < timeline.last
      ? m.words_today({ count: partnersBy(timeline, timeline.last) + timeline.undated })
      : timeline.listed === null
        ? ''
        : m.words_article({ count: timeline.listed });
  if (timeline.undated === 0) return m.words_dated_only({ count: dated }) + article;
  if (year >= timeline.last) return m.words_all({ total: dated + timeline.undated, dated }) + article;
  return m.words_up_to({ count: dated, undated: timeline.undated }) + article;
}

/** What a screen reader hears as the slider's value: "1995: 60 partners with a known date, up to 33 more …". */
export function yearValueText(timeline: Timeline, year: number): string {
  return `${year}: ${countWords(timeline, year)}`;
}

/** The sentence announced when the year changes: "1993: 9 new partners, including Israel and Japan. In all: …". */
export function yearAnnouncement(timeline: Timeline, year: number): string {
  const list = timeline.added.get(year) ?? [];
  const total = m.announce_total({ words: countWords(timeline, year) });
  if (list.length === 0) return m.announce_none({ year, total });
  const names = list.map((c) => localName(c)).sort(compareNames());
  const named = listAnd(names.slice(0, 3));
  const including = names.length > 3 ? m.announce_including({ names: named }) : `: ${named}`;
  return `${year}: ${m.announce_new({ count: list.length })}${including}. ${total}`;
}

/**
 * The year and how many partners it added, and no more: while the map plays, a year passes every
 * second or less, and a screen reader reading the whole of yearAnnouncement fell far behind.
 */
export function playingAnnouncement(timeline: Timeline, year: number): string {
  const count = timeline.added.get(year)?.length ?? 0;
  return count ? `${year}: ${m.announce_new({ count })}` : m.announce_none({ year, total: '' }).trim();
}

/**
 * Milliseconds per year at 1×: long enough to read the year and see which states changed (the
 * announcement names up to three), so 1991 to 2026 takes about half a minute. The pace is the
 * same for every year, whether it adds twenty partners or none.
 */
export const YEAR_MS = 900;

/** The speeds the play control offers; 1 is the default. Keep in sync with TimeControls.svelte. */
export const PLAY_SPEEDS = [0.5, 1, 2] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/** Milliseconds per year when playing at a speed (0.5× is 1800 ms a year, 2× is 450 ms). */
export function playInterval(speed: number): number {
  return Math.round(YEAR_MS / speed);
}
