import { beforeEach, describe, expect, it } from 'vitest';
import { binOf, classOf } from '../../src/lib/mapClass';
import { PALETTES, YEAR_COLORS } from '../../src/lib/palette';
import {
  clampYear,
  makeTimeline,
  partnersBy,
  PLAY_SPEEDS,
  countLine,
  type Timeline,
  playInterval,
  stepYear,
  yearAnnouncement,
  yearValueText,
} from '../../src/lib/timeline';
import type { Country } from '../../src/lib/types';
import { makeCountry } from '../fixtures/makeCountry';

function country(id: string, name: string, status: Country['status'], iso: string | null): Country {
  return makeCountry(id, name, iso, { status });
}

const countries = [
  country('ISR', 'Israel', 'dated', '1992-05-12'),
  country('JPN', 'Japan', 'dated', '1992-01-26'),
  country('DEU', 'Germany', 'dated', '1992-03-13'),
  country('USA', 'United States', 'dated', '1991-12-28'),
  country('AND', 'Andorra', 'dated', '2011-08'),
  country('BEL', 'Belgium', 'dated', '1992'),
  country('AFG', 'Afghanistan', 'undated', null),
  country('BTN', 'Bhutan', 'none', null),
  country('ALB', 'Albania', 'unknown', null),
];
let timeline: Timeline;
// Before each test, not once before all: Stryker's Vitest runner credits a test only with the code
// that runs during it (its beforeEach hooks included), and a build in a beforeAll hook would leave
// its mutants to the few tests that build on their own.
beforeEach(() => {
  timeline = makeTimeline(countries, 2026);
});

describe('the timeline', () => {
  it('runs from 1991 to the current year', () => {
    expect([timeline.first, timeline.last]).toEqual([1991, 2026]);
    expect(timeline.added.size).toBe(36);
  });

  it('counts partners by the end of each year; a year-only date counts from that year', () => {
    expect(partnersBy(timeline, 1991)).toBe(1);
    expect(partnersBy(timeline, 1992)).toBe(5);
    expect(partnersBy(timeline, 2010)).toBe(5);
    expect(partnersBy(timeline, 2011)).toBe(6);
  });

  it('steps and clamps years', () => {
    expect(stepYear(timeline, 1991, -1)).toBe(1991);
    expect(stepYear(timeline, 2024, 5)).toBe(2026);
    expect(stepYear(timeline, 1995, 5)).toBe(2000);
    expect(clampYear(timeline, 1850)).toBe(1991);
  });

  it('counts the undated partners apart: partners today, not placed in any year', () => {
    expect(timeline.undated).toBe(1);
    expect(timeline.listed).toBeNull();
    expect(makeTimeline(countries, 2026, 185).listed).toBe(185);
  });

  // The article lists more partners than the map names: the line says all three numbers.
  const withArticle = makeTimeline(countries, 2026, 185);
  const datedOnly = makeTimeline(
    countries.filter((c) => c.status === 'dated'),
    2026,
  );
  const lines: { name: string; timeline: typeof timeline; year: number; main: string; more: string }[] = [
    {
      name: 'the last year counts every partner and says how many are dated and what the article lists',
      timeline: withArticle,
      year: 2026,
      main: 'By 2026: 7 partners',
      more: '6 dated · article lists 185',
    },
    {
      name: 'a past year counts only dated partners, bounds the undated ones and gives today’s count as the last year does',
      timeline: withArticle,
      year: 1992,
      main: 'By 1992: 5 dated partners',
      more: '+ up to 1 undated · 7 today',
    },
    {
      name: 'one dated partner is singular',
      timeline: withArticle,
      year: 1991,
      main: 'By 1991: 1 dated partner',
      more: '+ up to 1 undated · 7 today',
    },
    {
      name: 'without the article’s count, the line leaves it out',
      timeline: makeTimeline(countries, 2026),
      year: 2026,
      main: 'By 2026: 7 partners',
      more: '6 dated',
    },
    {
      name: 'with no undated partners, the dated ones are all there is',
      timeline: datedOnly,
      year: 2026,
      main: 'By 2026: 6 dated partners',
      more: '',
    },
  ];
  for (const { name, timeline: t, year, main, more } of lines) {
    it(`the count line: ${name}`, () => {
      expect(countLine(t, year)).toEqual({ main, more });
    });
  }

  it('says the slider value in words, with the undated partners and the article’s count (in a past year, today’s count as the line shows it)', () => {
    expect(yearValueText(withArticle, 1991)).toBe(
      '1991: 1 partner with a known date, up to 1 more whose date is not known; 7 today',
    );
    expect(yearValueText(withArticle, 1995)).toBe(
      '1995: 5 partners with a known date, up to 1 more whose date is not known; 7 today',
    );
    expect(yearValueText(withArticle, 2026)).toBe(
      '2026: 7 partners, 6 with a known date; the article lists 185',
    );
    expect(yearValueText(datedOnly, 2026)).toBe('2026: 6 partners with a known date');
  });

  it('announces what a year added, naming the first partners, then the counts', () => {
    expect(yearAnnouncement(withArticle, 1992)).toBe(
      '1992: 4 new partners, including Belgium, Germany and Israel. In all: 5 partners with a known date, ' +
        'up to 1 more whose date is not known; 7 today.',
    );
    expect(yearAnnouncement(timeline, 2011)).toBe(
      '2011: 1 new partner: Andorra. In all: 6 partners with a known date, up to 1 more whose date is not known; 7 today.',
    );
    expect(yearAnnouncement(timeline, 2000)).toBe(
      '2000: no new partners. In all: 5 partners with a known date, up to 1 more whose date is not known; 7 today.',
    );
  });

  // The pace was about four seconds for the whole run (0.6 s for 1996-2003), too fast to read:
  // it is now the same for every year, about a second at 1×, with 0.5× and 2× to choose from.
  it.each([
    { speed: 0.5, ms: 1800 },
    { speed: 1, ms: 900 },
    { speed: 2, ms: 450 },
  ])('steps a year every $ms ms at $speed×', ({ speed, ms }) => {
    expect(playInterval(speed)).toBe(ms);
  });

  it('offers the speeds in order, 1× among them', () => {
    expect([...PLAY_SPEEDS]).toEqual([0.5, 1, 2]);
  });
});

