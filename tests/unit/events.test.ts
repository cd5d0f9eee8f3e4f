import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWith } from './withLocale';
import { createEmbedBridge } from '../../src/controllers/embedBridge';
import {
  countryTimeline,
  eventCount,
  eventMessage,
  eventsConcerning,
  eventsInYear,
  eventYears,
  partiesOf,
  sectionUrl,
  summaryIn,
} from '../../src/lib/events';
import { eventsToCsv, EVENTS_CSV_COLUMNS } from '../../src/lib/eventsCsv';
import { eventCountText, eventsInArticle, eventsSentence, moreInYear } from '../../src/lib/eventWords';
import { CSV_COLUMNS, toCsv } from '../../src/lib/toCsv';
import type { ArticleEvent, EventsFile } from '../../src/lib/types';
import { makeCountry } from '../fixtures/makeCountry';

const ARTICLE = 'https://en.wikipedia.org/wiki/Foreign_relations_of_Belarus';
const real = (JSON.parse(readFileSync('src/data/events.json', 'utf8')) as EventsFile).events;

function event(id: string, iso: string, concerns: string[], extra: Partial<ArticleEvent> = {}): ArticleEvent {
  const precision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
  return {
    id,
    date: { iso, precision },
    concerns,
    summary: { en: `${id} happened.` },
    quote: `The article on ${id}.`,
    section: 'Relations with Russia',
    ...extra,
  };
}

const SAMPLE = [
  event('a', '1996-04-02', ['RUS']),
  event('b', '2005', ['POL', 'EU']),
  event('c', '2005-08', ['EU']),
  event('d', '2012-08', ['SWE']),
];

describe('the events a state, a year and the slider see', () => {
  it('picks the events that concern a state or organisation, in date order', () => {
    expect(eventsConcerning(SAMPLE, 'EU').map((e) => e.id)).toEqual(['b', 'c']);
    expect(eventsConcerning(SAMPLE, 'DEU')).toEqual([]);
  });

  it('picks the events of a year, a year-only date included', () => {
    expect(eventsInYear(SAMPLE, 2005).map((e) => e.id)).toEqual(['b', 'c']);
    expect(eventsInYear(SAMPLE, 2006)).toEqual([]);
  });

  it('marks each year that has an event once', () => {
    expect([...eventYears(SAMPLE)].sort()).toEqual([1996, 2005, 2012]);
  });

  it('names each party of a year once, in order of appearance', () => {
    expect(partiesOf(eventsInYear(SAMPLE, 2005))).toEqual(['POL', 'EU']);
  });

  it('counts a state’s events and gives the latest', () => {
    expect(eventCount(SAMPLE, 'EU')).toEqual({ count: 2, latest: SAMPLE[2] });
    expect(eventCount(SAMPLE, 'DEU')).toEqual({ count: 0, latest: null });
  });
});

describe('countryTimeline', () => {
  it('starts with relations established, then the events in date order', () => {
    const sweden = makeCountry('SWE', 'Sweden', '1992-01-14');
    expect(countryTimeline(sweden, 'SWE', SAMPLE).map((e) => [e.key, e.date.iso])).toEqual([
      ['established', '1992-01-14'],
      ['d', '2012-08'],
    ]);
  });

  it('has no established line for an organisation or an undated state, and no timeline without events', () => {
    expect(countryTimeline(undefined, 'EU', SAMPLE).map((e) => e.key)).toEqual(['b', 'c']);
    expect(countryTimeline(makeCountry('POL', 'Poland', null), 'POL', SAMPLE).map((e) => e.key)).toEqual([
      'b',
    ]);
    expect(countryTimeline(makeCountry('DEU', 'Germany', '1992-03-13'), 'DEU', SAMPLE)).toEqual([]);
  });
});

describe('links and languages', () => {
  it('links a section as Wikipedia writes its anchor', () => {
    expect(sectionUrl(ARTICLE, 'Relations with the United States')).toBe(
      `${ARTICLE}#Relations_with_the_United_States`,
    );
    expect(sectionUrl(ARTICLE, 'Belarus–Russia relations')).toBe(
      `${ARTICLE}#Belarus%E2%80%93Russia_relations`,
    );
  });

  it('gives a summary in Belarusian or Russian where written, English otherwise', () => {
    const e = event('x', '2008', ['USA'], { summary: { en: 'English.', ru: 'Русский.' } });
    expect(summaryIn(e, 'ru')).toBe('Русский.');
    expect(summaryIn(e, 'be')).toBe('English.');
    expect(summaryIn(e)).toBe('English.');
  });

  it('every real event has its Belarusian and Russian summary', () => {
    for (const e of real) {
      expect(e.summary.be, e.id).toMatch(/[а-яёіў]/i);
      expect(e.summary.ru, e.id).toMatch(/[а-яё]/i);
      expect(e.summary.ru, e.id).not.toMatch(/[іў]/i);
    }
  });
});

