// The Vite plugin that gives the page a map before MapLibre (see README.md, "First paint"): it
// draws the world as SVG from the same geometry and data, shaded for this year, into
// index.html with the script that recolours it for the URL before the first paint; writes the
// social preview (og-image.png, 1200 × 630) from the same SVG, the preview's meta tags and
// robots.txt.
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { firstPaintScript } from '../src/dom/firstMap.ts';
import type { FirstPaintConfig } from '../src/lib/firstPaint.ts';
import { keyClass } from '../src/lib/firstPaint.ts';
import { dependencyStates, YEAR_BINS } from '../src/lib/mapClass.ts';
import { escapeXml, posterSvg } from '../src/lib/mapPoster.ts';
import { PAGE_WORDS } from '../src/lib/pageWords.ts';
import { PALETTES, PAST_HATCH_OPACITY } from '../src/lib/palette.ts';
import { FIRST_YEAR } from '../src/lib/timeline.ts';
import type { Coverage, Dataset } from '../src/lib/types.ts';
import { m } from '../src/paraglide/messages.js';
import { baseLocale, locales, type Locale } from '../src/paraglide/runtime.js';
import { yearOf } from '../src/lib/yearOf.ts';
import { worldSvgShapes, type ShapeInfo } from '../src/lib/worldSvg.ts';
import { FIRST_PAINT_CSS, firstPaintShell } from './firstPaintShell.ts';

