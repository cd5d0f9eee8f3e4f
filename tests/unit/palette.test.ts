import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { YEAR_BINS } from '../../src/lib/mapClass';
import { PALETTES, VIRIDIS_RANGE, YEAR_COLORS } from '../../src/lib/palette';

describe('the year colours', () => {
  it('are viridis sampled evenly over its range, one per bin, as d3-scale-chromatic computes it', () => {
    const [first, last] = VIRIDIS_RANGE;
    const expected = YEAR_BINS.map((_, i) =>
      interpolateViridis(first + ((last - first) * i) / (YEAR_BINS.length - 1)),
    );
    expect(YEAR_COLORS).toEqual(expected);
  });

  it('colour the year classes of both themes', () => {
    for (const palette of Object.values(PALETTES)) {
      YEAR_COLORS.forEach((colour, i) => expect(palette.classes[`y${i}`]).toBe(colour));
    }
  });
});
