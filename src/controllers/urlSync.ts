import type { Lang } from '../lib/locale';
import type { Theme, UrlState, ViewMode } from '../lib/urlState';

/**
 * Writes are coalesced: Chromium refuses more than 100 replaceState calls in 10 s, which a
 * played timeline or a held arrow key would pass, and a write per slider step is wasted work.
 */
export const URL_WRITE_DELAY_MS = 250;

export interface AppState {
  /** What the URL said at start; the embed's `id`, `origin` and `childId` are carried over as they were. */
  start: UrlState;
  year: number;
  currentYear: number;
  selected: string | null;
  knownIds: ReadonlySet<string>;
  view: { center: [number, number]; zoom: number } | null;
  theme: Theme;
  embedded: boolean;
  viewMode: ViewMode;
  /**
   * The language, when the reader or the page chose it (the URL, the switch, a host message);
   * undefined when the browser's languages decided, so a shared link lets each reader's decide.
   */
  lang?: Lang;
}

/** What the URL says for a state of the app: defaults are left out, so a plain view keeps a plain URL. */
export function urlStateOf(app: AppState): UrlState {
  return {
    id: app.start.id,
    origin: app.start.origin,
    childId: app.start.childId,
    year: app.year === app.currentYear ? undefined : app.year,
    country: app.selected && app.knownIds.has(app.selected) ? app.selected : undefined,
    center: app.view?.center,
    zoom: app.view?.zoom,
    theme: app.theme,
    embed: app.embedded,
    view: app.viewMode,
    lang: app.lang,
  };
}

/** The page's address bar, as the writer needs it. */
export interface AddressBar {
  /** The path, query and hash now. */
  current(): string;
  /** Replaces (never pushes) the address, so Back still leaves the page. */
  replace(url: string): void;
}

/** A one-shot timer; returns the function that cancels it. Injected so tests need no clock. */
export type Later = (ms: number, run: () => void) => () => void;

const realLater: Later = (ms, run) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

export interface UrlWriter {
  /** Asks for the address to become `url`; only the last request within the delay is written. */
  write(url: string): void;
  /** Drops a pending write (the app is going away). */
  cancel(): void;
}

export function createUrlWriter(
  bar: AddressBar,
  later: Later = realLater,
  delayMs = URL_WRITE_DELAY_MS,
): UrlWriter {
  let cancelPending: (() => void) | null = null;
  const cancel = () => {
    cancelPending?.();
    cancelPending = null;
  };
  return {
    write(url) {
      cancel();
      cancelPending = later(delayMs, () => {
        cancelPending = null;
        if (url !== bar.current()) bar.replace(url);
      });
    },
    cancel,
  };
}
