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
  /** Every message the build prints for the entry, in order: what an editor reads to fix it. */
  says: string[];
  change: (entry: OverlayCountry) => void;
}

// Each row is one kind of bad entry the issue named, made from a real entry.
const BAD: BadEntry[] = [
  {
    rule: 'internal-words',
    what: 'a research-log note',
    id: 'ALB',
    name: 'Albania',
    says: ['note uses the internal word "corpus"'],
    change: (e) => (e.note = 'Not found in the pages corpus after 3 queries.'),
  },
  {
    rule: 'internal-words',
    what: 'a log marker in a conflict reason',
    id: 'QAT',
    name: 'Qatar',
    says: ['conflict 1 reason uses the internal word "CONFLICT"'],
    change: (e) => (e.conflicts[0]!.why = 'CONFLICT: outvoted by BelTA'),
  },
  {
    rule: 'bare-domain',
    what: 'a domain in a note',
    id: 'QAT',
    name: 'Qatar',
    says: ['note names a web address; name the publisher instead'],
    change: (e) => (e.note = 'Also given by welcomeqatar.com.'),
  },
  {
    rule: 'label',
    what: 'a bare host name as a label',
    id: 'DEU',
    name: 'Germany',
    says: ['source 1 label "deu.belta.by" is a host name or address, not a publisher'],
    change: (e) => (e.sources[0]!.label = 'deu.belta.by'),
  },
  {
    rule: 'label',
    what: 'an internal name as a label',
    id: 'AGO',
    name: 'Angola',
    says: [
      'source 1 label uses the internal word "seed"',
      'source 1 label "seed regional table" is an internal name',
    ],
    change: (e) => (e.sources[0]!.label = 'seed regional table'),
  },
  {
    rule: 'label',
    what: 'a raw URL as a conflict source',
    id: 'QAT',
    name: 'Qatar',
    says: [
      'conflict 1 source "http://www.qatarscoop.com/2016/07/03/qatar-belarus-bonhomie-continues/" is a host name or address, not a publisher',
    ],
    change: (e) =>
      (e.conflicts[0]!.source = 'http://www.qatarscoop.com/2016/07/03/qatar-belarus-bonhomie-continues/'),
  },
  {
    rule: 'label',
    what: 'a 2019 version linked to today’s page',
    id: 'MYS',
    name: 'Malaysia',
    says: [
      'source 2 label "Wikipedia: Foreign relations of Malaysia, as it read in 2019" names an old version but links to today\'s page',
    ],
    change: (e) => (e.sources[1]!.url = 'https://en.wikipedia.org/wiki/Foreign_relations_of_Malaysia'),
  },
  {
    rule: 'url',
    what: 'a host ending in a dot',
    id: 'PRY',
    name: 'Paraguay',
    says: [
      'source 1 URL "http://naviny.by./rubrics/english/2011/04/05/ic_news_259_364952" has a malformed host',
    ],
    change: (e) => (e.sources[0]!.url = 'http://naviny.by./rubrics/english/2011/04/05/ic_news_259_364952'),
  },
  {
    rule: 'url',
    what: 'a URL cut off mid-word',
    id: 'BEN',
    name: 'Benin',
    says: [
      'source 1 URL "https://differenceinfobenin.com/2022/10/03/benin-bielorussie-andre-akambi-okounlola-biaou-" looks cut off (its path ends in "-")',
    ],
    change: (e) =>
      (e.sources[0]!.url =
        'https://differenceinfobenin.com/2022/10/03/benin-bielorussie-andre-akambi-okounlola-biaou-'),
  },
  {
    rule: 'url',
    what: 'an unencoded URL',
    id: 'UZB',
    name: 'Uzbekistan',
    says: [
      'source 1 URL "https://en.wikipedia.org/wiki/Belarus–Uzbekistan_relations" is not in its normal, encoded form (https://en.wikipedia.org/wiki/Belarus%E2%80%93Uzbekistan_relations)',
    ],
    change: (e) => (e.sources[0]!.url = 'https://en.wikipedia.org/wiki/Belarus–Uzbekistan_relations'),
  },
  {
    rule: 'duplicate-url',
    what: 'the same URL twice',
    id: 'BHR',
    name: 'Bahrain',
    says: ['sources 1 and 2 are the same page (or one is a cut-off copy)'],
    change: (e) => e.sources.push({ ...e.sources[0]!, says: 'again' }),
  },
  {
    rule: 'duplicate-url',
    what: 'a page listed encoded and not',
    id: 'LBY',
    name: 'Libya',
    says: [
      'source 3 URL "https://wikihandbk.com/wiki/Русская_Википедия:Белорусско-ливийские_отношения" is not in its normal, encoded form (https://wikihandbk.com/wiki/%D0%A0%D1%83%D1%81%D1%81%D0%BA%D0%B0%D1%8F_%D0%92%D0%B8%D0%BA%D0%B8%D0%BF%D0%B5%D0%B4%D0%B8%D1%8F:%D0%91%D0%B5%D0%BB%D0%BE%D1%80%D1%83%D1%81%D1%81%D0%BA%D0%BE-%D0%BB%D0%B8%D0%B2%D0%B8%D0%B9%D1%81%D0%BA%D0%B8%D0%B5_%D0%BE%D1%82%D0%BD%D0%BE%D1%88%D0%B5%D0%BD%D0%B8%D1%8F)',
      'sources 2 and 3 are the same page (or one is a cut-off copy)',
    ],
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
    says: ['the entry is dated 1992-03-05 but its note says no date was found'],
    change: (e) => (e.note = 'Relations exist, but the establishment date was not found.'),
  },
  {
    rule: 'confidence',
    what: '"high" on the article’s table alone',
    id: 'AGO',
    name: 'Angola',
    says: ['confidence is "high" but the rule gives "medium"'],
    change: (e) => (e.confidence = 'high'),
  },
  {
    rule: 'confidence',
    what: '"medium" on a row matched by position only',
    id: 'LAO',
    name: 'Laos',
    says: ['confidence is "medium" but the rule gives "low"'],
    change: (e) => (e.confidence = 'medium'),
  },
  {
    rule: 'no-source-for-date',
    what: 'a date no source gives',
    id: 'AUT',
    name: 'Austria',
    says: [
      "no source gives the map's date 1992-02-06",
      'confidence is "high" but the rule gives "low"',
      '"Embassy of Belarus in Austria" gives 1992-02-05, which is not recorded as a conflict',
      '"ÖWG, Austrian–Belarusian society" gives 1992-02-05, which is not recorded as a conflict',
    ],
    change: (e) => (e.date = '1992-02-06'),
  },
  {
    rule: 'unrecorded-conflict',
    what: 'a source giving another date with no conflict',
    id: 'QAT',
    name: 'Qatar',
    says: [
      '"Qatar Scoop" gives 1996-02-16, which is not recorded as a conflict',
      '"Wikipedia: Foreign relations of Qatar, as it read in 2019" gives 1996-02-16, which is not recorded as a conflict',
    ],
    change: (e) => (e.conflicts = []),
  },
  {
    rule: 'conflict-equals-date',
    what: 'a conflict with the map’s own date',
    id: 'QAT',
    name: 'Qatar',
    says: ["conflict 1 gives the map's own date 1996-01-16"],
    change: (e) => (e.conflicts[0]!.date = '1996-01-16'),
  },
  {
    rule: 'untranslated-quote',
    what: 'a German quote without an English rendering',
    id: 'QAT',
    name: 'Qatar',
    says: [
      'source 2 quote is not in English: give its language (saysLang) and an English rendering (saysEn)',
    ],
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
    says: [
      'source 3 quote is not in English: give its language (saysLang) and an English rendering (saysEn)',
    ],
    change: (e) => delete e.sources[2]!.saysEn,
  },
  {
    rule: 'untranslated-quote',
    what: 'a language that is not a language tag',
    id: 'ARG',
    name: 'Argentina',
    says: ['source 2 quote has language "German", not a language tag such as "de"'],
    change: (e) => (e.sources[1]!.saysLang = 'German'),
  },
  {
    rule: 'untranslated-quote',
    what: 'a translation of an empty quote',
    id: 'DEU',
    name: 'Germany',
    says: ['source 1 quote is empty but has a language or a translation'],
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
    says: [
      'source 1 quote is not in English: give its language (saysLang) and an English rendering (saysEn)',
    ],
    change: (e) => {
      delete e.sources[0]!.saysLang;
      delete e.sources[0]!.saysEn;
    },
  },
  {
    rule: 'silent-source',
    what: 'a source with neither a quote nor a date',
    id: 'CHL',
    name: 'Chile',
    says: [
      'source 1 "Official website of the Republic of Belarus" neither quotes its words nor gives a date: quote what it shows',
    ],
    change: (e) => (e.sources[0]!.says = ''),
  },
  {
    rule: 'inferred-date-kind',
    what: 'an official anniversary greeting counted as stating the year',
    id: 'BEL',
    name: 'Belgium',
    says: [
      'source 1 "President of the Republic of Belarus" works out 1992 from an anniversary count, so its kind is "indirect", not "official"',
      'confidence is "low" but the rule gives "high"',
    ],
    change: (e) => (e.sources[0]!.kind = 'official'),
  },
  {
    rule: 'inferred-date-kind',
    what: 'a news report of an anniversary day counted as stating the year',
    id: 'QAT',
    name: 'Qatar',
    says: [
      'source 2 "BelTA (German service)" works out 1996-01-16 from an anniversary count, so its kind is "indirect", not "secondary"',
      'confidence is "medium" but the rule gives "high"',
    ],
    change: (e) => (e.sources[1]!.kind = 'secondary'),
  },
  {
    rule: 'inferred-date-kind',
    what: 'a Spanish "30 años" count as a secondary source',
    id: 'NIC',
    name: 'Nicaragua',
    says: [
      'source 1 "TN8, Nicaraguan television" works out 1994-05-27 from an anniversary count, so its kind is "indirect", not "secondary"',
      'confidence is "low" but the rule gives "medium"',
    ],
    change: (e) => (e.sources[0]!.kind = 'secondary'),
  },
  {
    rule: 'internal-words',
    what: 'a research-log word in a translation',
    id: 'QAT',
    name: 'Qatar',
    says: ['source 2 translation uses the internal word "Verify"'],
    change: (e) => (e.sources[1]!.saysEn = 'Verify against the stored excerpt'),
  },
  {
    rule: 'url',
    what: 'an address without its scheme',
    id: 'DEU',
    name: 'Germany',
    says: ['source 1 URL "deu.belta.by/politics" does not parse'],
    change: (e) => (e.sources[0]!.url = 'deu.belta.by/politics'),
  },
  {
    rule: 'url',
    what: 'an address that is not http(s)',
    id: 'DEU',
    name: 'Germany',
    says: ['source 1 URL "ftp://deu.belta.by/politics" is not http(s)'],
    change: (e) => (e.sources[0]!.url = 'ftp://deu.belta.by/politics'),
  },
  {
    rule: 'url',
    what: 'a host with no dot',
    id: 'DEU',
    name: 'Germany',
    says: ['source 1 URL "https://belta/politics" has a malformed host'],
    change: (e) => (e.sources[0]!.url = 'https://belta/politics'),
  },
  {
    rule: 'url',
    what: 'a conflict source address without its scheme',
    id: 'DEU',
    name: 'Germany',
    says: ['conflict 1 URL "en.wikipedia.org/wiki/Foreign_relations_of_Belarus" does not parse'],
    change: (e) => (e.conflicts[0]!.url = 'en.wikipedia.org/wiki/Foreign_relations_of_Belarus'),
  },
  {
    rule: 'duplicate-url',
    what: 'a second source whose address is the first one cut off',
    id: 'BHR',
    name: 'Bahrain',
    says: ['sources 1 and 2 are the same page (or one is a cut-off copy)'],
    change: (e) => e.sources.push({ ...e.sources[0]!, url: e.sources[0]!.url!.slice(0, -3), says: 'again' }),
  },
  {
    rule: 'bare-domain',
    what: 'a web address in a conflict reason',
    id: 'QAT',
    name: 'Qatar',
    says: ['conflict 1 reason names a web address; name the publisher instead'],
    change: (e) => (e.conflicts[0]!.why = 'As printed at www.qatarscoop.com in 2016.'),
  },
  {
    rule: 'label',
    what: 'a full address as a label',
    id: 'DEU',
    name: 'Germany',
    says: ['source 1 label "https://deu.belta.by" is a host name or address, not a publisher'],
    change: (e) => (e.sources[0]!.label = 'https://deu.belta.by'),
  },
  {
    rule: 'confidence',
    what: 'a confidence on an entry with no date',
    id: 'AFG',
    name: 'Afghanistan',
    says: ['the entry is "undated", with no date, so it takes no confidence'],
    change: (e) => (e.confidence = 'low'),
  },
  {
    rule: 'internal-words',
    what: 'a research-log word in a quote',
    id: 'DEU',
    name: 'Germany',
    says: ['source 1 quote uses the internal word "Verify"'],
    change: (e) => (e.sources[0]!.says = 'Verify this against the page.'),
  },
  {
    rule: 'internal-words',
    what: 'a research-log word in a conflict source',
    id: 'DEU',
    name: 'Germany',
    says: ['conflict 1 source uses the internal word "TODO"'],
    change: (e) => (e.conflicts[0]!.source = 'TODO: find the publisher'),
  },
  {
    rule: 'internal-words',
    what: 'a research-log word in how the seed row was matched',
    id: 'DEU',
    name: 'Germany',
    says: ['seed row identification uses the internal word "corpus"'],
    change: (e) => (e.seedRow!.identifiedBy = 'Matched in the corpus.'),
  },
  {
    rule: 'untranslated-quote',
    what: 'an empty quote with only a language',
    id: 'DEU',
    name: 'Germany',
    says: ['source 1 quote is empty but has a language or a translation'],
    change: (e) => (e.sources[0]!.saysLang = 'de'),
  },
  {
    rule: 'untranslated-quote',
    what: 'an English rendering without the language it renders',
    id: 'DEU',
    name: 'Germany',
    says: ['source 1 quote needs both its language (saysLang) and its English rendering (saysEn)'],
    change: (e) => {
      e.sources[0]!.says = 'Relations were established on 13 March 1992.';
      e.sources[0]!.saysEn = 'Relations were established on 13 March 1992.';
    },
  },
  {
    rule: 'duplicate-url',
    what: 'the same page with and without a trailing slash',
    id: 'DEU',
    name: 'Germany',
    says: ['sources 1 and 2 are the same page (or one is a cut-off copy)'],
    change: (e) => e.sources.push({ ...e.sources[0]!, url: `${e.sources[0]!.url}/`, says: 'again' }),
  },
  {
    rule: 'url',
    what: 'two sources with the same address that does not parse',
    id: 'DEU',
    name: 'Germany',
    says: [
      'source 1 URL "belta.by/x" does not parse',
      'source 2 URL "belta.by/x" does not parse',
      'sources 1 and 2 are the same page (or one is a cut-off copy)',
    ],
    change: (e) => {
      e.sources[0]!.url = 'belta.by/x';
      e.sources.push({ ...e.sources[0]!, says: 'again' });
    },
  },
];

