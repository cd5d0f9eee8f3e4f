import { internalWord } from './internalWords';
import { LANGUAGE_TAG, looksNonEnglish } from './quoteLanguage';
import type { Overlay, OverlayCountry, OverlaySource } from './overlayTypes';
import { publisherOf, vouchingSources } from '../lib/publisher';

/** The rules of data/README.md ("Editorial rules") that a machine can check. */
export type LintRule =
  | 'internal-words'
  | 'bare-domain'
  | 'label'
  | 'url'
  | 'duplicate-url'
  | 'note-contradicts-date'
  | 'confidence'
  | 'no-source-for-date'
  | 'unrecorded-conflict'
  | 'conflict-equals-date'
  | 'untranslated-quote'
  | 'inferred-date-kind'
  | 'silent-source';

export interface LintProblem {
  /** "entry QAT (Qatar)" */
  entry: string;
  rule: LintRule;
  message: string;
}

// A Wikipedia article as it reads today (not a revision, not an archived copy).
const LIVE_WIKIPEDIA = /^https:\/\/[a-z-]+\.wikipedia\.org\/wiki\//;
// A whole label that is only a host name ("deu.belta.by", "naviny.by.") or a web address.
const BARE_HOST = /^[\w-]+(\.[\w-]+)+\.?$/;
const WEB_ADDRESS = /https?:\/\/|\bwww\./i;
// A domain inside running text ("see qatarscoop.com"): a dotted name ending in a common suffix.
const DOMAIN_IN_TEXT =
  /\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|info|by|ru|ua|kz|gov|io|tv|eu|wiki|live|online|pk|vn)\b/i;
// Research-log names for sources that readers cannot look up.
const INTERNAL_LABEL = /\b(seed|repo:|chinapedia|search hit|corpus)\b/i;
// A note on a dated entry must not say that the establishment date was not found.
const DATE_NOT_FOUND =
  /\b(establishment date|date of establishment|date they were established|the date)\b[^.]*\bnot\b[^.]*\bfound\b|\bno date\b/i;

// A quote that counts years ("the 25th anniversary", "27 years of relations") rather than naming
// the year relations began: a date taken from it is worked out, not stated.
const ANNIVERSARY_COUNT = /anniversary|\b\d+\s+years\b|Jahrestag|годовщин|aniversario|anniversaire/i;

/**
 * Whether a source dates relations by an anniversary count: its quote counts years and does not
 * contain the year it is said to give. Such a source must be `indirect` (data/README.md, kinds).
 */
export function countsAnniversary(s: OverlaySource): boolean {
  if (!s.gives) return false;
  const words = `${s.says} ${s.saysEn ?? ''}`;
  return ANNIVERSARY_COUNT.test(words) && !words.includes(s.gives.slice(0, 4));
}

/**
 * The confidence the written rule gives a dated entry: high for an official statement or two
 * independent sources that give the map's date; medium for one secondary source or the article
 * alone; low for indirect sources only, or the article's row matched by position only. A
 * publisher that also gives another date (a conflict) counts for neither.
 */
export function ruleConfidence(entry: OverlayCountry): 'high' | 'medium' | 'low' {
  const direct = vouchingSources(
    entry.sources.filter((s) => s.gives === entry.date),
    entry.conflicts ?? [],
  );
  if (direct.some((s) => s.kind === 'official')) return 'high';
  if (entry.seedRow?.positionOnly && direct.every((s) => s.kind === 'article')) return 'low';
  const publishers = new Set(direct.map((s) => publisherOf(s.label)));
  if (publishers.size >= 2) return 'high';
  return publishers.size === 1 ? 'medium' : 'low';
}

// Whether two partial dates can both be true: equal, or one a less precise form of the other.
function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function urlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'does not parse';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'is not http(s)';
  if (parsed.hostname.endsWith('.') || !parsed.hostname.includes('.')) return 'has a malformed host';
  if (parsed.href !== url) return `is not in its normal, encoded form (${parsed.href})`;
  if (/-$/.test(parsed.pathname)) return 'looks cut off (its path ends in "-")';
  return null;
}

