import { isLang, LANGS, type Lang } from './locale';
import { parseOrigin } from './parseOrigin';
import { PYM_ID } from './pymProtocol';

export type Theme = 'auto' | 'light' | 'dark';
export type ViewMode = 'map' | 'table';

/** Everything the URL can say. Keep in sync with the README's "URL parameters" table. */
export interface UrlState {
  year?: number;
  country?: string;
  center?: [number, number];
  zoom?: number;
  theme?: Theme;
  embed?: boolean;
  view?: ViewMode;
  /** The interface language; without it, the browser's languages decide. */
  lang?: Lang;
  /** The embed's name in the messages it posts, so a host with several maps can tell them apart. */
  id?: string;
  /** The only origin an embedded map takes messages from and posts them to. */
  origin?: string;
  /** pym.js's name for the frame, set by a host page that embeds the map with pym.Parent. */
  childId?: string;
}

export interface UrlContext {
  /** Codes a `country` may name: states' alpha-3 codes and organisations' ids (EU, NATO). */
  ids: ReadonlySet<string>;
  firstYear: number;
  lastYear: number;
}

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 8;
const MAX_LATITUDE = 85;
const MAX_VALUE_LENGTH = 64;
const KEYS = [
  'year',
  'country',
  'center',
  'zoom',
  'theme',
  'embed',
  'view',
  'lang',
  'id',
  'origin',
  'childId',
] as const;

const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;

function finite(text: string): number | null {
  return NUMBER.test(text) ? Number(text) : null;
}

/**
 * Reads the view state from a query string. Anything invalid, out of range or repeated is
 * left out with a warning (the caller logs it), so a bad URL never breaks the map.
 */
export function parseUrlState(search: string, ctx: UrlContext): { state: UrlState; warnings: string[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const warnings: string[] = [];
  const warn = (key: string, value: string, why: string) =>
    warnings.push(
      `Ignoring URL parameter ${key}=${JSON.stringify(value.slice(0, MAX_VALUE_LENGTH))}: ${why}`,
    );

  for (const key of KEYS) {
    const values = params.getAll(key);
    if (values.length === 0) continue;
    const value = values[0] ?? '';
    if (values.length > 1) {
      warn(key, values.join(','), 'given more than once');
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      warn(key, value, 'too long');
      continue;
    }
    switch (key) {
      case 'year': {
        const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
        if (year >= ctx.firstYear && year <= ctx.lastYear) state.year = year;
        else warn(key, value, `expected a year from ${ctx.firstYear} to ${ctx.lastYear}`);
        break;
      }
      case 'country': {
        const code = value.toUpperCase();
        // A state's alpha-3 code, or an organisation's id (EU, NATO), as the map knows them.
        if (/^[A-Z]{2,4}$/.test(code) && ctx.ids.has(code)) state.country = code;
        else warn(key, value, 'not a country code or organisation id on this map');
        break;
      }
      case 'center': {
        const parts = value.split(',');
        const lon = parts.length === 2 ? finite(parts[0] ?? '') : null;
        const lat = parts.length === 2 ? finite(parts[1] ?? '') : null;
        if (lon !== null && lat !== null && Math.abs(lon) <= 180 && Math.abs(lat) <= MAX_LATITUDE) {
          state.center = [lon, lat];
        } else warn(key, value, `expected "longitude,latitude" within ±180,±${MAX_LATITUDE}`);
        break;
      }
      case 'zoom': {
        const zoom = finite(value);
        if (zoom !== null && zoom >= MIN_ZOOM && zoom <= MAX_ZOOM) state.zoom = zoom;
        else warn(key, value, `expected a number from ${MIN_ZOOM} to ${MAX_ZOOM}`);
        break;
      }
      case 'theme':
        if (value === 'auto' || value === 'light' || value === 'dark') state.theme = value;
        else warn(key, value, 'expected auto, light or dark');
        break;
      case 'embed':
        if (value === '1' || value === 'true') state.embed = true;
        else if (value === '0' || value === 'false') state.embed = false;
        else warn(key, value, 'expected 1 or 0');
        break;
      case 'view':
        if (value === 'map' || value === 'table') state.view = value;
        else warn(key, value, 'expected map or table');
        break;
      case 'lang':
        if (isLang(value)) state.lang = value;
        else warn(key, value, `expected ${LANGS.join(', ')}`);
        break;
      case 'id':
        if (/^[A-Za-z0-9_-]{1,40}$/.test(value)) state.id = value;
        else warn(key, value, 'expected up to 40 letters, digits, "-" or "_"');
        break;
      case 'origin': {
        const origin = parseOrigin(value);
        if (origin) state.origin = origin;
        else warn(key, value, 'expected an http(s) origin such as https://example.org');
        break;
      }
      case 'childId':
        if (PYM_ID.test(value)) state.childId = value;
        else warn(key, value, 'expected the id of the element pym.js embeds the map in');
        break;
    }
  }
  return { state, warnings };
}

const round = (n: number, places: number) => Number(n.toFixed(places));

/** The query string for a state, leaving out what is not set ("?year=1995&country=DEU"). */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.year !== undefined) params.set('year', String(state.year));
  if (state.country) params.set('country', state.country);
  if (state.center) params.set('center', `${round(state.center[0], 3)},${round(state.center[1], 3)}`);
  if (state.zoom !== undefined) params.set('zoom', String(round(state.zoom, 2)));
  if (state.theme && state.theme !== 'auto') params.set('theme', state.theme);
  if (state.embed) params.set('embed', '1');
  if (state.view === 'table') params.set('view', 'table');
  if (state.lang) params.set('lang', state.lang);
  if (state.id) params.set('id', state.id);
  if (state.origin) params.set('origin', state.origin);
  if (state.childId) params.set('childId', state.childId);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the map runs as an embed: `embed=1`, or a frame made by pym.js unless `embed=0` says otherwise. */
export function isEmbedded(state: UrlState): boolean {
  return state.embed ?? state.childId !== undefined;
}

/**
 * A view is a place and a scale together (the map opens at one only when the URL has both): the
 * warning for one given without the other, which was otherwise ignored without a word.
 */
export function unpairedViewWarning(state: UrlState): string | null {
  if ((state.center === undefined) === (state.zoom === undefined)) return null;
  const [given, value, missing] = state.center
    ? ['center', state.center.join(','), 'zoom']
    : ['zoom', String(state.zoom), 'center'];
  return `Ignoring URL parameter ${given}=${JSON.stringify(value)}: a view needs ${missing} as well`;
}
