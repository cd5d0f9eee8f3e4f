import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { internalWord } from '../../src/pipeline/internalWords';
import {
  countsAnniversary,
  lintOverlay,
  ruleConfidence,
  type LintRule,
} from '../../src/pipeline/lintOverlay';
import type { Overlay, OverlayCountry } from '../../src/pipeline/overlayTypes';

const realOverlay = (): Overlay => JSON.parse(readFileSync('data/overlay.json', 'utf8')) as Overlay;

/** The real overlay with one entry changed: every rule must fire on the entry it breaks. */
function overlayWith(id: string, change: (entry: OverlayCountry) => void): Overlay {
  const overlay = realOverlay();
  const entry = overlay.countries.find((c) => c.id === id);
  if (!entry) throw new Error(`no overlay entry ${id}`);
  change(entry);
  return overlay;
}

interface BadEntry {
  rule: LintRule;
  what: string;
  id: string;
  name: string;
  change: (entry: OverlayCountry) => void;
}

// Each row is one kind of bad entry the issue named, made from a real entry.
const BAD: BadEntry[] = [
  {
    rule: 'internal-words',
    what: 'a research-log note',
    id: 'ALB',
    name: 'Albania',
    change: (e) => (e.note = 'Not found in the pages corpus after 3 queries.'),
  },
  {
    rule: 'internal-words',
    what: 'a log marker in a conflict reason',
    id: 'QAT',
    name: 'Qatar',
    change: (e) => (e.conflicts[0]!.why = 'CONFLICT: outvoted by BelTA'),
  },
  {
    rule: 'bare-domain',
    what: 'a domain in a note',
    id: 'QAT',
    name: 'Qatar',
    change: (e) => (e.note = 'Also given by welcomeqatar.com.'),
  },
  {
    rule: 'label',
    what: 'a bare host name as a label',
    id: 'DEU',
    name: 'Germany',
    change: (e) => (e.sources[0]!.label = 'deu.belta.by'),
  },
  {
    rule: 'label',
    what: 'an internal name as a label',
    id: 'AGO',
    name: 'Angola',
    change: (e) => (e.sources[0]!.label = 'seed regional table'),
  },
  {
    rule: 'label',
    what: 'a raw URL as a conflict source',
    id: 'QAT',
    name: 'Qatar',
    change: (e) =>
      (e.conflicts[0]!.source = 'http://www.qatarscoop.com/2016/07/03/qatar-belarus-bonhomie-continues/'),
  },
  {
    rule: 'url',
    what: 'a host ending in a dot',
    id: 'PRY',
    name: 'Paraguay',
    change: (e) => (e.sources[0]!.url = 'http://naviny.by./rubrics/english/2011/04/05/ic_news_259_364952'),
  },
  {
    rule: 'url',
    what: 'a URL cut off mid-word',
    id: 'BEN',
    name: 'Benin',
    change: (e) =>
      (e.sources[0]!.url =
        'https://differenceinfobenin.com/2022/10/03/benin-bielorussie-andre-akambi-okounlola-biaou-'),
  },
  {
    rule: 'url',
    what: 'an unencoded URL',
    id: 'UZB',
    name: 'Uzbekistan',
    change: (e) => (e.sources[0]!.url = 'https://en.wikipedia.org/wiki/Belarus–Uzbekistan_relations'),
  },
  {
    rule: 'duplicate-url',
    what: 'the same URL twice',
    id: 'BHR',
    name: 'Bahrain',
    change: (e) => e.sources.push({ ...e.sources[0]!, says: 'again' }),
  },
  {
    rule: 'duplicate-url',
    what: 'a page listed encoded and not',
    id: 'LBY',
    name: 'Libya',
    change: (e) =>
      e.sources.push({
        ...e.sources[1]!,
        url: 'https://wikihandbk.com/wiki/Русская_Википедия:Белорусско-ливийские_отношения',
      }),
  },
  {
    rule: 'note-contradicts-date',
    what: 'a dated entry whose note says no date was found',
    id: 'MYS',
    name: 'Malaysia',
    change: (e) => (e.note = 'Relations exist, but the establishment date was not found.'),
  },
  {
    rule: 'confidence',
    what: '"high" on the article’s table alone',
    id: 'AGO',
    name: 'Angola',
    change: (e) => (e.confidence = 'high'),
  },
  {
    rule: 'confidence',
    what: '"medium" on a row matched by position only',
    id: 'LAO',
    name: 'Laos',
    change: (e) => (e.confidence = 'medium'),
  },
  {
    rule: 'no-source-for-date',
    what: 'a date no source gives',
    id: 'AUT',
    name: 'Austria',
    change: (e) => (e.date = '1992-02-06'),
  },
  {
    rule: 'unrecorded-conflict',
    what: 'a source giving another date with no conflict',
    id: 'QAT',
    name: 'Qatar',
    change: (e) => (e.conflicts = []),
  },
  {
    rule: 'conflict-equals-date',
    what: 'a conflict with the map’s own date',
    id: 'QAT',
    name: 'Qatar',
    change: (e) => (e.conflicts[0]!.date = '1996-01-16'),
  },
  {
    rule: 'untranslated-quote',
    what: 'a German quote without an English rendering',
    id: 'QAT',
    name: 'Qatar',
    change: (e) => {
      delete e.sources[1]!.saysLang;
      delete e.sources[1]!.saysEn;
    },
  },
  {
    rule: 'untranslated-quote',
    what: 'a Russian quote with its language but no English',
    id: 'VNM',
    name: 'Vietnam',
    change: (e) => delete e.sources[2]!.saysEn,
  },
  {
    rule: 'untranslated-quote',
    what: 'a language that is not a language tag',
    id: 'ARG',
    name: 'Argentina',
    change: (e) => (e.sources[1]!.saysLang = 'German'),
  },
  {
    rule: 'untranslated-quote',
    what: 'a translation of an empty quote',
    id: 'DEU',
    name: 'Germany',
    change: (e) => {
      e.sources[0]!.says = '';
      e.sources[0]!.saysLang = 'de';
      e.sources[0]!.saysEn = 'Something';
    },
  },
  {
    rule: 'untranslated-quote',
    what: 'an Indonesian quote without an English rendering',
    id: 'IDN',
    name: 'Indonesia',
    change: (e) => {
      delete e.sources[0]!.saysLang;
      delete e.sources[0]!.saysEn;
    },
  },
  {
    rule: 'inferred-date-kind',
    what: 'an official anniversary greeting counted as stating the year',
    id: 'BEL',
    name: 'Belgium',
    change: (e) => (e.sources[0]!.kind = 'official'),
  },
  {
    rule: 'inferred-date-kind',
    what: 'a news report of an anniversary day counted as stating the year',
    id: 'QAT',
    name: 'Qatar',
    change: (e) => (e.sources[1]!.kind = 'secondary'),
  },
  {
    rule: 'inferred-date-kind',
    what: 'a Spanish "30 años" count as a secondary source',
    id: 'NIC',
    name: 'Nicaragua',
    change: (e) => (e.sources[0]!.kind = 'secondary'),
  },
  {
    rule: 'internal-words',
    what: 'a research-log word in a translation',
    id: 'QAT',
    name: 'Qatar',
    change: (e) => (e.sources[1]!.saysEn = 'Verify against the stored excerpt'),
  },
];

