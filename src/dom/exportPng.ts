import { CLASS_LABELS } from '../lib/describe';
import { YEAR_BINS } from '../lib/mapClass';
import type { Palette } from '../lib/palette';

/** Space for the title above the map, in CSS px; the legend and attribution below take what they need. */
export const HEADER = 44;
const ROW = 20;
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

interface Swatch {
  color: string;
  label: string;
}

/** Lays the legend's swatches out in rows that fit the width; returns each swatch's position. */
function layout(ctx: CanvasRenderingContext2D, swatches: Swatch[], width: number) {
  let x = 12;
  let row = 0;
  return swatches.map((s) => {
    const w = 22 + ctx.measureText(s.label).width;
    if (x + w > width - 12 && x > 12) {
      row += 1;
      x = 12;
    }
    const at = { ...s, x, row };
    x += w;
    return at;
  });
}

/**
 * Composes the downloadable picture: title, the map as drawn (already at `scale`× pixels),
 * the legend and the attribution, on the theme's background.
 */
export function composePng(
  map: HTMLCanvasElement,
  title: string,
  attribution: string,
  palette: Palette,
  scale: number,
  dark: boolean,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) return canvas;
  const cssWidth = map.width / scale;
  const swatches: Swatch[] = [
    ...YEAR_BINS.map((bin, i) => ({
      color: palette.classes[`y${i}`] ?? palette.classes.nodata,
      label: bin.label,
    })),
    ...(['subject', 'notyet', 'undated', 'none', 'nodata'] as const).map((cls) => ({
      color: palette.classes[cls],
      label: CLASS_LABELS[cls],
    })),
  ];
  measure.font = `12px ${FONT}`;
  const placed = layout(measure, swatches, cssWidth);
  const rows = (placed.at(-1)?.row ?? 0) + 1;
  const footer = 8 + rows * ROW + 26;

  canvas.width = map.width;
  canvas.height = map.height + (HEADER + footer) * scale;
  const ctx = canvas.getContext('2d')!;
  const text = dark ? '#e8edf2' : '#1c232b';
  ctx.fillStyle = dark ? '#10171e' : '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(map, 0, HEADER * scale);
  ctx.scale(scale, scale);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = text;
  ctx.font = `bold 18px ${FONT}`;
  ctx.fillText(title, 12, HEADER / 2);

  const top = HEADER + map.height / scale + 8;
  ctx.font = `12px ${FONT}`;
  for (const s of placed) {
    const y = top + s.row * ROW;
    ctx.fillStyle = s.color;
    ctx.fillRect(s.x, y, 12, 12);
    ctx.strokeStyle = text;
    ctx.strokeRect(s.x, y, 12, 12);
    ctx.fillStyle = text;
    ctx.fillText(s.label, s.x + 16, y + 6);
  }
  ctx.font = `11px ${FONT}`;
  ctx.fillText(attribution, 12, top + rows * ROW + 8);
  return canvas;
}