// The same page twice, however written: normalised form, without a trailing slash. Two section
// anchors of one article are different sources, so the fragment stays.
function pageKey(url: string): string {
  try {
    return new URL(url).href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

// Whether one address is the other cut off inside a path segment ("...-adno" for "...-adnosny_i_38896").
function cutOff(short: string, long: string): boolean {
  return long.startsWith(short) && !/[#?/]/.test(long.charAt(short.length));
}

/** Every editorial rule an overlay entry breaks. Pure: the data build fails on any of them. */
export function lintOverlay(overlay: Overlay): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const e of overlay.countries) {
    const entry = `entry ${e.id} (${e.name})`;
    const report = (rule: LintRule, message: string) => problems.push({ entry, rule, message });

    const readerText: [string, string][] = [
      ['note', e.note],
      ...e.sources.flatMap((s, i): [string, string][] => [
        [`source ${i + 1} label`, s.label],
        [`source ${i + 1} quote`, s.says],
        [`source ${i + 1} translation`, s.saysEn ?? ''],
      ]),
      ...e.conflicts.flatMap((c, i): [string, string][] => [
        [`conflict ${i + 1} source`, c.source],
        [`conflict ${i + 1} reason`, c.why],
      ]),
      ['seed row identification', e.seedRow?.identifiedBy ?? ''],
    ];
    for (const [where, text] of readerText) {
      const word = internalWord(text);
      if (word) report('internal-words', `${where} uses the internal word "${word}"`);
    }
    for (const [where, text] of [
      ['note', e.note],
      ...e.conflicts.map((c, i) => [`conflict ${i + 1} reason`, c.why]),
    ]) {
      if (text && (WEB_ADDRESS.test(text) || DOMAIN_IN_TEXT.test(text)))
        report('bare-domain', `${where} names a web address; name the publisher instead`);
    }

    const labels = [
      ...e.sources.map((s, i) => [`source ${i + 1} label`, s.label, s.url] as const),
      ...e.conflicts.map((c, i) => [`conflict ${i + 1} source`, c.source, c.url] as const),
    ];
    for (const [where, label, url] of labels) {
      if (BARE_HOST.test(label) || WEB_ADDRESS.test(label))
        report('label', `${where} "${label}" is a host name or address, not a publisher`);
      else if (INTERNAL_LABEL.test(label)) report('label', `${where} "${label}" is an internal name`);
      // "As it read in 2019" promises that version: today's page may no longer say it.
      else if (/\bas it read in \d{4}$/.test(label) && url && LIVE_WIKIPEDIA.test(url))
        report('label', `${where} "${label}" names an old version but links to today's page`);
    }

    e.sources.forEach((s, i) => {
      const where = `source ${i + 1} quote`;
      if (s.saysLang !== undefined && !LANGUAGE_TAG.test(s.saysLang))
        report(
          'untranslated-quote',
          `${where} has language "${s.saysLang}", not a language tag such as "de"`,
        );
      else if (s.says && looksNonEnglish(s.says) && !(s.saysLang && s.saysEn))
        report(
          'untranslated-quote',
          `${where} is not in English: give its language (saysLang) and an English rendering (saysEn)`,
        );
      else if (!s.says && (s.saysLang || s.saysEn))
        report('untranslated-quote', `${where} is empty but has a language or a translation`);
      else if (Boolean(s.saysLang) !== Boolean(s.saysEn))
        report(
          'untranslated-quote',
          `${where} needs both its language (saysLang) and its English rendering (saysEn)`,
        );
    });

    // The panel lists a source by its name, then its quote or the date it gives: with neither, the
    // reader sees a bare name and cannot tell what it shows.
    e.sources.forEach((s, i) => {
      if (!s.says && !s.gives)
        report(
          'silent-source',
          `source ${i + 1} "${s.label}" neither quotes its words nor gives a date: quote what it shows`,
        );
    });

    e.sources.forEach((s, i) => {
      if (s.kind !== 'indirect' && countsAnniversary(s))
        report(
          'inferred-date-kind',
          `source ${i + 1} "${s.label}" works out ${s.gives} from an anniversary count, so its kind is "indirect", not "${s.kind}"`,
        );
    });

    const urls = [
      ...e.sources.map((s, i) => [`source ${i + 1}`, s.url] as const),
      ...e.conflicts.map((c, i) => [`conflict ${i + 1}`, c.url] as const),
    ];
    for (const [where, url] of urls) {
      const problem = url === null || url === undefined ? null : urlProblem(url);
      if (problem) report('url', `${where} URL ${JSON.stringify(url)} ${problem}`);
    }
    const seen = new Map<string, number>();
    e.sources.forEach((s: OverlaySource, i) => {
      if (!s.url) return;
      const key = pageKey(s.url);
      for (const [other, j] of seen) {
        if (cutOff(other, key) || cutOff(key, other))
          report(
            'duplicate-url',
            `sources ${j + 1} and ${i + 1} are the same page (or one is a cut-off copy)`,
          );
      }
      seen.set(key, i);
    });

    if (e.status === 'dated' && DATE_NOT_FOUND.test(e.note))
      report('note-contradicts-date', `the entry is dated ${e.date} but its note says no date was found`);

    if (e.status === 'dated' && e.date) {
      const date = e.date;
      if (!e.sources.some((s) => s.gives === date))
        report('no-source-for-date', `no source gives the map's date ${date}`);
      const expected = ruleConfidence(e);
      if (e.confidence !== expected)
        report('confidence', `confidence is "${e.confidence}" but the rule gives "${expected}"`);
      for (const s of e.sources) {
        if (s.gives && !compatible(s.gives, date) && !e.conflicts.some((c) => c.date === s.gives))
          report('unrecorded-conflict', `"${s.label}" gives ${s.gives}, which is not recorded as a conflict`);
      }
      e.conflicts.forEach((c, i) => {
        if (c.date === date)
          report('conflict-equals-date', `conflict ${i + 1} gives the map's own date ${date}`);
      });
    } else if (e.status !== 'none' && e.confidence !== null) {
      report('confidence', `the entry is "${e.status}", with no date, so it takes no confidence`);
    }
  }
  return problems;
}
