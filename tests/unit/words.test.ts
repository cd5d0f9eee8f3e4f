// The small word helpers the components read: each says the right thing, in each language.
import { describe, expect, it } from 'vitest';
import {
  EVENT_WORDS,
  eventCountText,
  eventsSentence,
  noEventsIn,
  openNotesLabel,
  sectionLinkParts,
} from '../../src/lib/eventWords';
import { mapSummary, statusCounts } from '../../src/lib/statusCounts';
import { makeCountry } from '../fixtures/makeCountry';
import { describeWith } from './withLocale';

describe('statusCounts', () => {
  it('counts each status, every status present even at 0', () => {
    const countries = [
      makeCountry('DEU', 'Germany', '1992-03-13'),
      makeCountry('FRA', 'France', '1992-01-20'),
      { ...makeCountry('MLI', 'Mali', null), status: 'undated' as const },
      { ...makeCountry('BTN', 'Bhutan', null), status: 'none' as const },
    ];
    expect(statusCounts(countries)).toEqual({ dated: 2, undated: 1, none: 1, unknown: 0 });
    expect(statusCounts([])).toEqual({ dated: 0, undated: 0, none: 0, unknown: 0 });
  });
});

describeWith('mapSummary', (use) => {
  const counts = { dated: 119, undated: 29, none: 3, unknown: 46 };
  it('describes the map for screen readers with every figure in its place', () => {
    expect(mapSummary(1995, 86, counts)).toBe(
      "Belarus's diplomatic relations as of 1995: 86 states with a known date of relations by then, 29 with " +
        'relations whose date was not found, 3 with none, and 46 with no data. Use the arrow keys to move ' +
        'between countries and Enter to open one, or the table view.',
    );
  });
  it('says it in Russian when Russian is shown', () => {
    use('ru');
    const text = mapSummary(1995, 86, counts);
    expect(text).toMatch(/1995/);
    expect(text).toMatch(/86/);
    expect(text).not.toMatch(/Belarus/);
  });
});

describeWith('eventWords', (use) => {
  it('reads each fixed word from the messages, in the language shown', () => {
    expect([
      EVENT_WORDS.timelineHeading,
      EVENT_WORDS.relationsEstablished,
      EVENT_WORDS.quoteToggle,
      EVENT_WORDS.lineLabel,
      EVENT_WORDS.tableColumn,
      EVENT_WORDS.noEvents,
      EVENT_WORDS.csvButton,
      EVENT_WORDS.fewer,
      EVENT_WORDS.close,
    ]).toEqual([
      'Timeline',
      'Diplomatic relations established',
      'The article’s words',
      'Events of the year',
      'Events',
      'none',
      'Events (CSV)',
      'Show fewer',
      'Close',
    ]);
    use('be');
    expect(EVENT_WORDS.close).not.toBe('Close');
    expect(EVENT_WORDS.timelineHeading).not.toBe('Timeline');
  });

  it('fills in the section, the year and the name', () => {
    expect(sectionLinkParts()).toEqual(['In the article: ', '']);
    expect(noEventsIn(1993)).toBe('No events in the article for 1993');
    expect(openNotesLabel('Sweden')).toBe('Open the notes on Sweden');
  });

  it('counts a state’s events with the latest, or says none', () => {
    const latest = { iso: '2012-08', precision: 'month' as const };
    expect(eventCountText(3, latest)).toBe('3, latest August 2012');
    expect(eventCountText(0, latest)).toBe('none');
    expect(eventCountText(2, null)).toBe('none');
  });

  it('announces up to two events and counts the rest', () => {
    expect(eventsSentence([])).toBe('');
    expect(eventsSentence(['A.'])).toBe('Events: A.');
    expect(eventsSentence(['A.', 'B.'])).toBe('Events: A. B.');
    expect(eventsSentence(['A.', 'B.', 'C.'])).toBe('Events: A. B. And 1 more.');
    expect(eventsSentence(['A.', 'B.', 'C.'], 3)).toBe('Events: A. B. C.');
  });
});
