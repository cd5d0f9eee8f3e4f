// The interface languages and what depends on the language apart from the message files
// (messages/{en,be,ru}.json, compiled by Paraglide into src/paraglide/): the choice of language,
// names in it, sorting, and lists. The current language is Paraglide's getLocale(), which App
// points at its own state (overwriteGetLocale), so every message read in a template follows it.
import { m } from '../paraglide/messages.js';
import { getLocale, locales } from '../paraglide/runtime.js';

export type Lang = (typeof locales)[number];
/** Keep in sync with project.inlang/settings.json ("locales"), which Paraglide compiles from. */
export const LANGS: readonly Lang[] = locales;
export const DEFAULT_LANG: Lang = 'en';

/** Each language named in itself, as the switch offers it (the same words in every language). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', be: 'Беларуская', ru: 'Русский' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language being shown. */
export function currentLang(): Lang {
  return getLocale();
}

/**
 * The first of the browser's languages ("be-BY", "ru", "en-GB") the map speaks, by its primary
 * subtag; English when none is.
 */
export function pickLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

/** Anything named in the three languages: a state, an organisation, the subject. */
export interface Named {
  name: string;
  nameBe: string;
  nameRu: string;
}

/** A name in a language, falling back to the English name where the data has none. */
export function localName(named: Named, lang: Lang = currentLang()): string {
  const name = lang === 'be' ? named.nameBe : lang === 'ru' ? named.nameRu : named.name;
  return name || named.name;
}

/**
 * The name in the languages not shown, each marked with its language, for the panel's subtitle:
 * a name spelled as the title is, or as one already listed, is left out ("Багамы" is the
 * Belarusian and the Russian name, and would otherwise read "Багамы · Багамы").
 */
export function namesElsewhere(named: Named, shown: Lang): { lang: Lang; name: string }[] {
  const seen = new Set([localName(named, shown)]);
  const names: { lang: Lang; name: string }[] = [];
  for (const lang of ['en', 'be', 'ru'] as const) {
    const name = localName(named, lang);
    if (lang === shown || seen.has(name)) continue;
    seen.add(name);
    names.push({ lang, name });
  }
  return names;
}

// Belarusian order (official alphabet); Chromium's Intl.Collator has no Belarusian and would sort
// by the root order, which puts "ё" with "е" and "ў" with "у" (see /work TOOLCHAIN notes: be is
// missing from Chromium's ICU data, present in Node's).
const BELARUSIAN = 'абвгдеёжзійклмнопрстуўфхцчшыьэюя';

/** Compares two strings letter by letter in the Belarusian alphabet; other characters after, by code point. */
export function compareBelarusian(a: string, b: string): number {
  const key = (ch: string) => {
    const i = BELARUSIAN.indexOf(ch);
    return i >= 0 ? i : 100 + (ch.codePointAt(0) ?? 0);
  };
  const x = [...a.toLowerCase().replace(/[’'ʼ]/g, '')];
  const y = [...b.toLowerCase().replace(/[’'ʼ]/g, '')];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = key(x[i]!) - key(y[i]!);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

const collatorKnows = (lang: string) => Intl.Collator.supportedLocalesOf(lang).length > 0;
const comparers = new Map<Lang, (a: string, b: string) => number>();

/**
 * How names are sorted in a language: Intl.Collator where the browser knows the language, the
 * Belarusian alphabet above where it does not. `supported` is injected so tests take both paths.
 */
export function compareNames(
  lang: Lang = currentLang(),
  supported: (lang: string) => boolean = collatorKnows,
): (a: string, b: string) => number {
  // One collator per language: making one is slow (the map's start made dozens, 50 ms at a phone's speed).
  const cached = supported === collatorKnows ? comparers.get(lang) : undefined;
  if (cached) return cached;
  const compare = lang === 'be' && !supported('be') ? compareBelarusian : new Intl.Collator(lang).compare;
  if (supported === collatorKnows) comparers.set(lang, compare);
  return compare;
}

/** "A", "A and B", "A, B and C" in the language shown. */
export function listAnd(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return m.list_and({ items: items.slice(0, -1).join(', '), last: items.at(-1) ?? '' });
}

const REGIONS: Record<string, () => string> = {
  Africa: m.region_africa,
  Americas: m.region_americas,
  Asia: m.region_asia,
  Europe: m.region_europe,
  Oceania: m.region_oceania,
  // The article's table of organisations (the EU, NATO): a seed row's region, not a country's.
  Multilateral: m.region_multilateral,
};

/** A region's name in the language shown; a name the map does not know is shown as it is. */
export function regionName(region: string): string {
  return REGIONS[region]?.() ?? region;
}
