import { describe, expect, it } from 'vitest';
import {
  clampYear,
  makeTimeline,
  partnersBy,
  playInterval,
  playingAnnouncement,
  yearAnnouncement,
  yearValueText,
  type Timeline,
} from '../../src/lib/timeline';
import { makeCountry } from '../fixtures/makeCountry';

const span = (first: number, last: number): Timeline => ({
  first,
  last,
  added: new Map(),
  undated: 0,
  listed: null,
});

describe('playInterval', () => {
  // The pace no longer depends on the timeline's length: a steady 900 ms a year at 1×.
  it.each([
    [0.5, 1800],
    [1, 900],
    [2, 450],
  ])('at %f× gives %i ms a year', (speed, ms) => {
    expect(playInterval(speed)).toBe(ms);
  });
});

describe('makeTimeline at its edges', () => {
  it('counts a partner dated before 1991 in 1991 rather than losing it', () => {
    const timeline = makeTimeline([makeCountry('DEU', 'Germany', '1923')], 2026);
    expect(timeline.added.get(1991)?.map((c) => c.id)).toEqual(['DEU']);
    expect(partnersBy(timeline, 1991)).toBe(1);
  });

  it('leaves out a "dated" entry without a date, and every other status', () => {
    const timeline = makeTimeline(
      [
        makeCountry('DEU', 'Germany', null, { status: 'dated' }),
        makeCountry('FRA', 'France', '1992', { status: 'undated' }),
      ],
      2026,
    );
    expect(partnersBy(timeline, 2026)).toBe(0);
  });

  it('leaves out, without failing, a partner dated after the current year', () => {
    const timeline = makeTimeline([makeCountry('DEU', 'Germany', '2030')], 2026);
    expect(partnersBy(timeline, 2026)).toBe(0);
  });

  it('announces a year outside the timeline as adding no one', () => {
    const timeline = makeTimeline([makeCountry('DEU', 'Germany', '1992')], 2026);
    expect(yearAnnouncement(timeline, 1980)).toBe(
      '1980: no new partners. In all: 0 partners with a known date; 1 today.',
    );
  });

  it('runs to the current year it is given, inclusive', () => {
    const timeline = makeTimeline([makeCountry('DEU', 'Germany', '1993')], 1993);
    expect([...timeline.added.keys()]).toEqual([1991, 1992, 1993]);
    expect(yearValueText(timeline, 1993)).toBe('1993: 1 partner with a known date');
    expect(yearValueText(timeline, 1992)).toBe('1992: 0 partners with a known date; 1 today');
  });

  it('rounds a year between two to the nearer one', () => {
    expect(clampYear(span(1991, 2026), 1995.6)).toBe(1996);
    expect(clampYear(span(1991, 2026), 2030)).toBe(2026);
  });
});

describe('yearAnnouncement names up to three partners', () => {
  const at = (names: string[]) =>
    yearAnnouncement(
      makeTimeline(
        names.map((n, i) => makeCountry(`C${i}`, n, '1995')),
        2026,
      ),
      1995,
    );
  it('names two as "A and B"', () => {
    expect(at(['Chile', 'Brazil'])).toBe(
      '1995: 2 new partners: Brazil and Chile. In all: 2 partners with a known date; 2 today.',
    );
  });
  it('names three in full, A to Z, without "including"', () => {
    expect(at(['Chile', 'Brazil', 'Angola'])).toBe(
      '1995: 3 new partners: Angola, Brazil and Chile. In all: 3 partners with a known date; 3 today.',
    );
  });
  it('names the first three of four, "including"', () => {
    expect(at(['Chile', 'Brazil', 'Angola', 'Denmark'])).toBe(
      '1995: 4 new partners, including Angola, Brazil and Chile. In all: 4 partners with a known date; 4 today.',
    );
  });
});

describe('playingAnnouncement says only the year and its count', () => {
  const timeline = makeTimeline(
    ['Chile', 'Brazil', 'Angola', 'Denmark'].map((n, i) => makeCountry(`C${i}`, n, '1995')),
    2026,
  );
  it('counts the year’s new partners, without their names or the totals', () => {
    expect(playingAnnouncement(timeline, 1995)).toBe('1995: 4 new partners');
  });
  it('says a year added no one, without a trailing space', () => {
    expect(playingAnnouncement(timeline, 1996)).toBe('1996: no new partners.');
  });
});
