import { describe, expect, it } from 'vitest';
import { TOOLTIP_GAP, tooltipStart } from '../../src/lib/tooltipPlace';

describe('tooltipStart', () => {
  it('puts the tooltip after the pointer where it fits', () => {
    expect(tooltipStart(100, 200, 400)).toBe(100 + TOOLTIP_GAP);
    // Exactly fitting counts as fitting.
    expect(tooltipStart(400 - 200 - TOOLTIP_GAP, 200, 400)).toBe(400 - 200);
  });

  it('puts it before the pointer near the far edge', () => {
    expect(tooltipStart(350, 200, 400)).toBe(350 - TOOLTIP_GAP - 200);
    expect(tooltipStart(200 + TOOLTIP_GAP, 200, 400)).toBe(0);
  });

  it('holds it against the far edge where it fits on neither side (Ukraine tapped on a phone, in Russian)', () => {
    // A 254 px tooltip for a tap at 205 px on a 390 px map: 219..473 widened the page to 473 px.
    expect(tooltipStart(205, 254, 390)).toBe(390 - 254);
  });

  it('starts at 0 when it is longer than the map', () => {
    expect(tooltipStart(100, 500, 390)).toBe(0);
  });
});
