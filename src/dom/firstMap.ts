// The SVG map that index.html carries (scripts/firstPaintPlugin.ts writes it): recoloured for
// the URL before the first paint, then adopted by the app as the map under MapLibre's first
// frame, as the map without WebGL, and as the source of the SVG download.
import {
  firstPaintRequest,
  keyClass,
  mapViewBox,
  type FirstPaintConfig,
  type FirstPaintPalette,
} from '../lib/firstPaint.ts';
import { PAST_HATCH_OPACITY } from '../lib/palette.ts';

/** The ids the build gives the first paint's parts (keep in sync with scripts/firstPaintPlugin.ts). */
export const FIRST_PAINT_ID = 'first-paint';
export const FIRST_MAP_ID = 'first-map';

/**
 * Fits the SVG's view box to its own size so that it shows what MapLibre shows there at `view`
 * (or the default view), and keeps the small states' points 5 px across as MapLibre draws them.
 * `size` is the SVG's size where the caller knows it (a ResizeObserver's entry): measuring it
 * here makes the browser lay the page out there and then, a long task on a slow phone. Changes
 * nothing when the view box is already right. Inlined into index.html: self-contained apart
 * from mapViewBox.
 */
export function fitFirstMap(
  svg: SVGSVGElement,
  view: { center: [number, number]; zoom: number } | null,
  size?: { width: number; height: number },
): void {
  const box = size || svg.getBoundingClientRect();
  if (!box.width || !box.height) return;
  const viewBox = mapViewBox(box.width, box.height, view);
  if (svg.getAttribute('viewBox') === viewBox.join(' ') && svg.getAttribute('preserveAspectRatio') === 'none')
    return;
  svg.setAttribute('viewBox', viewBox.join(' '));
  svg.setAttribute('preserveAspectRatio', 'none');
  const radius = String((5 * viewBox[2]) / box.width);
  svg.querySelectorAll('circle').forEach((c) => c.setAttribute('r', radius));
}

/**
 * What index.html's inline script does before the first paint: the theme and the year the URL
 * asks for, the view box for the map's size. Self-contained apart from the functions the
 * script inlines with it (see firstPaintScript).
 */
export function applyFirstPaint(
  doc: Document,
  search: string,
  prefersDark: boolean,
  currentYear: number,
  config: FirstPaintConfig,
): void {
  const nav = doc.defaultView ? doc.defaultView.navigator : null;
  const languages = nav ? nav.languages || [nav.language] : [];
  const request = firstPaintRequest(
    search,
    prefersDark,
    currentYear,
    config.firstYear,
    languages,
    config.langs,
  );
  const shell = doc.getElementById('first-paint');
  const svg = doc.getElementById('first-map') as SVGSVGElement | null;
  if (!shell || !svg) return;
  // The reader's language, as the app will show it: the words marked data-w (and the map's
  // name), and the other wording of "date not found" that a past year shows.
  const words = config.words[request.lang];
  if (words) {
    doc.documentElement.lang = request.lang;
    shell.querySelectorAll<HTMLElement>('[data-w]').forEach((el) => {
      const text = words[el.dataset.w || ''];
      if (text) el.textContent = text;
    });
    if (words.mapLabel) svg.setAttribute('aria-label', words.mapLabel);
    shell.querySelectorAll<HTMLElement>('[data-past]').forEach((label) => {
      label.dataset.past = words.undatedpast || label.dataset.past;
      if (label.parentElement && label.parentElement.dataset.reserve)
        label.parentElement.dataset.reserve = words.undatedpast || '';
    });
  }
  const palette = config.palettes[request.dark ? 'dark' : 'light'];
  if (request.dark) doc.documentElement.dataset.theme = 'dark';
  shell.dataset.mode = request.flow ? 'flow' : request.embedded ? 'embed' : 'page';
  if (request.table) shell.dataset.table = 'true';
  svg.style.background = palette.background;
  svg.querySelector('.fp-world')?.setAttribute('stroke', palette.border);
  svg.querySelector('.fp-points')?.setAttribute('stroke', palette.pointStroke);
  svg.querySelector('#fp-hatch rect')?.setAttribute('fill', palette.hatch);
  svg.querySelectorAll('[data-id]').forEach((shape) => {
    const cls = keyClass(shape.getAttribute('data-k'), request.year, currentYear, config.bins);
    const fill = palette.classes[cls] || palette.classes.nodata || '';
    // Most shapes already have it (the build's year, light): an unchanged attribute is not rewritten.
    if (shape.getAttribute('fill') !== fill) shape.setAttribute('fill', fill);
  });
  // Stripes show faint in a past year, when nobody knows whether those relations existed yet.
  svg
    .querySelectorAll('.fp-hatches')
    .forEach((g) =>
      g.setAttribute('opacity', String(request.year >= currentYear ? 1 : config.pastHatchOpacity)),
    );
  shell.querySelectorAll<HTMLElement>('[data-swatch]').forEach((swatch) => {
    swatch.style.backgroundColor = palette.classes[swatch.dataset.swatch || ''] || '';
  });
  if (request.year < currentYear)
    shell.querySelectorAll<HTMLElement>('[data-past]').forEach((label) => {
      label.textContent = label.dataset.past || '';
    });
  fitFirstMap(svg, request.view);
}

