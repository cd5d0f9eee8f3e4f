import { currentLang, regionName } from './locale';
import { m } from '../paraglide/messages.js';

/** A source's name as the panel shows it, and the language it is written in. */
export interface ShownLabel {
  /** Words in the language shown before the English part ("Википедия, «"), when there are any. */
  before?: string;
  text: string;
  /** Words in the language shown after it ("», в редакции 2019 г."), when there are any. */
  after?: string;
  /** 'en' where `text` is the research's English label on a page in another language. */
  lang?: 'en';
}

const SECTION = /^Wikipedia: .+, section (.+)$/;
// The research's labels for Wikipedia pages (data/README.md, "The article is a source too"): an
// edition, an English title, the version read or a table, and where the copy read was.
const WIKIPEDIA =
  /^(?:(Russian|German|Belarusian) )?Wikipedia(?:: (.+?))?(?:, as it read in (\d{4})|, table “(.+)”)?(?: \((copy on a mirror site|machine-translated copy on a mirror site|Portuguese machine translation on a mirror site|French machine translation on a mirror site|the article’s address was not recorded)\))?$/;

const EDITIONS: Record<string, () => string> = {
  Russian: m.wiki_edition_ru,
  German: m.wiki_edition_de,
  Belarusian: m.wiki_edition_be,
};
const COPIES: Record<string, () => string> = {
  'copy on a mirror site': m.wiki_mirror,
  'machine-translated copy on a mirror site': m.wiki_mirror_mt,
  'Portuguese machine translation on a mirror site': m.wiki_mirror_mt_pt,
  'French machine translation on a mirror site': m.wiki_mirror_mt_fr,
  'the article’s address was not recorded': m.wiki_no_address,
};

/** A Wikipedia label in the language shown, its English title (and table name) kept and marked. */
function wikipediaLabel(match: RegExpExecArray): ShownLabel {
  const [, edition, title, year, table, copy] = match;
  const name = edition ? EDITIONS[edition]!() : m.attr_wikipedia();
  const tail = [
    year ? `, ${m.wiki_as_of({ year })}` : '',
    table ? `, ${m.wiki_table({ table })}` : '',
    copy ? ` (${COPIES[copy]!()})` : '',
  ].join('');
  if (!title) return { text: `${name}${tail}` };
  return { before: `${name}, «`, text: title, after: `»${tail}`, lang: 'en' };
}

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
  if (wikipedia) return wikipediaLabel(wikipedia);
  return { text: label, lang: 'en' };
}

/** The shown name as plain text, for a list in one sentence or a table cell. */
export function labelText(shown: ShownLabel): string {
  return `${shown.before ?? ''}${shown.text}${shown.after ?? ''}`;
}
