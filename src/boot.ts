// The page's first script. It loads the app only once index.html's map, title and legend are on
// screen (README.md, "First paint"): a module script in the page runs as soon as the page is
// parsed, and the browser then paints nothing until it has run; the app's chunk and its dataset
// are 100 KB of gzipped JavaScript whose parsing, on a slow phone, is seconds of blank page.
// Loaded from here, they are fetched after the first paint instead.
//
// "On screen" is the first contentful paint's entry, which the browser reports once that frame
// has been presented. Before then, the app must not replace the first paint's heading: a heading
// removed before its frame is presented does not count as the page's largest paint, and the
// app's own heading, painted later, would (Lighthouse then took the app's mount for the largest
// paint). Where paint timing is not reported, two frames stand in for it. Hidden pages and
// off-screen cross-origin iframes paint nothing, so a timer caps the wait.
//
// The page's stylesheet is imported here, not by the app, so that it is the page's own, which the
// build writes into index.html (scripts/inlinePageCss.ts): the first paint (and a reader without
// JavaScript) needs its colours and fonts.
import { afterFirstPaint } from './dom/afterFirstPaint';
import './app.css';

function start() {
  // The map's geometry is fetched now, while the app loads (MapView fetches the same URL in the
  // same mode, and gets this response). A preload in index.html would fetch it before the first
  // paint, sharing a phone's network with the page itself.
  const geometry = document.createElement('link');
  geometry.rel = 'preload';
  geometry.as = 'fetch';
  geometry.crossOrigin = 'anonymous';
  geometry.href = `${import.meta.env.BASE_URL}world.topo.json`;
  document.head.append(geometry);
  import('./main').catch((error: unknown) => console.error('The map could not load.', error));
}

// index.html's inline script marks the first paint ready to show (src/dom/firstMap.ts). Where it
// did not run (a Content-Security-Policy without its hash), the first paint stays hidden: there
// is no paint to wait for, and the app starts at once.
if (document.getElementById('first-paint')?.hasAttribute('data-ready')) afterFirstPaint(window, start);
else start();
