import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEvents, type EventRule } from '../../src/pipeline/checkEvents';
import { parseSeed } from '../../src/pipeline/parseSeed';
import type { Dataset } from '../../src/lib/types';

const seedText = readFileSync('data/foreign-relations-of-belarus.txt', 'utf8');
const seed = parseSeed(seedText);
const dataset = JSON.parse(readFileSync('src/data/relations.json', 'utf8')) as Dataset;
const known = new Set([...dataset.countries.map((c) => c.id), ...dataset.organisations.map((o) => o.id)]);
type Entry = Record<string, unknown>;
const realFile = (): { events: Entry[] } =>
  JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: Entry[] };

/** The real file with one entry changed (or added): each rule must fire on that entry by name. */
function fileWith(id: string, change: (entry: Entry, events: Entry[]) => void): { events: Entry[] } {
  const file = realFile();
  const entry = file.events.find((e) => e.id === id);
  if (!entry) throw new Error(`no event ${id}`);
  change(entry, file.events);
  return file;
}

interface Bad {
  rule: EventRule;
  what: string;
  /** The entry the problem must name. */
  named: string;
  /** What the problem says: the data build prints it for whoever edits the file. */
  says: RegExp;
  file: () => unknown;
}

const SWEDEN = 'swedish-diplomats-expelled';
const BAD: Bad[] = [
  {
    rule: 'quote-not-in-seed',
    what: 'a quote reworded',
    says: /^the quote is not in the article word for word$/,
    named: SWEDEN,
    file: () =>
      fileWith(SWEDEN, (e) => (e.quote = 'In August 2012, Belarus expelled every Swedish diplomat.')),
  },
  {
    rule: 'quote-not-in-section',
    what: 'a real quote under the wrong section',
    says: /^the quote is not in the section "Relations with Russia"$/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.section = 'Relations with Russia')),
  },
  {
    rule: 'section',
    what: 'a section the article does not have',
    says: /^the article has no section "Relations with Sweden"$/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.section = 'Relations with Sweden')),
  },
  {
    rule: 'date',
    what: 'a date that does not parse',
    says: /^date "August 2012" is not YYYY, YYYY-MM or YYYY-MM-DD$/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.date = 'August 2012')),
  },
  {
    rule: 'date',
    what: 'an impossible day',
    says: /2008-02-30/,
    named: 'us-ambassador-ejected',
    file: () => fileWith('us-ambassador-ejected', (e) => (e.date = '2008-02-30')),
  },
  {
    rule: 'date-not-in-quote',
    what: 'a year the quote does not give',
    says: /^the quote does not state the date 2013-08$/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.date = '2013-08')),
  },
  {
    rule: 'date-not-in-quote',
    what: 'a month the quote does not give',
    says: /^the quote does not state the date 2012-09$/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.date = '2012-09')),
  },
  {
    rule: 'date-not-in-quote',
    what: 'a day more precise than the quote',
    says: /^the quote does not state the date 2012-08-15$/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.date = '2012-08-15')),
  },
  {
    rule: 'unknown-code',
    what: 'a code that is not a state of the dataset',
    says: /^"SWD" is not a state or organisation in the dataset$/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.concerns = ['SWD'])),
  },
  {
    rule: 'unknown-code',
    what: 'the subject itself as a party',
    says: /^"BLR" is not a state or organisation in the dataset$/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.concerns = ['SWE', 'BLR'])),
  },
  {
    rule: 'duplicate',
    what: 'an id used twice',
    says: /^the id "swedish-diplomats-expelled" is used twice$/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e, all) => all.push({ ...e, date: '2012-07-04' })),
  },
  {
    rule: 'duplicate',
    what: 'the same event under another id and wording',
    says: /^same date, codes and quote as event swedish-diplomats-expelled$/,
    named: 'sweden-again',
    file: () =>
      fileWith(SWEDEN, (e, all) =>
        all.push({ ...e, id: 'sweden-again', summary: { en: 'Belarus threw out the Swedes.' } }),
      ),
  },
  {
    rule: 'shape',
    what: 'no English summary',
    says: /^needs a "summary" with "en" text/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.summary = { be: 'Беларусь выслала ўсіх шведскіх дыпламатаў.' })),
  },
  {
    rule: 'shape',
    what: 'a translation that is not text',
    says: /^needs a "summary" with "en" text/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.summary = { en: 'Belarus expelled them.', ru: 42 })),
  },
  {
    rule: 'shape',
    what: 'no codes',
    says: /^needs a "concerns" list of one or more codes$/,
    named: SWEDEN,
    file: () => fileWith(SWEDEN, (e) => (e.concerns = [])),
  },
  {
    rule: 'shape',
    what: 'an id that is not a slug',
    says: /^needs an "id" of lower-case words joined by hyphens$/,
    named: 'Sweden 2012',
    file: () => fileWith(SWEDEN, (e) => (e.id = 'Sweden 2012')),
  },
  {
    rule: 'shape',
    what: 'a file without an events list',
    says: /^expected an object with an "events" list$/,
    named: 'the file',
    file: () => ({ entries: [] }),
  },
  {
    rule: 'shape',
    what: 'no quote',
    named: SWEDEN,
    says: /^needs a "quote" and its "section"$/,
    file: () => fileWith(SWEDEN, (e) => delete e.quote),
  },
  {
    rule: 'shape',
    what: 'a section of spaces only',
    named: SWEDEN,
    says: /^needs a "quote" and its "section"$/,
    file: () => fileWith(SWEDEN, (e) => (e.section = '   ')),
  },
  {
    rule: 'shape',
    what: 'an id of spaces only, named by its place in the file',
    named: '31',
    says: /^needs an "id"/,
    file: () => fileWith(SWEDEN, (e, all) => all.push({ ...e, id: '  ', date: '2012-07' })),
  },
  {
    rule: 'shape',
    what: 'an entry that is not an object, named by its place',
    named: '31',
    says: /^needs an "id"/,
    file: () => fileWith(SWEDEN, (_e, all) => all.push(5 as unknown as Entry)),
  },
  {
    rule: 'shape',
    what: 'a summary that is not an object',
    named: SWEDEN,
    says: /^needs a "summary" with "en" text/,
    file: () => fileWith(SWEDEN, (e) => (e.summary = 'Belarus expelled them.')),
  },
  {
    rule: 'shape',
    what: 'a code that is not text',
    named: SWEDEN,
    says: /^needs a "concerns" list/,
    file: () => fileWith(SWEDEN, (e) => (e.concerns = ['SWE', 7])),
  },
  {
    rule: 'duplicate',
    what: 'a code listed twice',
    named: SWEDEN,
    says: /^a code is listed twice$/,
    file: () => fileWith(SWEDEN, (e) => (e.concerns = ['SWE', 'SWE'])),
  },
  {
    rule: 'shape',
    what: 'a null file',
    named: 'the file',
    says: /^expected an object with an "events" list$/,
    file: () => null,
  },
];

