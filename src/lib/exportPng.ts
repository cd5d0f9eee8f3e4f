import { CLASS_LABELS } from './describe';
import { YEAR_BINS } from './mapClass';
import type { Palette } from './palette';

/** Space for the title above the map and for the legend and attribution below, in CSS px. */
const HEADER = 44;
const FOOTER = 64;
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

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
  const width = map.width;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = map.height + (HEADER + FOOTER) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  const text = dark ? '#e8edf2' : '#1c232b';
  ctx.fillStyle = dark ? '#10171e' : '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.fillStyle = text;
  ctx.font = `bold 18px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(title, 12, HEADER / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(map, 0, HEADER * scale);
  ctx.scale(scale, scale);

  const top = HEADER + map.height / scale + 8;
  let x = 12;
  ctx.font = `12px ${FONT}`;
  const swatch = (color: string, label: string) => {
    ctx.fillStyle = color;
    ctx.fillRect(x, top, 12, 12);
    ctx.strokeStyle = text;
    ctx.strokeRect(x, top, 12, 12);
    ctx.fillStyle = text;
    ctx.fillText(label, x + 16, top + 6);
    x += 22 + ctx.measureText(label).width;
  };
  YEAR_BINS.forEach((bin, i) => swatch(palette.classes[`y${i}`] ?? palette.classes.nodata, bin.label));
  for (const cls of ['subject', 'notyet', 'undated', 'none', 'nodata'] as const)
    swatch(palette.classes[cls], CLASS_LABELS[cls]);
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = text;
  ctx.fillText(attribution, 12, top + 34);
  return canvas;
}