describe('lintOverlay', () => {
  it('passes the real overlay', () => {
    expect(lintOverlay(realOverlay())).toEqual([]);
  });

  it("takes a source more precise than the map's date as agreeing with it, not as a conflict", () => {
    const overlay = overlayWith('MEX', (e) =>
      e.sources.push({
        url: 'https://example.org/mexico',
        label: 'Embassy of Mexico',
        kind: 'official',
        says: 'Relations were established on 20 January 1992.',
        gives: '1992-01-20',
      }),
    );
    expect(lintOverlay(overlay)).toEqual([]);
  });

  it('asks nothing of sources and conflicts that have no address', () => {
    const overlay = overlayWith('DEU', (e) => {
      e.conflicts[0]!.url = null;
      e.sources.push({ ...e.sources[0]!, url: null, label: 'Embassy of Germany', says: 'A letter.' });
      e.sources.push({ ...e.sources[0]!, url: null, label: 'Embassy of Germany, again', says: 'Another.' });
    });
    expect(lintOverlay(overlay).filter((p) => p.rule === 'url' || p.rule === 'duplicate-url')).toEqual([]);
  });

  it.each(BAD)(
    'fails $what on $id, naming the entry and the rule "$rule"',
    ({ rule, id, name, says, change }) => {
      const problems = lintOverlay(overlayWith(id, change));
      expect(problems.length).toBeGreaterThan(0);
      expect(problems).toContainEqual(expect.objectContaining({ entry: `entry ${id} (${name})`, rule }));
      expect(problems.map((p) => p.message)).toEqual(says);
      // Only the changed entry is named.
      expect(new Set(problems.map((p) => p.entry))).toEqual(new Set([`entry ${id} (${name})`]));
    },
  );
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
      expected: 'medium',
      why: 'one news site states the day; BelTA’s 25th anniversary is indirect; two others give February',
    },
    { id: 'BEL', expected: 'low', why: 'the year is counted from an official anniversary greeting' },
    { id: 'URY', expected: 'medium', why: 'the table alone; BelTA’s anniversary count is set aside' },
    { id: 'LAO', expected: 'low', why: 'the table row is matched by position only' },
    { id: 'LBR', expected: 'low', why: 'the year is inferred' },
    { id: 'PHL', expected: 'low', why: 'the year is worked out from an anniversary count' },
    {
      id: 'LBY',
      expected: 'medium',
      why: 'the English article’s table and a copy of the Russian Wikipedia are one publisher',
    },
    {
      id: 'TUR',
      expected: 'low',
      why: 'the Turkish foreign ministry and Wikipedia each give another date too (25 March, 25 June)',
    },
    { id: 'GBR', expected: 'low', why: 'Wikipedia gives 1991 in the table and 27 January 1992 in prose' },
    {
      id: 'CHN',
      expected: 'high',
      why: 'the agreement’s text; the table’s 1992 is less precise, not another date',
    },
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
