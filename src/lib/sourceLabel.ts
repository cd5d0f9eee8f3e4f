import { currentLang, regionName } from './locale';
import { m } from '../paraglide/messages.js';

/** A source's name as the panel shows it, and the language it is written in. */
export interface ShownLabel {
  text: string;
  /** 'en' where the text is the research's English label on a page in another language. */
  lang?: 'en';
}

/**
 * The name of a source in the reader's language where the map can write it: the article's own
 * regional tables (58 sources and 12 conflicts, 'https://…/Foreign_relations_of_Belarus#Asia') are named
 * from the messages ("Википедия: «Foreign relations of Belarus», таблица «Азия»"); every other
 * label is the research's English, marked (on a Belarusian or Russian page) so that a screen
 * reader reads it as English.
 */
export function shownLabel(
  label: string,
  url: string | null,
  article: { url: string; title: string },
): ShownLabel {
  const region =
    url && article.url && url.startsWith(`${article.url}#`) ? url.slice(article.url.length + 1) : '';
  if (region && regionName(region) !== region)
    return { text: m.panel_source_table({ title: article.title, region: regionName(region) }) };
  return currentLang() === 'en' ? { text: label } : { text: label, lang: 'en' };
}
