import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLASS_LABELS } from '../../src/lib/describe';
import { composePng, HEADER } from '../../src/dom/exportPng';
import { YEAR_BINS } from '../../src/lib/mapClass';
import { PALETTES } from '../../src/lib/palette';

/** A 2D context that records what is drawn; text is 6 px a character wide, so layouts are exact. */
class RecordingContext {
  calls: unknown[][] = [];
  states: { strokeStyle: string; textBaseline: string }[] = [];
  font = '';
  fillStyle = '';
  strokeStyle = '';
  textBaseline = '';
  measureText(text: string) {
    return { width: text.length * 6 };
  }
  constructor() {
    for (const name of ['fillRect', 'strokeRect', 'fillText', 'drawImage', 'scale'] as const) {
      this[name] = (...args: unknown[]) => {
        this.calls.push([name, ...args, { fillStyle: this.fillStyle, font: this.font }]);
        this.states.push({ strokeStyle: this.strokeStyle, textBaseline: this.textBaseline });
      };
    }
  }
  fillRect!: (...args: unknown[]) => void;
  strokeRect!: (...args: unknown[]) => void;
  fillText!: (...args: unknown[]) => void;
  drawImage!: (...args: unknown[]) => void;
  scale!: (...args: unknown[]) => void;
}

class FakeCanvas {
  width = 0;
  height = 0;
  context: RecordingContext | null = new RecordingContext();
  getContext() {
    return this.context;
  }
}