describe('the words', () => {
  it('writes the table cell, the more button and the small embed’s count', () => {
    expect(eventCountText(2, { iso: '2012-08', precision: 'month' })).toBe('2, latest August 2012');
    expect(eventCountText(0, null)).toBe('none');
    expect(moreInYear(3, 2005)).toBe('3 more in 2005');
    expect(eventsInArticle(1)).toBe('1 event in the article');
    expect(eventsInArticle(2)).toBe('2 events in the article');
  });

  it('announces up to two summaries and counts the rest', () => {
    expect(eventsSentence([])).toBe('');
    expect(eventsSentence(['A.'])).toBe('Events: A.');
    expect(eventsSentence(['A.', 'B.', 'C.', 'D.'])).toBe('Events: A. B. And 2 more.');
  });
});

describe('the CSVs and the year message', () => {
  it('adds an events column to the data CSV only when the events are given', () => {
    const sweden = makeCountry('SWE', 'Sweden', '1992-01-14');
    expect(toCsv([sweden]).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const [header, row] = toCsv([sweden], SAMPLE).split('\r\n');
    expect(header).toBe([...CSV_COLUMNS, 'events'].join(','));
    expect(row).toMatch(/,1 \(latest 2012-08: d happened\.\)$/);
    expect(toCsv([makeCountry('DEU', 'Germany', '1992')], SAMPLE).split('\r\n')[1]).toMatch(/,0$/);
  });

  it('writes the events CSV, quoting cells with commas and quotes', () => {
    const csv = eventsToCsv(
      [event('b', '2005', ['POL', 'EU'], { quote: 'He said "no", twice.' })],
      (id) => ({ POL: 'Poland', EU: 'European Union' })[id] ?? id,
      ARTICLE,
    );
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(EVENTS_CSV_COLUMNS.join(','));
    expect(row).toBe(
      `b,2005,year,POL; EU,Poland; European Union,b happened.,,,"He said ""no"", twice.",Relations with Russia,${ARTICLE}#Relations_with_Russia`,
    );
  });

  it('writes the Belarusian and Russian summaries where an event has them, one line each', () => {
    const csv = eventsToCsv(
      [event('a', '1996-04-02', ['RUS'], { summary: { en: 'A union.', be: 'Саюз.', ru: 'Союз.' } })],
      (id) => id,
      ARTICLE,
    );
    expect(csv.split('\r\n')).toEqual([
      EVENTS_CSV_COLUMNS.join(','),
      `a,1996-04-02,day,RUS,RUS,A union.,Саюз.,Союз.,The article on a.,Relations with Russia,${ARTICLE}#Relations_with_Russia`,
      '',
    ]);
  });

  it('the year message carries each event’s date, codes, English summary and link', () => {
    const posted: unknown[] = [];
    const bridge = createEmbedBridge({
      host: { postMessage: (m) => posted.push(m) },
      id: 'map-1',
      allowedOrigin: null,
      pymId: null,
      context: () => ({ firstYear: 1991, lastYear: 2026, ids: new Set() }),
      height: () => 0,
      oncommand: () => undefined,
      warn: () => undefined,
    });
    bridge.year(
      2005,
      eventsInYear(SAMPLE, 2005).map((e) => eventMessage(e, ARTICLE)),
    );
    expect(posted).toEqual([
      {
        type: 'belarus-map:year',
        id: 'map-1',
        year: 2005,
        events: [
          {
            id: 'b',
            date: '2005',
            concerns: ['POL', 'EU'],
            summary: 'b happened.',
            url: `${ARTICLE}#Relations_with_Russia`,
          },
          {
            id: 'c',
            date: '2005-08',
            concerns: ['EU'],
            summary: 'c happened.',
            url: `${ARTICLE}#Relations_with_Russia`,
          },
        ],
      },
    ]);
  });
});

describeWith('the events CSV in the language shown', (use) => {
  it.each([
    [
      'be',
      'id,дата,дакладнасць,коды_краін,краіны_і_арганізацыі,коратка_en,коратка_be,коратка_ru,цытата_англ,раздзел_артыкула,спасылка_на_раздзел',
    ],
    [
      'ru',
      'id,дата,точность,коды_стран,страны_и_организации,кратко_en,кратко_be,кратко_ru,цитата_англ,раздел_статьи,ссылка_на_раздел',
    ],
    ['en', EVENTS_CSV_COLUMNS.join(',')],
  ] as const)('%s: the header is in it, the ids are not translated', (lang, header) => {
    use(lang);
    const csv = eventsToCsv([event('a', '1996-04-02', ['RUS'])], () => 'Россия', 'https://example.org/a');
    expect(csv.split('\r\n')[0]).toBe(header);
  });
});