describe('checkEvents: the data build checks data/events.json', () => {
  it('passes the real file: every event, in date order, each concerning a known code', () => {
    const { events, problems } = checkEvents(realFile(), seed, seedText, known);
    expect(problems).toEqual([]);
    expect(events).toHaveLength(realFile().events.length);
    const isos = events.map((e) => e.date.iso);
    expect(isos).toEqual([...isos].sort());
    expect(events.find((e) => e.id === SWEDEN)).toMatchObject({
      date: { iso: '2012-08', precision: 'month' },
      concerns: ['SWE'],
      section: 'Relations with the European Union',
    });
  });

  it.each(BAD)('fails $what with [$rule], naming the entry and saying why', ({ rule, named, says, file }) => {
    const { problems, events } = checkEvents(file(), seed, seedText, known);
    const entry = named === 'the file' ? named : `event ${named}`;
    expect(problems.map((p) => [p.entry, p.rule])).toContainEqual([entry, rule]);
    expect(problems.filter((p) => p.rule === rule).map((p) => p.message)).toContainEqual(
      expect.stringMatching(says),
    );
    // Only the bad entry is reported: the other 30 stay clean.
    expect(new Set(problems.map((p) => p.entry))).toEqual(new Set([entry]));
    expect(events.length).toBeLessThanOrEqual(realFile().events.length);
  });

  it('takes a quote from a table note under its region heading (Kyrgyzstan, Asia)', () => {
    const { problems } = checkEvents(
      { events: [realFile().events.find((e) => e.id === 'kyrgyzstan-recalls-ambassador')] },
      seed,
      seedText,
      known,
    );
    expect(problems).toEqual([]);
  });

  it('keeps the file order for events of one date, and a year-only date before that year’s months', () => {
    const { events } = checkEvents(realFile(), seed, seedText, known);
    const in2005 = events.filter((e) => e.date.iso.startsWith('2005')).map((e) => e.id);
    expect(in2005).toEqual([
      'union-of-poles-seized',
      'poland-recalls-ambassador',
      'european-parliament-dictatorship',
      'commission-human-rights',
    ]);
  });

  it('sorts a file given in any order by date, and keeps each summary’s translations', () => {
    const shuffled = realFile();
    shuffled.events.reverse();
    const { events, problems } = checkEvents(shuffled, seed, seedText, known);
    expect(problems).toEqual([]);
    const isos = events.map((e) => e.date.iso);
    expect(isos).toEqual([...isos].sort());
    const withBoth = realFile().events.find((e) => {
      const summary = e.summary as Record<string, string>;
      return summary.be && summary.ru;
    })!;
    expect(events.find((e) => e.id === withBoth.id)!.summary).toEqual(withBoth.summary);
  });

  it('keeps only the English summary where no translation is given', () => {
    const file = fileWith(SWEDEN, (e) => (e.summary = { en: 'Belarus expelled the Swedish diplomats.' }));
    const { events } = checkEvents(file, seed, seedText, known);
    expect(events.find((e) => e.id === SWEDEN)!.summary).toEqual({
      en: 'Belarus expelled the Swedish diplomats.',
    });
  });
});
