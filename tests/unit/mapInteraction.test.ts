import { describe, expect, it } from 'vitest';
import { coveredBelow } from '../../src/map/coveredBelow';
import { hitChoices, hitTest, type HitSurface } from '../../src/map/hitTest';
import { mapKeyAction, nearEdge, PAN_STEP } from '../../src/map/mapKeyAction';
import { REVEAL_MARGIN, revealAbove, revealInside } from '../../src/map/revealAbove';

// A flat "projection": one degree is one pixel, so positions are easy to read.
function surface(polygonAt: (x: number, y: number) => string | null): HitSurface {
  return { project: ([lon, lat]) => ({ x: lon, y: lat }), codeAt: polygonAt };
}
const MALTA = { id: 'MLT', lon: 100, lat: 100 };
const SINGAPORE = { id: 'SGP', lon: 300, lat: 300 };

describe('hit testing', () => {
  const underItaly = surface((x) => (x < 200 ? 'ITA' : null));

  it.each([
    ['a small state’s point wins over the polygon under it, within 12 px', 108, 100, 'MLT'],
    ['the polygon under the pointer, further than 12 px from any point', 113, 100, 'ITA'],
    ['over the sea, a point within 20 px is still found', 318, 300, 'SGP'],
    ['over the sea and far from every point, nothing', 330, 300, null],
  ])('%s', (_, x, y, expected) => {
    expect(hitTest(underItaly, [MALTA, SINGAPORE], x, y)).toBe(expected);
  });

  it('takes the nearest of two points in reach', () => {
    const near = { id: 'SMR', lon: 106, lat: 100 };
    expect(hitTest(underItaly, [MALTA, near], 104, 100)).toBe('SMR');
  });
});

describe('a click between small states drawn over each other', () => {
  const flat = surface(() => 'ITA');
  const VATICAN = { id: 'VAT', lon: 100, lat: 100 };
  const ORDER = { id: 'XOM', lon: 100.2, lat: 100 };
  const SAN_MARINO = { id: 'SMR', lon: 107, lat: 100 };

  it.each([
    [
      'two points a fraction of a px apart: both, nearest first',
      [VATICAN, ORDER],
      100.15,
      100,
      ['XOM', 'VAT'],
    ],
    [
      'a third within 6 px further than the nearest joins',
      [VATICAN, ORDER, SAN_MARINO],
      103,
      100,
      ['XOM', 'VAT', 'SMR'],
    ],
    ['one clearly nearer (7 px against 0): no choice', [VATICAN, SAN_MARINO], 100, 100, []],
    ['exactly 6 px further is still a choice', [VATICAN, SAN_MARINO], 100.5, 100, ['VAT', 'SMR']],
    [
      'a point beyond the 12 px target is no choice, however near the nearest',
      [VATICAN, { id: 'FAR', lon: 120, lat: 100 }],
      107,
      100,
      [],
    ],
    ['one point alone: no choice', [VATICAN], 100, 100, []],
    ['nothing in reach: no choice', [VATICAN, ORDER], 150, 100, []],
  ] as const)('%s', (_, points, x, y, expected) => {
    expect(hitChoices(flat, points, x, y)).toEqual(expected);
  });

  it('names a place drawn twice once', () => {
    expect(hitChoices(flat, [VATICAN, { ...VATICAN }, ORDER], 100, 100)).toEqual(['VAT', 'XOM']);
  });
});

