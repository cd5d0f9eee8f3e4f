// Words from the research log that must never reach a reader: the one list the data lint and the
// browser tests both read. A word matches whole, with or without a plural "s"; a word written in
// capitals here (the log's markers) matches only in capitals, every other word in any case.
export const INTERNAL_WORDS = [
  'corpus',
  'query',
  'queries',
  'stored',
  'excerpt',
  'helper',
  'seed',
  'round',
  'CONFLICT',
  'TODO',
  'memory',
  'verify',
  'unverified',
  'repo',
  'chinapedia',
  'search hit',
] as const;

const MARKERS = INTERNAL_WORDS.filter((w) => w === w.toUpperCase());
const WORDS = INTERNAL_WORDS.filter((w) => w !== w.toUpperCase());
const MARKER_PATTERN = new RegExp(`\\b(${MARKERS.join('|')})\\b`);
const WORD_PATTERN = new RegExp(`\\b(${WORDS.join('|')})s?\\b`, 'i');

/** The first internal word in a text, or null when it reads as written for readers. */
export function internalWord(text: string): string | null {
  return MARKER_PATTERN.exec(text)?.[0] ?? WORD_PATTERN.exec(text)?.[0] ?? null;
}