/** The inline script index.html runs right after the SVG: applyFirstPaint with the functions it calls. */
export function firstPaintScript(config: FirstPaintConfig): string {
  const functions = [keyClass, mapViewBox, firstPaintRequest, fitFirstMap, applyFirstPaint];
  return (
    `(function(){${functions.map(String).join('\n')}\n` +
    `try{applyFirstPaint(document,location.search,matchMedia('(prefers-color-scheme: dark)').matches,` +
    `new Date().getFullYear(),${JSON.stringify(config)});}` +
    // The first paint stays hidden until this has run (FIRST_PAINT_CSS), whatever happens here.
    `finally{var f=document.getElementById('first-paint');if(f)f.setAttribute('data-ready','');}})();`
  );
}

let adopted: SVGSVGElement | null = null;

/**
 * Takes index.html's SVG map out of the first paint and into `target` (the app's map area), and
 * removes the rest of the first paint, which the app has now drawn itself. The SVG is kept for
 * the download after MapLibre has taken over. null: the page has no first paint.
 */
export function adoptFirstMap(target: HTMLElement): SVGSVGElement | null {
  const svg = adopted ?? (document.getElementById(FIRST_MAP_ID) as SVGSVGElement | null);
  document.getElementById(FIRST_PAINT_ID)?.remove();
  if (!svg) return null;
  adopted = svg;
  target.append(svg);
  return svg;
}

/** The SVG map, whether or not it is still in the page. */
export function firstMap(): SVGSVGElement | null {
  return adopted ?? (document.getElementById(FIRST_MAP_ID) as SVGSVGElement | null);
}

/** Recolours the SVG map: each shape by its class in `classes` (no data when absent). */
export function paintFirstMap(
  svg: SVGSVGElement,
  classes: Record<string, string>,
  palette: FirstPaintPalette,
  past: boolean,
): void {
  svg.style.background = palette.background;
  svg.querySelector('.fp-world')?.setAttribute('stroke', palette.border);
  svg.querySelector('.fp-points')?.setAttribute('stroke', palette.pointStroke);
  svg.querySelector('#fp-hatch rect')?.setAttribute('fill', palette.hatch);
  svg.querySelectorAll('[data-id]').forEach((shape) => {
    const cls = classes[shape.getAttribute('data-id') ?? ''] ?? 'nodata';
    shape.setAttribute('fill', palette.classes[cls] ?? palette.classes.nodata ?? '');
  });
  svg
    .querySelectorAll('.fp-hatches')
    .forEach((g) => g.setAttribute('opacity', String(past ? PAST_HATCH_OPACITY : 1)));
}