let made: FakeCanvas[];
beforeEach(() => {
  made = [];
  vi.stubGlobal('document', {
    createElement: (tag: string) => {
      if (tag !== 'canvas') throw new Error(tag);
      const canvas = new FakeCanvas();
      made.push(canvas);
      return canvas;
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const map = (width: number, height: number) => ({ width, height }) as unknown as HTMLCanvasElement;
const compose = (width: number, scale = 1, dark = false) =>
  composePng(
    map(width, 300 * scale),
    'Title',
    '© Attribution',
    PALETTES[dark ? 'dark' : 'light'],
    scale,
    dark,
  );
const recorded = (canvas: unknown) => (canvas as FakeCanvas).context!.calls;
const swatches = (canvas: unknown) =>
  recorded(canvas)
    .filter((c) => c[0] === 'fillText' && c[1] !== 'Title' && c[1] !== '© Attribution')
    .map((c) => [c[1], c[2], c[3]]);

// Each swatch is 22 px plus its label: 12 labels of 4 to 26 characters.
const LABELS = [
  ...YEAR_BINS.map((b) => b.label),
  ...Object.values(CLASS_LABELS).slice(1),
  CLASS_LABELS.subject,
];

describe('composePng lays the picture out', () => {
  it('puts every legend entry on one row when the width allows, 12 px from the left', () => {
    const canvas = compose(2000);
    const placed = swatches(canvas);
    expect(placed.map((p) => p[0]).sort()).toEqual([...LABELS].sort());
    // Labels sit 16 px right of their swatch, rows 20 px apart, from 8 px below the map.
    expect(placed[0]).toEqual(['1991', 28, HEADER + 300 + 8 + 6]);
    expect(placed[1]).toEqual(['1992', 12 + 22 + 24 + 16, HEADER + 300 + 8 + 6]);
    expect(new Set(placed.map((p) => p[2]))).toEqual(new Set([HEADER + 314]));
  });

  it('wraps the legend to a new row when the next swatch would pass 12 px from the right edge', () => {
    // "1991" and "1992" are 46 px each: 12 + 46 + 46 = 104 fits a 116 px line, a third does not.
    const canvas = compose(116);
    const placed = swatches(canvas);
    expect(placed.slice(0, 3)).toEqual([
      ['1991', 28, HEADER + 314],
      ['1992', 74, HEADER + 314],
      ['1993', 28, HEADER + 334],
    ]);
  });

  it('keeps a swatch wider than the line on a row of its own rather than an empty row', () => {
    const canvas = compose(20);
    const rows = swatches(canvas).map((p) => p[2]);
    expect(rows).toEqual(LABELS.map((_, i) => HEADER + 314 + 20 * i));
  });

  it('grows the picture by the header and a footer that fits the legend rows and the attribution', () => {
    const one = compose(2000) as unknown as FakeCanvas;
    expect([one.width, one.height]).toEqual([2000, 300 + HEADER + 8 + 20 + 26]);
    const twelve = compose(20) as unknown as FakeCanvas;
    expect(twelve.height).toBe(300 + HEADER + 8 + 12 * 20 + 26);
  });

  it('draws at the map scale: header and footer scaled, the map copied as drawn', () => {
    const canvas = compose(2000, 2) as unknown as FakeCanvas;
    expect([canvas.width, canvas.height]).toEqual([2000, 600 + (HEADER + 8 + 20 + 26) * 2]);
    const calls = recorded(canvas);
    expect(calls.find((c) => c[0] === 'drawImage')?.slice(2, 4)).toEqual([0, HEADER * 2]);
    expect(calls.find((c) => c[0] === 'scale')?.slice(1, 3)).toEqual([2, 2]);
    // The legend is laid out in CSS pixels: 1000 px wide, one row.
    expect(new Set(swatches(canvas).map((p) => p[2]))).toEqual(new Set([HEADER + 314]));
  });

  it('writes the title in the header and the attribution under the legend, in the theme colours', () => {
    for (const dark of [false, true]) {
      const calls = recorded(compose(2000, 1, dark));
      const text = dark ? '#e8edf2' : '#1c232b';
      expect(calls[0]).toEqual([
        'fillRect',
        0,
        0,
        2000,
        300 + HEADER + 54,
        { fillStyle: dark ? '#10171e' : '#ffffff', font: '12px system-ui, "DejaVu Sans", sans-serif' },
      ]);
      expect(calls.find((c) => c[1] === 'Title')).toEqual([
        'fillText',
        'Title',
        12,
        HEADER / 2,
        { fillStyle: text, font: 'bold 18px system-ui, "DejaVu Sans", sans-serif' },
      ]);
      expect(calls.find((c) => c[1] === '© Attribution')).toEqual([
        'fillText',
        '© Attribution',
        12,
        HEADER + 300 + 8 + 20 + 8,
        { fillStyle: text, font: '11px system-ui, "DejaVu Sans", sans-serif' },
      ]);
    }
  });

  it('fills each swatch with its class colour and outlines it in the text colour', () => {
    const palette = PALETTES.light;
    const calls = recorded(compose(2000));
    const fills = calls.filter((c) => c[0] === 'fillRect').slice(1);
    expect(fills.map((c) => (c[5] as { fillStyle: string }).fillStyle)).toEqual([
      ...YEAR_BINS.map((_, i) => palette.classes[`y${i}`]),
      palette.classes.subject,
      palette.classes.notyet,
      palette.classes.undated,
      palette.classes.none,
      palette.classes.nodata,
    ]);
    expect(fills[0]?.slice(1, 5)).toEqual([12, HEADER + 308, 12, 12]);
    const context = (compose(2000) as unknown as FakeCanvas).context!;
    const strokeIndex = context.calls.findIndex((c) => c[0] === 'strokeRect');
    expect(context.states[strokeIndex]).toEqual({ strokeStyle: '#1c232b', textBaseline: 'middle' });
    const strokes = calls.filter((c) => c[0] === 'strokeRect');
    expect(strokes).toHaveLength(12);
    expect(strokes[0]?.slice(1, 5)).toEqual([12, HEADER + 308, 12, 12]);
  });

  it('gives back an empty canvas when there is no 2D context', () => {
    vi.stubGlobal('document', {
      createElement: () => Object.assign(new FakeCanvas(), { context: null }),
    });
    const canvas = compose(2000) as unknown as FakeCanvas;
    expect([canvas.width, canvas.height]).toEqual([0, 0]);
  });
});
