// The map as an SVG file for print and slides: the page's SVG map (src/dom/firstMap.ts) in the
// colours of the year shown, with title, legend and credit (src/lib/mapPoster.ts lays them out).
import { posterSvg } from '../lib/mapPoster';
import { m } from '../paraglide/messages.js';
import type { Palette } from '../lib/palette';
import type { Dataset } from '../lib/types';
import { firstMap, paintFirstMap } from './firstMap';

/** The page's text and background colours (--text, --bg in src/app.css: keep in sync). */
const PAPER = { light: { ink: '#1c232b', paper: '#ffffff' }, dark: { ink: '#e8edf2', paper: '#10171e' } };
/** The picture's size: wide enough for the world at a readable scale, tall enough for the legend. */
export const SVG_SIZE = { width: 1200, height: 700 };
/** A small state's point, in world units, at the picture's scale (about 5 px, as on the map). */
const POINT_RADIUS = 1.9;

/** The SVG file's text, or null when the page has no SVG map. */
export function mapSvgFile(options: {
  classes: Record<string, string>;
  palette: Palette;
  dark: boolean;
  past: boolean;
  year: number;
  source: Dataset['source'];
}): string | null {
  const svg = firstMap();
  const layer = svg?.querySelector('.fp-layer');
  if (!svg || !layer) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  paintFirstMap(copy, options.classes, options.palette, options.past);
  // No interface state in the picture: selection and keyboard focus stay on the page.
  for (const marked of copy.querySelectorAll('[data-selected], [data-focused]')) {
    marked.removeAttribute('data-selected');
    marked.removeAttribute('data-focused');
  }
  for (const point of copy.querySelectorAll('circle')) point.setAttribute('r', String(POINT_RADIUS));
  const { ink, paper } = PAPER[options.dark ? 'dark' : 'light'];
  return posterSvg({
    ...SVG_SIZE,
    shapes: copy.querySelector('.fp-layer')!.innerHTML,
    palette: options.palette,
    ink,
    paper,
    past: options.past,
    title: m.poster_title({ year: String(options.year) }),
    legendTitle: m.legend_title(),
    credit: m.poster_credit({ title: options.source.title, licence: options.source.licence }),
    fontFamily: "system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
  });
}
