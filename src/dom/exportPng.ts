import type { Palette } from '../lib/palette';
import {
  HEADER,
  hatchLines,
  layoutLegend,
  legendSwatches,
  MARGIN,
  pngFrame,
  ROW,
  SWATCH,
} from '../lib/pngLayout';
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

/**
 * Composes the downloadable picture: title, the map as drawn (already at `scale`× pixels),
 * the legend (as on screen, "date not found" striped) and the attribution, on the theme's
 * background. The layout is src/lib/pngLayout.ts; this only draws it.
 */
export function composePng(
  map: HTMLCanvasElement,
  title: string,
  attribution: string,
  palette: Palette,
  scale: number,
  dark: boolean,
  /** A year before the current one is shown (the legend then says "unknown then"). */
  past = false,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) return canvas;
  const cssMap = { width: map.width / scale, height: map.height / scale };
  const swatches = legendSwatches(palette, past);
  measure.font = `12px ${FONT}`;
  const { placed, rows } = layoutLegend(
    swatches.map((s) => measure.measureText(s.label).width),
    cssMap.width,
  );
  const frame = pngFrame(cssMap, rows, scale);

  canvas.width = frame.width;
  canvas.height = frame.height;
  const ctx = canvas.getContext('2d')!;
  const text = dark ? '#e8edf2' : '#1c232b';
  ctx.fillStyle = dark ? '#10171e' : '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(map, 0, HEADER * scale);
  ctx.scale(scale, scale);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = text;
  ctx.font = `bold 18px ${FONT}`;
  ctx.fillText(title, MARGIN, HEADER / 2);

  ctx.font = `12px ${FONT}`;
  swatches.forEach((s, i) => {
    const at = placed[i]!;
    const y = frame.legendTop + at.row * ROW;
    ctx.fillStyle = s.color;
    ctx.fillRect(at.x, y, SWATCH, SWATCH);
    if (s.hatch) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(at.x, y, SWATCH, SWATCH);
      ctx.clip();
      ctx.globalAlpha = s.hatch.opacity;
      ctx.strokeStyle = s.hatch.color;
      ctx.lineWidth = 1.5;
      for (const [x1, y1, x2, y2] of hatchLines(at.x, y, SWATCH)) {
        ctx.beginPath();
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
        ctx.stroke();
      }
      ctx.restore();
    }
    ctx.strokeStyle = text;
    ctx.strokeRect(at.x, y, SWATCH, SWATCH);
    ctx.fillStyle = text;
    ctx.fillText(s.label, at.x + SWATCH + 4, y + 6);
  });
  ctx.font = `11px ${FONT}`;
  ctx.fillText(attribution, MARGIN, frame.attributionY);
  return canvas;
}
