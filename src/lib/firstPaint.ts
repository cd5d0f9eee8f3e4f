/**
 * The logic of the map drawn before MapLibre (index.html's SVG, see scripts/firstPaintPlugin.ts):
 * each shape's class for a year, and the view box that puts the world where MapLibre will.
 *
 * The build inlines these functions into index.html as a script that runs before the first
 * paint (`Function.prototype.toString`), so each must stay self-contained: no imports, no
 * helpers from outside its own body, nothing newer than the browsers the app supports. The app
 * imports the same functions. tests/unit/firstPaint.test.ts checks them against `classOf` and
 * `defaultView`, which they mirror.
 */

/** The part of a Palette (src/lib/palette.ts) that the SVG map uses. */
export interface FirstPaintPalette {
  background: string;
  border: string;
  pointStroke: string;
  hatch: string;
  classes: Record<string, string>;
}

/** How the first paint is set up: the colours of both themes and the first year of each bin. */
export interface FirstPaintConfig {
  /** Each theme's background and class colours (src/lib/palette.ts). */
  palettes: Record<'light' | 'dark', FirstPaintPalette>;
  /** PAST_HATCH_OPACITY (src/lib/palette.ts). */
  pastHatchOpacity: number;
  /** The first year of each colour bin (YEAR_BINS in src/lib/mapClass.ts). */
  bins: number[];
  firstYear: number;
  /** The interface languages, the base one first (project.inlang/settings.json). */
  langs: string[];
  /**
   * The first paint's words in each language but the base one, by the `data-w` key that marks
   * where each goes in index.html (scripts/firstPaintShell.ts), from the same messages the app shows.
   */
  words: Record<string, Record<string, string>>;
}

/**
 * The class of a shape whose `data-k` is `key` in `year`: "s" the subject, "n" no relations,
 * "u" relations with no date found, a year the year relations began, nothing: no data. The
 * same rule as `classOf` (src/lib/mapClass.ts), over the one value the SVG carries per shape.
 */
export function keyClass(
  key: string | null,
  year: number,
  currentYear: number,
  bins: readonly number[],
): string {
  if (key === 's') return 'subject';
  if (key === 'n') return 'none';
  if (key === 'u') return year >= currentYear ? 'undated' : 'undatedpast';
  const since = Number(key);
  if (!key || !Number.isInteger(since)) return 'nodata';
  if (since > year) return 'notyet';
  let bin = 0;
  for (let i = 1; i < bins.length; i++) if (since >= (bins[i] ?? Infinity)) bin = i;
  return 'y' + bin;
}

/**
 * The SVG view box, in Web Mercator units of a 512-unit world (MapLibre's zoom 0), that shows
 * what MapLibre shows in a `width` × `height` container at `view`, or at the default view when
 * there is none (the same formula as defaultView in src/map/defaultView.ts: keep in sync).
 */
export function mapViewBox(
  width: number,
  height: number,
  view: { center: [number, number]; zoom: number } | null,
): [number, number, number, number] {
  const zoom = view ? view.zoom : Math.max(0.9, Math.log2(width / 512) + 0.05);
  const lon = view ? view.center[0] : width < 640 ? 30 : 18;
  const lat = view ? view.center[1] : 30;
  const scale = Math.pow(2, zoom);
  const x = ((lon + 180) / 360) * 512;
  const y = ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * 512;
  const w = width / scale;
  const h = height / scale;
  return [x - w / 2, y - h / 2, w, h];
}

/** What the URL asks the first paint for; anything invalid is left to the app to warn about. */
export interface FirstPaintRequest {
  year: number;
  dark: boolean;
  view: { center: [number, number]; zoom: number } | null;
  embedded: boolean;
  /** The interface language: the URL's, else the first of the browser's the map speaks, else the first of `langs`. */
  lang: string;
  /** Embedded by pym.js (a childId): the host resizes the frame, and the page flows (App's .flow). */
  flow: boolean;
  table: boolean;
}

/** Reads the few URL parameters the first paint follows (src/lib/urlState.ts validates them all later). */
export function firstPaintRequest(
  search: string,
  prefersDark: boolean,
  currentYear: number,
  firstYear: number,
  /** The browser's languages (navigator.languages). */
  languages: readonly string[] = [],
  /** The languages the map speaks, the default first; as pickLang in src/lib/locale.ts does. */
  langs: readonly string[] = ['en'],
): FirstPaintRequest {
  const params = new URLSearchParams(search);
  // The URL's value must be a code the map speaks as it is ("be"); a browser's counts by its
  // primary subtag ("be-BY"), the first one the map speaks.
  const urlLang = params.get('lang') || '';
  let lang = langs.indexOf(urlLang) >= 0 ? urlLang : '';
  for (let i = 0; i < languages.length && !lang; i++) {
    const primary = (languages[i] || '').toLowerCase().split(/[-_]/)[0] || '';
    if (langs.indexOf(primary) >= 0) lang = primary;
  }
  if (!lang) lang = langs[0] || 'en';
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= firstYear && asked <= currentYear ? asked : currentYear;
  const theme = params.get('theme');
  const center = (params.get('center') || '').split(',').map(Number);
  const zoom = Number(params.get('zoom'));
  const lon = center[0];
  const lat = center[1];
  const validView =
    params.has('zoom') &&
    zoom >= 0 &&
    zoom <= 8 &&
    center.length === 2 &&
    lon !== undefined &&
    lat !== undefined &&
    Math.abs(lon) <= 180 &&
    Math.abs(lat) <= 85;
  const embedded =
    /^(1|true)$/.test(params.get('embed') || '') ||
    (params.has('childId') && !/^(0|false)$/.test(params.get('embed') || ''));
  return {
    year,
    dark: theme === 'dark' || (theme !== 'light' && prefersDark),
    view: validView ? { center: [lon, lat], zoom } : null,
    embedded,
    lang,
    flow: embedded && params.has('childId'),
    table: params.get('view') === 'table',
  };
}