describe('keys on the map', () => {
  const anchors = [
    { id: 'BLR', lon: 28, lat: 53 },
    { id: 'POL', lon: 19, lat: 52 },
    { id: 'RUS', lon: 40, lat: 55 },
  ];
  const ctx = { anchors, focused: null, selected: null, home: 'BLR' };

  it.each([
    ['ArrowLeft from the home country', 'ArrowLeft', false, ctx, { kind: 'focus', id: 'POL' }],
    [
      'ArrowRight from the focused country',
      'ArrowRight',
      false,
      { ...ctx, focused: 'POL' },
      { kind: 'focus', id: 'BLR' },
    ],
    [
      'ArrowRight from the selected country',
      'ArrowRight',
      false,
      { ...ctx, selected: 'BLR' },
      { kind: 'focus', id: 'RUS' },
    ],
    ['an arrow with nothing that way', 'ArrowRight', false, { ...ctx, focused: 'RUS' }, { kind: 'edge' }],
    ['Shift+ArrowLeft pans', 'ArrowLeft', true, ctx, { kind: 'pan', by: [-PAN_STEP, 0] }],
    ['Shift+ArrowDown pans', 'ArrowDown', true, ctx, { kind: 'pan', by: [0, PAN_STEP] }],
    [
      'Enter opens the focused country',
      'Enter',
      false,
      { ...ctx, focused: 'POL' },
      { kind: 'open', id: 'POL' },
    ],
    ['Space opens the focused country', ' ', false, { ...ctx, focused: 'POL' }, { kind: 'open', id: 'POL' }],
    ['Enter with nothing focused', 'Enter', false, ctx, null],
    ['Esc leaves the focused country', 'Escape', false, { ...ctx, focused: 'POL' }, { kind: 'unfocus' }],
    [
      'Esc with a panel open is the panel’s',
      'Escape',
      false,
      { ...ctx, focused: 'POL', selected: 'POL' },
      null,
    ],
    ['Esc with nothing focused is not the map’s', 'Escape', false, ctx, null],
    ['Another key with a country focused is not the map’s', 'x', false, { ...ctx, focused: 'POL' }, null],
    ['+ zooms in', '+', false, ctx, { kind: 'zoom', direction: 1 }],
    ['= zooms in', '=', false, ctx, { kind: 'zoom', direction: 1 }],
    ['- zooms out', '-', false, ctx, { kind: 'zoom', direction: -1 }],
    ['_ zooms out', '_', false, ctx, { kind: 'zoom', direction: -1 }],
    ['another key is not the map’s', 'a', false, ctx, null],
  ] as const)('%s', (_, key, shift, context, expected) => {
    expect(mapKeyAction(key, shift, context)).toEqual(expected);
  });

  describe('with targets (the states)', () => {
    // A place between Poland and Belarus that is drawn but is not a target (a territory).
    const withPlace = [...anchors, { id: 'XXX', lon: 24, lat: 52.5 }];
    const states = new Set(['BLR', 'POL', 'RUS']);

    it('arrows pass over a place that is not a target', () => {
      expect(mapKeyAction('ArrowLeft', false, { ...ctx, anchors: withPlace })).toEqual({
        kind: 'focus',
        id: 'XXX',
      });
      expect(mapKeyAction('ArrowLeft', false, { ...ctx, anchors: withPlace, targets: states })).toEqual({
        kind: 'focus',
        id: 'POL',
      });
    });

    it('from a selected place that is not a target, arrows go to the nearest target that way', () => {
      const context = { ...ctx, anchors: withPlace, targets: states, selected: 'XXX' };
      expect(mapKeyAction('ArrowRight', false, context)).toEqual({ kind: 'focus', id: 'BLR' });
      expect(mapKeyAction('ArrowLeft', false, context)).toEqual({ kind: 'focus', id: 'POL' });
    });
  });

  it.each([
    [{ x: 39, y: 300 }, true],
    [{ x: 41, y: 41 }, false],
    [{ x: 500, y: 761 }, true],
    [{ x: 985, y: 300 }, true],
    [{ x: 983, y: 727 }, false],
  ])('a point at %j is near the edge of a 1024×768 map: %s', (p, expected) => {
    expect(nearEdge(p, 1024, 768)).toBe(expected);
  });
});

describe('the part of the map a bottom sheet covers', () => {
  const map = { left: 0, right: 390, top: 100, bottom: 800 };
  it.each([
    ['a sheet across the whole width', [{ left: 0, right: 390, top: 400, bottom: 844 }], 400],
    [
      'the taller of two sheets',
      [
        { left: 0, right: 390, top: 600, bottom: 844 },
        { left: 0, right: 390, top: 500, bottom: 844 },
      ],
      300,
    ],
    ['a side panel (not the whole width)', [{ left: 200, right: 390, top: 400, bottom: 844 }], 0],
    ['a sheet below the map', [{ left: 0, right: 390, top: 800, bottom: 844 }], 0],
    ['nothing', [], 0],
  ])('%s', (_, overlays, expected) => {
    expect(coveredBelow(map, overlays)).toBe(expected);
  });
});

