// The map as a picture with its title, legend and credit, as SVG markup: the social preview
// (rasterised at build time, scripts/firstPaintPlugin.ts) and the share dialog's SVG download.
import { mapViewBox } from './firstPaint.ts';
import type { Palette } from './palette.ts';
import { layoutLegend, legendSwatches } from './pngLayout.ts';

export interface PosterInput {
  width: number;
  height: number;
  /** The states as SVG markup in world units (worldSvgShapes' output, or the page's own SVG). */
  shapes: string;
  palette: Palette;
  /** Text colour: the page's --text for the theme. */
  ink: string;
  /** The page colour behind the title and the legend. */
  paper: string;
  /** A year before the current one: the legend says undated states are unknown then. */
  past: boolean;
  title: string;
  legendTitle: string;
  credit: string;
  fontFamily: string;
}

/** Escapes text for SVG markup: data (a source's title) is text, never markup. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const TITLE_SIZE = 34;
const HEADER = 64;
const FOOTER = 30;
const LEGEND_FONT = 15;
const LEGEND_ROW = 22;
const LEGEND_SWATCH = 14;
/** An estimate of a label's width: the picture has no text measurement (resvg, a detached SVG). */
const CHAR_WIDTH = 0.56;

/** The hatch pattern the shapes' stripes use (`url(#fp-hatch)`), in world units. */
export function hatchPattern(color: string, size = 2.4): string {
  return (
    `<pattern id="fp-hatch" patternUnits="userSpaceOnUse" width="${size}" height="${size}" patternTransform="rotate(45)">` +
    `<rect width="${size / 3}" height="${size}" fill="${color}"/></pattern>`
  );
}

/** Where the picture's parts go: all of it in pixels of the picture. Pure, for the tests. */
export interface PosterLayout {
  mapTop: number;
  mapHeight: number;
  legendTop: number;
  legendHeight: number;
  /** Each swatch's top-left corner, in the order of legendSwatches. */
  swatches: { x: number; y: number }[];
}

/**
 * Title above, the map at MapLibre's default view for its box, the legend in a strip below the
 * map (over the map, it covered land: western South America in the 1200 × 630 preview), the
 * credit at the foot.
 */
export function posterLayout(width: number, height: number, labels: readonly string[]): PosterLayout {
  const widths = labels.map((label) => label.length * CHAR_WIDTH * LEGEND_FONT);
  // layoutLegend places 12 px swatches; the picture's are larger, so give it the proportion.
  const { placed, rows } = layoutLegend(
    widths.map((w) => w + (LEGEND_SWATCH - 12) + 4),
    width - 16,
  );
  const legendHeight = 34 + rows * LEGEND_ROW;
  const mapHeight = height - HEADER - legendHeight - FOOTER;
  const legendTop = HEADER + mapHeight;
  return {
    mapTop: HEADER,
    mapHeight,
    legendTop,
    legendHeight,
    swatches: placed.map((at) => ({ x: 8 + at.x, y: legendTop + 30 + at.row * LEGEND_ROW })),
  };
}

/** The whole picture (see posterLayout). */
export function posterSvg(p: PosterInput): string {
  const swatches = legendSwatches(p.palette, p.past);
  const layout = posterLayout(
    p.width,
    p.height,
    swatches.map((s) => s.label),
  );
  const { mapTop, mapHeight, legendTop, legendHeight } = layout;
  const [vx, vy, vw, vh] = mapViewBox(p.width, mapHeight, null);
  const entries = swatches
    .map((s, i) => {
      const { x, y } = layout.swatches[i]!;
      const hatch = s.hatch
        ? `<rect x="${x}" y="${y}" width="${LEGEND_SWATCH}" height="${LEGEND_SWATCH}" fill="url(#legend-hatch)" opacity="${s.hatch.opacity}"/>`
        : '';
      return (
        `<rect x="${x}" y="${y}" width="${LEGEND_SWATCH}" height="${LEGEND_SWATCH}" fill="${s.color}" stroke="${p.ink}" stroke-opacity="0.5"/>${hatch}` +
        `<text x="${x + LEGEND_SWATCH + 5}" y="${y + LEGEND_SWATCH - 2}">${escapeXml(s.label)}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}" font-family="${escapeXml(p.fontFamily)}">` +
    `<defs>${hatchPattern(p.palette.hatch)}` +
    `<pattern id="legend-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="2" height="5" fill="${p.palette.hatch}"/></pattern></defs>` +
    `<rect width="${p.width}" height="${p.height}" fill="${p.paper}"/>` +
    `<rect y="${mapTop}" width="${p.width}" height="${mapHeight}" fill="${p.palette.background}"/>` +
    `<svg x="0" y="${mapTop}" width="${p.width}" height="${mapHeight}" viewBox="${vx} ${vy} ${vw} ${vh}">` +
    `<g stroke="${p.palette.border}" stroke-width="0.4" stroke-linejoin="round">${p.shapes}</g></svg>` +
    `<text x="16" y="${mapTop - 18}" font-size="${TITLE_SIZE}" font-weight="700" fill="${p.ink}">${escapeXml(p.title)}</text>` +
    `<g font-size="${LEGEND_FONT}" fill="${p.ink}">` +
    `<rect x="0" y="${legendTop}" width="${p.width}" height="${legendHeight}" fill="${p.paper}" stroke="${p.ink}" stroke-opacity="0.3"/>` +
    `<text x="16" y="${legendTop + 21}" font-weight="700">${escapeXml(p.legendTitle)}</text>${entries}</g>` +
    `<text x="16" y="${p.height - 10}" font-size="14" fill="${p.ink}">${escapeXml(p.credit)}</text>` +
    `</svg>`
  );
}
