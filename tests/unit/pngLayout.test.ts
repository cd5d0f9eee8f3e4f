import { describe, expect, it } from 'vitest';
import { PALETTES, PAST_HATCH_OPACITY } from '../../src/lib/palette';
import {
  hatchLines,
  HEADER,
  layoutLegend,
  legendSwatches,
  pngFrame,
  ROW,
  snapshotWidth,
} from '../../src/lib/pngLayout';

describe('the PNG legend', () => {
  it('has the screen legend’s entries, with "date not found" striped as on the map', () => {
    const swatches = legendSwatches(PALETTES.light, false);
    expect(swatches.map((s) => s.label)).toEqual([
      '1991',
      '1992',
      '1993',
      '1994–96',
      '1997–2000',
      '2001–10',
      '2011–',
      'Belarus',
      'Not yet (came later)',
      'Relations, date not found',
      'No relations',
      'No data',
    ]);
    const striped = swatches.filter((s) => s.hatch);
    expect(striped).toEqual([
      {
        color: PALETTES.light.classes.undated,
        label: 'Relations, date not found',
        hatch: { color: PALETTES.light.hatch, opacity: 1 },
      },
    ]);
    // Striped, it no longer looks like the flat cream of "not yet".
    expect(swatches.find((s) => s.label.startsWith('Not yet'))?.hatch).toBeNull();
  });

  it('says "unknown then", with faint stripes, for a past year', () => {
    const striped = legendSwatches(PALETTES.dark, true).filter((s) => s.hatch);
    expect(striped).toEqual([
      {
        color: PALETTES.dark.classes.undatedpast,
        label: 'Relations today, date not found: unknown then',
        hatch: { color: PALETTES.dark.hatch, opacity: PAST_HATCH_OPACITY },
      },
    ]);
  });

  const rows: { widths: number[]; width: number; placed: { x: number; row: number }[]; count: number }[] = [
    { widths: [], width: 500, placed: [], count: 0 },
    // Each entry takes swatch 12 + gap 4 + label + 6, from a 12 px margin.
    {
      widths: [30, 30],
      width: 500,
      placed: [
        { x: 12, row: 0 },
        { x: 64, row: 0 },
      ],
      count: 1,
    },
    {
      widths: [100, 100, 100],
      width: 300,
      placed: [
        { x: 12, row: 0 },
        { x: 134, row: 0 },
        { x: 12, row: 1 },
      ],
      count: 2,
    },
    // A label wider than the row still gets a row of its own, not an empty row before it.
    { widths: [900], width: 300, placed: [{ x: 12, row: 0 }], count: 1 },
  ];
  it.each(rows)('lays out $widths in $width px as $count row(s)', ({ widths, width, placed, count }) => {
    expect(layoutLegend(widths, width)).toEqual({ placed, rows: count });
  });
});

describe('the PNG frame', () => {
  it.each([
    {
      map: { width: 1280, height: 640 },
      rows: 1,
      scale: 2,
      width: 2560,
      height: (640 + HEADER + 8 + ROW + 26) * 2,
    },
    {
      map: { width: 390, height: 400 },
      rows: 3,
      scale: 2,
      width: 780,
      height: (400 + HEADER + 8 + 3 * ROW + 26) * 2,
    },
  ])(
    'is $width×$height for a $map.width px map and $rows legend row(s)',
    ({ map, rows, scale, width, height }) => {
      const frame = pngFrame(map, rows, scale);
      expect(frame).toMatchObject({ width, height });
      expect(frame.legendTop).toBe(HEADER + map.height + 8);
      expect(frame.attributionY).toBe(frame.legendTop + rows * ROW + 8);
    },
  );
});

describe('the width the map is drawn at', () => {
  const map = { left: 0, top: 60, width: 896, height: 640 };
  it.each([
    { why: 'no panel', panel: null, width: 896 },
    { why: 'a panel beside the map', panel: { left: 896, top: 0, width: 384, height: 760 }, width: 1280 },
    {
      why: 'a sheet over the map (phone)',
      panel: { left: 0, top: 400, width: 896, height: 300 },
      width: 896,
    },
    {
      why: 'a panel below the map (flow embed)',
      panel: { left: 0, top: 760, width: 896, height: 500 },
      width: 896,
    },
  ])('is the full width with $why', ({ panel, width }) => {
    expect(snapshotWidth(map, panel)).toBe(width);
  });
});

describe('the stripes of a swatch', () => {
  it('are 45° lines every 4 px that cover the square', () => {
    const lines = hatchLines(10, 20, 12);
    expect(lines[0]).toEqual([-2, 32, 10, 20]);
    for (const [x1, y1, x2, y2] of lines) expect(x2 - x1).toBe(y1 - y2);
    expect(lines.map((l) => l[0] - 10)).toEqual([-12, -8, -4, 0, 4, 8, 12]);
  });
});
