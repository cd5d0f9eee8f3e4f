// Whether a source's quote is in a language other than English, so that the overlay must give it
// a language tag (for screen readers) and an English rendering (for readers). A heuristic, tuned
// on the overlay's quotes: a non-Latin script decides at once; otherwise two different function
// words of German, French, Spanish, Portuguese, Italian, Icelandic or Indonesian must occur, so a proper name
// such as "Côte d'Ivoire" or "Costa de Marfil" in an English sentence is not enough.

const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

// Common short words of each language that English text does not use, one string per language.
const FUNCTION_WORDS = new Set(
  [
    'und der die das den dem mit von zu ist sind wurden im seit', // German
    'le la les des du et une est aux avec leurs ont ses à', // French
    'el los las del y se', // Spanish
    'os em ao com são entre dos uma', // Portuguese
    'il gli della di ha negli', // Italian
    'og sem en í', // Icelandic
    'dengan sudah sejak yang telah dan', // Indonesian
  ].flatMap((words) => words.split(' ')),
);

/** True when a quote reads as not English (see the heuristic above). */
export function looksNonEnglish(text: string): boolean {
  if (NON_LATIN.test(text)) return true;
  const words = new Set(text.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  let hits = 0;
  for (const word of words) if (FUNCTION_WORDS.has(word)) hits++;
  return hits >= 2;
}

/** A BCP 47 primary language subtag, as the overlay writes a quote's language ("de", "ru", "be"). */
export const LANGUAGE_TAG = /^[a-z]{2,3}$/;
