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

/** The whole picture: title above, the map at MapLibre's default view for its width, the legend over its lower left, the credit below. */
export function posterSvg(p: PosterInput): string {
  const mapHeight = p.height - HEADER - FOOTER;
  const [vx, vy, vw, vh] = mapViewBox(p.width, mapHeight, null);
  const swatches = legendSwatches(p.palette, p.past);
  const legendWidth = Math.min(p.width - 32, 300);
  const widths = swatches.map((s) => s.label.length * CHAR_WIDTH * LEGEND_FONT);
  // layoutLegend places 12 px swatches; the picture's are larger, so give it the proportion.
  const { placed, rows } = layoutLegend(
    widths.map((w) => w + (LEGEND_SWATCH - 12) + 4),
    legendWidth,
  );
  const legendHeight = 34 + rows * LEGEND_ROW;
  const legendTop = HEADER + mapHeight - legendHeight - 12;
  const entries = swatches
    .map((s, i) => {
      const at = placed[i]!;
      const x = 16 + at.x;
      const y = legendTop + 30 + at.row * LEGEND_ROW;
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
    `<rect y="${HEADER}" width="${p.width}" height="${mapHeight}" fill="${p.palette.background}"/>` +
    `<svg x="0" y="${HEADER}" width="${p.width}" height="${mapHeight}" viewBox="${vx} ${vy} ${vw} ${vh}">` +
    `<g stroke="${p.palette.border}" stroke-width="0.4" stroke-linejoin="round">${p.shapes}</g></svg>` +
    `<text x="16" y="${HEADER - 18}" font-size="${TITLE_SIZE}" font-weight="700" fill="${p.ink}">${escapeXml(p.title)}</text>` +
    `<g font-size="${LEGEND_FONT}" fill="${p.ink}">` +
    `<rect x="8" y="${legendTop}" width="${legendWidth + 16}" height="${legendHeight}" rx="4" fill="${p.paper}" fill-opacity="0.92" stroke="${p.ink}" stroke-opacity="0.3"/>` +
    `<text x="20" y="${legendTop + 21}" font-weight="700">${escapeXml(p.legendTitle)}</text>${entries}</g>` +
    `<text x="16" y="${p.height - 10}" font-size="14" fill="${p.ink}">${escapeXml(p.credit)}</text>` +
    `</svg>`
  );
}