describe('revealing a tapped place above the notes sheet', () => {
  // A 390 × 700 map whose lower 400 px are under the sheet: 300 px stay visible.
  it.each([
    ['no sheet: nothing moves', 650, 0, 0],
    ['a place well above the sheet stays put', 120, 400, 0],
    [
      'a place just above the sheet’s edge moves to the middle of the visible part',
      300 - REVEAL_MARGIN + 1,
      400,
      300 - REVEAL_MARGIN + 1 - 150,
    ],
    ['a place under the sheet moves up to the middle of the visible part', 520, 400, 520 - 150],
    ['a sheet that covers everything: the place goes to the top edge', 500, 700, 500],
  ])('%s', (_, y, covered, expected) => {
    expect(revealAbove(y, 700, covered)).toBe(expected);
  });

  it('puts a hidden place where it can be seen, above the sheet', () => {
    const y = 600;
    const after = y - revealAbove(y, 700, 400);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(300 - REVEAL_MARGIN);
  });
});

// The edges of each rule, to the pixel: what is on a boundary, and what is one pixel past it.
describe('the edges of the map rules', () => {
  const map = { left: 0, right: 400, top: 0, bottom: 700 };

  it.each([
    {
      what: 'a sheet the width of the map',
      sheet: { left: 0, right: 400, top: 500, bottom: 700 },
      covered: 200,
    },
    {
      what: 'a sheet a pixel narrower each side',
      sheet: { left: 1, right: 399, top: 500, bottom: 700 },
      covered: 200,
    },
    {
      what: 'a sheet 2 px in from the left',
      sheet: { left: 2, right: 400, top: 500, bottom: 700 },
      covered: 0,
    },
    {
      what: 'a sheet 2 px in from the right',
      sheet: { left: 0, right: 398, top: 500, bottom: 700 },
      covered: 0,
    },
    {
      what: 'a sheet from the very top (the whole map: not a sheet)',
      sheet: { left: 0, right: 400, top: 0, bottom: 700 },
      covered: 0,
    },
    {
      what: 'a sheet starting at the bottom edge',
      sheet: { left: 0, right: 400, top: 700, bottom: 900 },
      covered: 0,
    },
    {
      what: 'a sheet starting a pixel above it',
      sheet: { left: 0, right: 400, top: 699, bottom: 900 },
      covered: 1,
    },
  ])('covers $covered px with $what', ({ sheet, covered }) => {
    expect(coveredBelow(map, [sheet])).toBe(covered);
  });

  it.each([
    { p: { x: 40, y: 40 }, near: false },
    { p: { x: 39, y: 300 }, near: true },
    { p: { x: 200, y: 39 }, near: true },
    { p: { x: 360, y: 300 }, near: false },
    { p: { x: 361, y: 300 }, near: true },
    { p: { x: 200, y: 660 }, near: false },
    { p: { x: 200, y: 661 }, near: true },
  ])('a point at $p.x, $p.y is near the edge of a 400 × 700 map: $near', ({ p, near }) => {
    expect(nearEdge(p, 400, 700)).toBe(near);
  });

  it('moves nothing when the sheet covers nothing, and a place exactly at the margin stays', () => {
    expect(revealAbove(650, 700, 0)).toBe(0);
    // Even a place in the map's last few pixels, which a sheet would hide.
    expect(revealAbove(690, 700, 0)).toBe(0);
    expect(revealAbove(650, 700, -10)).toBe(0);
    expect(revealAbove(300 - REVEAL_MARGIN, 700, 400)).toBe(0);
    expect(revealAbove(300 - REVEAL_MARGIN + 1, 700, 400)).toBe(300 - REVEAL_MARGIN + 1 - 150);
  });
});

describe('revealInside', () => {
  it.each([
    { x: REVEAL_MARGIN, width: 900, expected: 0 },
    { x: 900 - REVEAL_MARGIN, width: 900, expected: 0 },
    { x: 450, width: 900, expected: 0 },
    // Past the right edge (a panel narrowed the map): to the middle.
    { x: 1038, width: 900, expected: 588 },
    { x: 900 - REVEAL_MARGIN + 1, width: 900, expected: 450 - REVEAL_MARGIN + 1 },
    // Past the left edge.
    { x: REVEAL_MARGIN - 1, width: 900, expected: REVEAL_MARGIN - 1 - 450 },
    { x: -40, width: 900, expected: -490 },
    // A map too narrow to have margins is left alone.
    { x: 500, width: 2 * REVEAL_MARGIN, expected: 0 },
  ])('a place at $x in a map $width px wide pans by $expected', ({ x, width, expected }) => {
    expect(revealInside(x, width)).toBe(expected);
  });

  it('puts a place it moves in the middle of the map', () => {
    expect(1038 - revealInside(1038, 900)).toBe(450);
  });
});
