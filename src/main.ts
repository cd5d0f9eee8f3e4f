import { flushSync, mount } from 'svelte';
import App from './App.svelte';
import { FIRST_PAINT_ID } from './dom/firstMap';
import data from '$dataset';
import { FIRST_YEAR } from './lib/timeline';
import type { ArticleEvent, Dataset, EventsFile } from './lib/types';
import { DEFAULT_LANG, pickLang, type Lang } from './lib/locale';
import { linkableIds } from './lib/linkableIds';
import { parseUrlState, unpairedViewWarning } from './lib/urlState';
import { loadMessages } from 'virtual:lazy-messages';

const dataset: Dataset = data;
const currentYear = new Date().getFullYear();
const ids = linkableIds(dataset);
// The URL is read once, here; after that App owns the state and writes it back.
const { state, warnings } = parseUrlState(window.location.search, {
  ids,
  firstYear: FIRST_YEAR,
  lastYear: currentYear,
});
for (const warning of [...warnings, unpairedViewWarning(state)]) if (warning) console.warn(warning);

// The article's events come in a chunk of their own, fetched now, beside the language's. A link
// that opens a country waits for them too: its notes would otherwise grow a chronology in the
// middle after the reader had started reading them. Otherwise they follow the first render.
const events: Promise<ArticleEvent[]> = import('./data/events.json').then(
  (module) => (module.default as unknown as EventsFile).events,
);
// A failed fetch is reported by App (without the events, the rest works); until then it must not count as unhandled.
events.catch(() => undefined);

// The URL's language, else the first of the browser's the map speaks, else English. Only its
// messages come with the app; another language's are fetched here, before the first render.
const startLang = state.lang ?? pickLang(navigator.languages ?? [navigator.language]);
const lang: Promise<Lang> = loadMessages(startLang).then(
  () => startLang,
  (error: unknown) => {
    console.warn(`Could not load the ${startLang} interface; showing English.`, error);
    return DEFAULT_LANG;
  },
);
// (No top-level await: the language's chunk imports from the app's, which would then wait on it.)
void Promise.all([lang, state.country ? events.catch(() => null) : null]).then(([startIn, loaded]) => {
  mount(App, {
    target: document.getElementById('app')!,
    props: { dataset, initial: state, currentYear, startLang: startIn, events: loaded ?? events },
  });
  // Mounted effects run now, in this task, so that no frame shows both index.html's first paint
  // and the app: the app adopts the first paint's SVG map and removes the rest (src/dom/firstMap.ts).
  flushSync();
  document.getElementById(FIRST_PAINT_ID)?.remove();
});
