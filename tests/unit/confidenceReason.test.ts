import { describe, expect, it } from 'vitest';
import { confidenceReason } from '../../src/lib/confidenceReason';
import type { Country, Source } from '../../src/lib/types';
import { makeCountry } from '../fixtures/makeCountry';

const source = (kind: Source['kind'], gives: string | null, label: string = kind): Source => ({
  url: 'https://example.org/',
  label,
  says: '',
  kind,
  gives,
});
const conflict = (iso: string, label: string): Country['conflicts'][number] => ({
  date: { iso, precision: 'day' },
  text: iso,
  source: label,
  url: 'https://example.org/',
  why: '',
});
const seedRow = (positionOnly: boolean): Country['seedRow'] => ({
  region: 'Asia',
  position: 12,
  line: 317,
  dateText: '1993-12-06',
  date: { iso: '1993-12-06', precision: 'day' },
  notes: '',
  identifiedBy: '',
  confidence: 'low',
  positionOnly,
});

describe('confidenceReason', () => {
  it.each([
    {
      why: 'an official source',
      country: () =>
        makeCountry('NLD', 'Netherlands', '1992-03-24', { sources: [source('official', '1992-03-24')] }),
      expected: /government source states this date/,
    },
    {
      why: 'two publishers',
      country: () =>
        makeCountry('ISR', 'Israel', '1992-05-26', {
          sources: [source('secondary', '1992-05-26', 'A'), source('secondary', '1992-05-26', 'B')],
        }),
      expected: /^two sources from different publishers give this date\.$/,
    },
    {
      why: 'the article alone',
      country: () =>
        makeCountry('AGO', 'Angola', '1995-04-24', {
          confidence: 'medium',
          sources: [source('article', '1995-04-24')],
        }),
      expected: /only the Wikipedia article’s own table/,
    },
    {
      why: 'one news source, another source giving a different date',
      country: () =>
        makeCountry('QAT', 'Qatar', '1996-01-16', {
          confidence: 'medium',
          sources: [source('secondary', '1996-02-16'), source('secondary', '1996-01-16')],
        }),
      expected: /one source gives this date; no second/,
    },
    {
      why: 'one news source, and an anniversary count that gives the date too',
      country: () =>
        makeCountry('QAT', 'Qatar', '1996-01-16', {
          confidence: 'medium',
          sources: [
            source('indirect', '1996-01-16', 'BelTA'),
            source('secondary', '1996-01-16', 'Welcome Qatar'),
          ],
        }),
      expected:
        /^only Welcome Qatar states this date outright; BelTA gives it only indirectly \(second-hand, or worked out from what it says\)/,
    },
    {
      why: 'one news source, and two indirect ones from other publishers',
      country: () =>
        makeCountry('QAT', 'Qatar', '1996-01-16', {
          confidence: 'medium',
          sources: [
            source('indirect', '1996-01-16', 'BelTA (German service)'),
            source('indirect', '1996-01-16', 'President of the Republic of Belarus'),
            source('secondary', '1996-01-16', 'Welcome Qatar (news site)'),
          ],
        }),
      expected:
        /^only Welcome Qatar states this date outright; BelTA and President of the Republic of Belarus give it only indirectly/,
    },
    {
      why: 'a row matched by position only',
      country: () =>
        makeCountry('LAO', 'Laos', '1993-12-06', {
          confidence: 'low',
          seedRow: seedRow(true),
          sources: [source('article', '1993-12-06')],
        }),
      expected: /matched to this one only by its position/,
    },
    {
      why: 'an inferred date',
      country: () =>
        makeCountry('LBR', 'Liberia', '2016-04-27', {
          confidence: 'low',
          sources: [source('indirect', '2016-04-27')],
        }),
      expected: /only source for this date is indirect \(second-hand, or the date is worked out/,
    },
    {
      why: 'high: an indirect official source does not count as the government stating the date',
      country: () =>
        makeCountry('BEL', 'Belgium', '1992-03-10', {
          sources: [
            source('indirect', '1992-03-10', 'President'),
            source('secondary', '1992-03-10', 'A'),
            source('secondary', '1992-03-10', 'B'),
          ],
        }),
      expected: /^two sources from different publishers give this date\.$/,
    },
    {
      why: 'high: one official source among others',
      country: () =>
        makeCountry('DEU', 'Germany', '1992-03-13', {
          sources: [source('secondary', '1992-03-13', 'A'), source('official', '1992-03-13', 'B')],
        }),
      expected: /government source states this date/,
    },
    {
      why: 'medium: the article and one other source',
      country: () =>
        makeCountry('MEX', 'Mexico', '1992-01', {
          confidence: 'medium',
          sources: [source('article', '1992-01'), source('secondary', '1992-01')],
        }),
      expected: /one source gives this date; no second/,
    },
    {
      why: 'medium: an indirect source beside the article does not make it two',
      country: () =>
        makeCountry('AGO', 'Angola', '1995-04-24', {
          confidence: 'medium',
          sources: [source('article', '1995-04-24'), source('indirect', '1995-04-24')],
        }),
      expected: /only the Wikipedia article’s own table/,
    },
    {
      why: 'low: a row matched by position, with a news source too, is not position alone',
      country: () =>
        makeCountry('LAO', 'Laos', '1993-12-06', {
          confidence: 'low',
          seedRow: seedRow(true),
          sources: [source('article', '1993-12-06'), source('secondary', '1993-12-06')],
        }),
      expected: /only source for this date is indirect/,
    },
    {
      why: 'low: every source of the date also gives another (a ministry with two pages, and Wikipedia)',
      country: () =>
        makeCountry('TUR', 'Turkey', '1992-05-25', {
          confidence: 'low',
          sources: [
            source('official', '1992-05-25', 'Ministry of Foreign Affairs of Turkey'),
            source('article', '1992-05-25', 'Wikipedia: Foreign relations of Belarus, table Asia'),
          ],
          conflicts: [
            conflict('1992-03-25', 'Ministry of Foreign Affairs of Turkey, page on relations'),
            conflict('1992-06-25', 'Wikipedia: Foreign relations of Turkey, as it read in 2019'),
          ],
        }),
      expected:
        /^this date comes only from Ministry of Foreign Affairs of Turkey and Wikipedia, and each of them also gives another/,
    },
    {
      why: 'low: one publisher, Wikipedia, gives the date in one article and another in another',
      country: () =>
        makeCountry('ARM', 'Armenia', '1993-06-11', {
          confidence: 'low',
          sources: [source('secondary', '1993-06-11', 'Russian Wikipedia: Armenian–Belarusian relations')],
          conflicts: [conflict('1992', 'Wikipedia: Foreign relations of Belarus, table Asia')],
        }),
      expected:
        /^this date comes only from Wikipedia, which also gives another date elsewhere \(see where sources disagree\)\.$/,
    },
    {
      why: 'medium: an official source that also gives another date leaves one other source',
      country: () =>
        makeCountry('XYZ', 'Somewhere', '1992-05-25', {
          confidence: 'medium',
          sources: [
            source('official', '1992-05-25', 'Ministry of Foreign Affairs of Somewhere'),
            source('secondary', '1992-05-25', 'BelTA'),
          ],
          conflicts: [conflict('1992-03-25', 'Ministry of Foreign Affairs of Somewhere (another page)')],
        }),
      expected: /one source gives this date; no second/,
    },
    {
      why: 'low: a row matched by position whose date only an indirect source gives',
      country: () =>
        makeCountry('LAO', 'Laos', '1993-12-06', {
          confidence: 'low',
          seedRow: seedRow(true),
          sources: [source('indirect', '1993-12-06')],
        }),
      expected: /only source for this date is indirect/,
    },
    {
      why: 'low: the article alone on a row matched by its own notes',
      country: () =>
        makeCountry('LAO', 'Laos', '1993-12-06', {
          confidence: 'low',
          seedRow: seedRow(false),
          sources: [source('article', '1993-12-06')],
        }),
      expected: /only source for this date is indirect/,
    },
  ])('explains $why', ({ country, expected }) => {
    expect(confidenceReason(country())).toMatch(expected);
  });

  it('says nothing for a state without a confidence', () => {
    expect(confidenceReason(makeCountry('AFG', 'Afghanistan', null, { confidence: null }))).toBe('');
  });
});
