import type { MapClass } from './mapClass';

export type ResolvedTheme = 'light' | 'dark';

export interface Palette {
  background: string;
  border: string;
  /** The core of the selected country's outline. */
  selected: string;
  /** The core of the keyboard focus ring on the map (the same colour as the page's focus ring). */
  focus: string;
  /**
   * A wider line drawn under the selected and focus outlines. No single colour reaches 3:1
   * against both the darkest and the palest fills, so the outline is two-tone: against every
   * fill one of its two colours reaches 3:1 (WCAG 1.4.11; see tests/unit/contrast.test.ts).
   */
  halo: string;
  pointStroke: string;
  /** The fill of each class; the year bins come from viridis (colour-blind safe). */
  classes: Record<MapClass, string>;
  /** Stripes drawn over the "relations, date not found" class (faint over "undatedpast"). */
  hatch: string;
}

/**
 * The colour of each year bin, earliest first: viridis (colour-blind safe) sampled evenly from
 * t = 0.12 to 0.95. Its darkest end is kept off the early years so that the many 1992 partners
 * do not read as black, and its palest yellow is kept for the newest. The values are
 * d3-scale-chromatic's interpolateViridis at those points, written out so that the app does not
 * ship the whole colour library for seven colours; tests/unit/palette.test.ts recomputes them
 * with d3-scale-chromatic and fails if they drift. Keep YEAR_BINS (mapClass.ts) the same length.
 */
/** How strongly the stripes show over "undatedpast" (a past year) against "undated" (this year): 1. */
export const PAST_HATCH_OPACITY = 0.3;

export const VIRIDIS_RANGE: [number, number] = [0.12, 0.95];
export const YEAR_COLORS: string[] = [
  '#472a7a',
  '#3a548c',
  '#2a778e',
  '#1f988b',
  '#38b977',
  '#81d34d',
  '#dfe318',
];

function yearClasses(): Record<`y${number}`, string> {
  return Object.fromEntries(YEAR_COLORS.map((c, i) => [`y${i}`, c]));
}

// Each class has a colour of its own; none repeats another (no data ≠ date not found ≠ not yet).
// Keep in sync with the legend swatches in Legend.svelte, which read these same values.
export const PALETTES: Record<ResolvedTheme, Palette> = {
  light: {
    background: '#dce6ee',
    border: '#ffffff',
    selected: '#111111',
    focus: '#880e4f',
    halo: '#ffffff',
    pointStroke: '#1f2933',
    hatch: '#8a7440',
    classes: {
      ...yearClasses(),
      subject: '#d7263d',
      notyet: '#f6f1e4',
      undated: '#e6dcc3',
      // Neutral and paler than "date not found" now, and cool where "not yet" is cream: it must
      // read as "unknown", not as a partner (its stripes are drawn faint too, see mapStyle.ts).
      undatedpast: '#e4e7ea',
      none: '#6e747b',
      nodata: '#bfc5cc',
    },
  },
  dark: {
    background: '#0c2233',
    border: '#0c2233',
    selected: '#ffffff',
    focus: '#ff8fb6',
    halo: '#0d1821',
    pointStroke: '#f5f7fa',
    hatch: '#c9b27a',
    classes: {
      ...yearClasses(),
      subject: '#ff5c6c',
      notyet: '#313942',
      undated: '#4a4334',
      undatedpast: '#363c43',
      none: '#9aa1a9',
      nodata: '#4d5661',
    },
  },
};
