import { isLang, LANGS, type Lang } from './locale';
import type { Theme } from './urlState';

/**
 * The message API between an embedded map and its host page. Every message is an object whose
 * `type` starts with this namespace. Keep in sync with README.md ("Embedding: message API") and
 * static/embed.js (the host script, which reads `resize`).
 */
export const NAMESPACE = 'belarus-map';

/** Host → map. */
export type HostCommand =
  | { type: 'setYear'; year: number }
  | { type: 'select'; country: string | null }
  | { type: 'setTheme'; theme: Theme }
  | { type: 'setLang'; lang: Lang }
  | { type: 'play' }
  | { type: 'pause' }
  /** The host keeps the frame as tall as the map (embed.js says so; a pym.js frame is known by its URL). */
  | { type: 'autoHeight' };

/** Map → host. `id` is the embed's `id` URL parameter, so a page with several maps can tell them apart. */
export type MapEvent =
  | { type: `${typeof NAMESPACE}:ready`; id: string; year: number; country: string | null }
  | { type: `${typeof NAMESPACE}:year`; id: string; year: number; events?: YearEventMessage[] }
  | { type: `${typeof NAMESPACE}:select`; id: string; country: string | null; name: string | null }
  | { type: `${typeof NAMESPACE}:resize`; id: string; height: number }
  /** The reader opened notes below the map, at `top` px in the frame: the host scrolls them into sight. */
  | { type: `${typeof NAMESPACE}:reveal`; id: string; top: number };

/**
 * An event of the year as `belarus-map:year` carries it: its date (YYYY, YYYY-MM or YYYY-MM-DD),
 * the codes it concerns, the English summary and the link to the article's section.
 */
export interface YearEventMessage {
  id: string;
  date: string;
  concerns: string[];
  summary: string;
  url: string;
}

export interface CommandContext {
  firstYear: number;
  lastYear: number;
  ids: ReadonlySet<string>;
}

const MAX_TYPE_LENGTH = 64;

// Reads an own property only: a message's prototype chain is never trusted (__proto__ keys).
function own(data: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? (data as Record<string, unknown>)[key] : undefined;
}

/**
 * Validates a message from the host page. Returns the command, or the reason it is ignored;
 * it never throws, whatever the message holds.
 */
export function parseHostMessage(data: unknown, ctx: CommandContext): HostCommand | { ignored: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ignored: 'not an object' };
  const type = own(data, 'type');
  if (typeof type !== 'string' || type.length > MAX_TYPE_LENGTH) return { ignored: 'no string "type"' };
  if (!type.startsWith(`${NAMESPACE}:`)) return { ignored: `type outside the "${NAMESPACE}:" namespace` };
  const command = type.slice(NAMESPACE.length + 1);
  switch (command) {
    case 'setYear': {
      const year = own(data, 'year');
      if (
        typeof year === 'number' &&
        Number.isInteger(year) &&
        year >= ctx.firstYear &&
        year <= ctx.lastYear
      ) {
        return { type: 'setYear', year };
      }
      return { ignored: `setYear needs a whole year from ${ctx.firstYear} to ${ctx.lastYear}` };
    }
    case 'select': {
      const country = own(data, 'country');
      if (country === null) return { type: 'select', country: null };
      // A state's alpha-3 code, or an organisation's id ("EU", "NATO"): only the ids the map knows.
      if (
        typeof country === 'string' &&
        country.length >= 2 &&
        country.length <= 4 &&
        ctx.ids.has(country.toUpperCase())
      ) {
        return { type: 'select', country: country.toUpperCase() };
      }
      return { ignored: 'select needs a country code or organisation id on this map, or null' };
    }
    case 'setTheme': {
      const theme = own(data, 'theme');
      if (theme === 'auto' || theme === 'light' || theme === 'dark') return { type: 'setTheme', theme };
      return { ignored: 'setTheme needs auto, light or dark' };
    }
    case 'setLang': {
      const lang = own(data, 'lang');
      if (isLang(lang)) return { type: 'setLang', lang };
      return { ignored: `setLang needs ${LANGS.join(', ')}` };
    }
    case 'play':
      return { type: 'play' };
    case 'pause':
      return { type: 'pause' };
    case 'autoHeight':
      return { type: 'autoHeight' };
    default:
      return { ignored: `unknown command "${command.slice(0, 32)}"` };
  }
}
