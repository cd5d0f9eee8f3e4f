import { currentLang, regionName } from './locale';
import { m } from '../paraglide/messages.js';

/** A source's name as the panel shows it, and the language it is written in. */
export interface ShownLabel {
  /** Words in the language shown before the English part ("Википедия: "), when there are any. */
  before?: string;
  text: string;
  /** 'en' where `text` is the research's English label on a page in another language. */
  lang?: 'en';
}

const SECTION = /^Wikipedia: .+, section (.+)$/;
const WIKIPEDIA = /^Wikipedia: (.+)$/;

/**
 * The name of a source in the reader's language as far as the map can write it. The article's
 * own regional tables (58 sources and 12 conflicts, 'https://…/Foreign_relations_of_Belarus#Asia')
 * and sections are named from the messages ("Википедия: «Foreign relations of Belarus», таблица
 * «Азия»", "… раздел «Belarus–United Kingdom relations»"); another Wikipedia article gets the
 * word Wikipedia in the language, its English title marked English; every other label is the
 * research's English, marked (on a Belarusian or Russian page) so that a screen reader reads it
 * as English.
 */
export function shownLabel(
  label: string,
  url: string | null,
  article: { url: string; title: string },
): ShownLabel {
  const anchor =
    url && article.url && url.startsWith(`${article.url}#`) ? url.slice(article.url.length + 1) : '';
  if (anchor && regionName(anchor) !== anchor)
    return { text: m.panel_source_table({ title: article.title, region: regionName(anchor) }) };
  const section = anchor ? SECTION.exec(label) : null;
  if (section) return { text: m.panel_source_section({ title: article.title, section: section[1]! }) };
  if (currentLang() === 'en') return { text: label };
  const wikipedia = WIKIPEDIA.exec(label);
  if (wikipedia) return { before: `${m.panel_wikipedia()} `, text: wikipedia[1]!, lang: 'en' };
  return { text: label, lang: 'en' };
}

/** The shown name as plain text, for a list in one sentence or a table cell. */
export function labelText(shown: ShownLabel): string {
  return `${shown.before ?? ''}${shown.text}`;
}