describe('the map classes', () => {
  const at = (id: string, year: number) =>
    classOf(
      countries.find((c) => c.id === id),
      year,
      'BLR',
      id,
      2026,
    );

  it('shades a dated partner from its year on, and shows it as not yet before', () => {
    expect(at('DEU', 1991)).toBe('notyet');
    expect(at('DEU', 1992)).toBe('y1');
    expect(at('USA', 1991)).toBe('y0');
    expect(at('AND', 2010)).toBe('notyet');
    expect(at('AND', 2026)).toBe('y6');
  });

  it('keeps none and unknown states in their own class at every year', () => {
    for (const year of [1991, 2026]) {
      expect(at('BTN', year)).toBe('none');
      expect(at('ALB', year)).toBe('nodata');
    }
    expect(classOf(undefined, 2000, 'BLR', 'GRL', 2026)).toBe('nodata');
    expect(classOf(undefined, 2000, 'BLR', 'BLR', 2026)).toBe('subject');
  });

  // Relations whose date was not found are known only for now: in an earlier year they may not
  // have existed, so they are not drawn as relations then (changed from "undated at every year").
  it.each([
    { year: 1991, cls: 'undatedpast' },
    { year: 1992, cls: 'undatedpast' },
    { year: 2025, cls: 'undatedpast' },
    { year: 2026, cls: 'undated' },
  ])('draws a state whose date was not found as $cls in $year', ({ year, cls }) => {
    expect(at('AFG', year)).toBe(cls);
  });

  it('draws a "dated" entry that lacks its date as one whose date was not found', () => {
    const lacking = { ...countries.find((c) => c.id === 'DEU')!, date: null };
    expect(classOf(lacking, 2026, 'BLR', 'DEU', 2026)).toBe('undated');
    expect(classOf(lacking, 2025, 'BLR', 'DEU', 2026)).toBe('undatedpast');
  });

  it('bins years narrowly where dates are dense', () => {
    expect([1991, 1992, 1993, 1995, 1999, 2005, 2020].map(binOf)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('gives every class a distinct colour in both themes', () => {
    for (const palette of Object.values(PALETTES)) {
      const colours = Object.values(palette.classes);
      expect(new Set(colours).size).toBe(colours.length);
    }
    expect(YEAR_COLORS).toHaveLength(7);
    for (const c of YEAR_COLORS) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
});