describe('lintOverlay', () => {
  let realProblems: ReturnType<typeof lintOverlay>;
  beforeAll(() => {
    realProblems = lintOverlay(realOverlay());
  });

  it('passes the real overlay', () => {
    expect(realProblems).toEqual([]);
  });

  it.each(BAD)('fails $what on $id, naming the entry and the rule "$rule"', ({ rule, id, name, change }) => {
    const problems = lintOverlay(overlayWith(id, change));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.objectContaining({ entry: `entry ${id} (${name})`, rule }));
    // Only the changed entry is named.
    expect(new Set(problems.map((p) => p.entry))).toEqual(new Set([`entry ${id} (${name})`]));
  });
});

describe('ruleConfidence', () => {
  let overlay: Overlay;
  beforeAll(() => {
    overlay = realOverlay();
  });
  const entry = (id: string) => overlay.countries.find((c) => c.id === id)!;

  it.each([
    { id: 'NLD', expected: 'high', why: 'an embassy states the date' },
    { id: 'ISR', expected: 'high', why: 'two independent news sources agree' },
    { id: 'AGO', expected: 'medium', why: 'the article’s table alone' },
    {
      id: 'QAT',
      expected: 'low',
      why: 'the year is counted from the 25th anniversary; two other sources give February',
    },
    { id: 'BEL', expected: 'low', why: 'the year is counted from an official anniversary greeting' },
    { id: 'URY', expected: 'medium', why: 'the table alone; BelTA’s anniversary count is set aside' },
    { id: 'LAO', expected: 'low', why: 'the table row is matched by position only' },
    { id: 'LBR', expected: 'low', why: 'the year is inferred' },
    { id: 'PHL', expected: 'low', why: 'the year is worked out from an anniversary count' },
  ])('$id is $expected: $why', ({ id, expected }) => {
    expect(ruleConfidence(entry(id))).toBe(expected);
  });
});

describe('countsAnniversary', () => {
  const source = (says: string, gives: string | null, saysEn?: string) => ({
    url: null,
    label: 'X',
    kind: 'secondary' as const,
    says,
    gives,
    ...(saysEn ? { saysLang: 'de', saysEn } : {}),
  });
  it.each([
    { says: 'the 25th anniversary of diplomatic relations', gives: '1992', counts: true },
    {
      says: 'The Philippines and Belarus maintain 27 years of bilateral relations',
      gives: '1997',
      counts: true,
    },
    { says: 'den 30. Jahrestag', gives: '1994', en: 'the 30th anniversary', counts: true },
    {
      says: 'the 30th anniversary of relations established on 24 January 1992',
      gives: '1992-01-24',
      counts: false,
    },
    { says: 'Relations were established in 1992.', gives: '1992', counts: false },
    { says: 'the 25th anniversary of relations', gives: null, counts: false },
  ])('$says (gives $gives): $counts', ({ says, gives, en, counts }) => {
    expect(countsAnniversary(source(says, gives, en))).toBe(counts);
  });
});

describe('internalWord', () => {
  it.each([
    { text: 'not found in corpus (3 queries)', word: 'corpus' },
    { text: 'CONFLICT: qatarscoop.com says', word: 'CONFLICT' },
    { text: 'day = dissolution (memory)', word: 'memory' },
    { text: 'seed regional table', word: 'seed' },
    { text: 'Verify year', word: 'Verify' },
    { text: 'Sources disagree on the day.', word: null },
    { text: 'The conflict in the region', word: null },
  ])('finds $word in "$text"', ({ text, word }) => {
    expect(internalWord(text)).toBe(word);
  });
});