const require = createRequire(import.meta.url);
/** Inter (SIL Open Font License) from an npm package pinned in package.json: resvg draws text only in fonts it is given. */
const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/inter/${f}`),
);
export const OG_IMAGE = 'og-image.png';
/** The inline script's hash, for a Content-Security-Policy's script-src. */
export const CSP_HASH_FILE = 'first-paint-csp.txt';
export const OG_SIZE = { width: 1200, height: 630 };

/** The value each state's shape carries (`data-k`), read by keyClass. */
export function shapeInfo(dataset: Dataset): (code: string) => ShapeInfo {
  const byId = new Map(dataset.countries.map((c) => [c.id, c]));
  // A dependency is drawn as its state (Greenland as Denmark), as the app draws it.
  const stateOf = dependencyStates(dataset);
  return (code) => {
    if (code === dataset.subject.id) return { key: 's', hatched: false };
    const country = byId.get(stateOf.get(code) ?? code);
    if (!country) return { key: null, hatched: false };
    const hatched = country.status === 'undated';
    if (country.status === 'dated' && country.date) return { key: String(yearOf(country.date)), hatched };
    if (country.status === 'dated' || country.status === 'undated') return { key: 'u', hatched };
    if (country.status === 'none') return { key: 'n', hatched };
    return { key: null, hatched };
  };
}

/** The first paint's words in a language, from the messages the app shows (keys: data-w in the shell). */
export function firstPaintWords(locale: Locale, coverage: Coverage): Record<string, string> {
  const o = { locale };
  return {
    heading: m.app_heading({}, o),
    intro: m.app_subtitle({}, o),
    mapLabel: m.map_label({}, o),
    legendTitle: m.legend_title({}, o),
    gap: m.legend_gap({ unnamed: coverage.unnamedUnPartners, noData: coverage.noData }, o),
    subject: m.class_subject({}, o),
    notyet: m.class_notyet({}, o),
    undated: m.class_undated({}, o),
    undatedpast: m.class_undatedpast({}, o),
    none: m.class_none({}, o),
    nodata: m.class_nodata({}, o),
  };
}

export function firstPaintConfig(coverage: Coverage): FirstPaintConfig {
  const others = locales.filter((l) => l !== baseLocale);
  const pick = (t: 'light' | 'dark') => {
    const p = PALETTES[t];
    return {
      background: p.background,
      border: p.border,
      pointStroke: p.pointStroke,
      hatch: p.hatch,
      classes: { ...p.classes },
    };
  };
  return {
    palettes: { light: pick('light'), dark: pick('dark') },
    bins: YEAR_BINS.map((b) => b.from),
    firstYear: FIRST_YEAR,
    pastHatchOpacity: PAST_HATCH_OPACITY,
    langs: [baseLocale, ...others],
    words: Object.fromEntries(others.map((l) => [l, firstPaintWords(l, coverage)])),
  };
}

export interface FirstPaintOptions {
  datasetFile: string;
  geometryFile: string;
  /** Where the build is served, with a trailing slash: the preview's absolute URLs. */
  publicUrl: string;
}

export function firstPaint(options: FirstPaintOptions): Plugin {
  const dataset = JSON.parse(readFileSync(options.datasetFile, 'utf8')) as Dataset;
  const topology = JSON.parse(readFileSync(options.geometryFile, 'utf8')) as Topology;
  const currentYear = new Date().getFullYear();
  const config = firstPaintConfig(dataset.coverage);
  const light = PALETTES.light;
  const fillOf = (key: string | null) =>
    light.classes[keyClass(key, currentYear, currentYear, config.bins) as keyof typeof light.classes] ??
    light.classes.nodata;
  const script = firstPaintScript(config);
  // A Content-Security-Policy without 'unsafe-inline' lets this one script run by its hash (README.md, "Headers").
  const scriptHash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  const shapes = worldSvgShapes(topology, shapeInfo(dataset), fillOf, light.pointStroke);

  return {
    name: 'first-paint',
    transformIndexHtml(html) {
      const shell = firstPaintShell({
        shapes,
        palette: light,
        firstYear: FIRST_YEAR,
        lastYear: currentYear,
        coverage: dataset.coverage,
      });
      const title = escapeXml(`${PAGE_WORDS.heading}, ${PAGE_WORDS.years(FIRST_YEAR, currentYear)}`);
      const description = escapeXml(PAGE_WORDS.description);
      const image = `${options.publicUrl}${OG_IMAGE}`;
      const meta = [
        `<link rel="canonical" href="${escapeXml(options.publicUrl)}" />`,
        `<meta property="og:type" content="website" />`,
        `<meta property="og:title" content="${title}" />`,
        `<meta property="og:description" content="${description}" />`,
        `<meta property="og:url" content="${escapeXml(options.publicUrl)}" />`,
        `<meta property="og:image" content="${escapeXml(image)}" />`,
        `<meta property="og:image:width" content="${OG_SIZE.width}" />`,
        `<meta property="og:image:height" content="${OG_SIZE.height}" />`,
        `<meta property="og:image:alt" content="${escapeXml(PAGE_WORDS.posterTitle(currentYear))}" />`,
        `<meta name="twitter:card" content="summary_large_image" />`,
        `<meta name="twitter:image" content="${escapeXml(image)}" />`,
        `<style>${FIRST_PAINT_CSS}</style>`,
      ].join('\n    ');
      return html
        .replace('</head>', `    ${meta}\n  </head>`)
        .replace('<!-- first-paint -->', `${shell}\n    <script>${script}</script>`);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: OG_IMAGE, source: ogImage(shapes, dataset, currentYear) });
      this.emitFile({ type: 'asset', fileName: CSP_HASH_FILE, source: `${scriptHash}\n` });
      this.emitFile({
        type: 'asset',
        fileName: 'robots.txt',
        source: `User-agent: *\nAllow: /\n`,
      });
    },
  };
}

/** The social preview: the map of this year with its title, legend and credit, 1200 × 630. */
export function ogImage(shapes: string, dataset: Dataset, year: number): Buffer {
  const svg = posterSvg({
    ...OG_SIZE,
    shapes,
    palette: PALETTES.light,
    ink: '#1c232b',
    paper: '#ffffff',
    past: false,
    title: PAGE_WORDS.posterTitle(year),
    legendTitle: PAGE_WORDS.legendTitle,
    credit: PAGE_WORDS.posterCredit(dataset.source.title, dataset.source.licence),
    fontFamily: 'Inter',
  });
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}
