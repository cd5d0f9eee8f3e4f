// The poster's layout (the social preview and the SVG download): every part inside the picture,
// the legend below the map rather than over it, nothing overlapping.
import { describe, expect, it } from 'vitest';
import { hatchPattern, posterLayout, posterSvg, type PosterInput } from '../../src/lib/mapPoster';
import { PALETTES } from '../../src/lib/palette';
import { legendSwatches } from '../../src/lib/pngLayout';

const base = (over: Partial<PosterInput> = {}): PosterInput => ({
  width: 1200,
  height: 630,
  shapes: '<path d="M0 0h1v1z"/>',
  palette: PALETTES.light,
  ink: '#111',
  paper: '#fff',
  past: false,
  title: "Belarus's diplomatic relations",
  legendTitle: 'Relations established',
  credit: 'Data: Wikipedia (CC BY-SA 4.0)',
  fontFamily: 'Inter',
  ...over,
});

/** The layout of a light-theme poster of this size, for the present year's legend. */
const lightLayout = (width: number, height: number) =>
  posterLayout(
    width,
    height,
    legendSwatches(PALETTES.light, false).map((s) => s.label),
  );

/** Every `<tag … attr="n" …>` of a kind, its numeric attributes. */
function elements(svg: string, tag: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

describe('posterLayout', () => {
  const labels = legendSwatches(PALETTES.light, false).map((s) => s.label);

  it.each([
    [1200, 630],
    [1280, 720],
    [800, 600],
    [600, 600],
  ])('%i × %i: title, map, legend and credit stack without a gap or an overlap', (width, height) => {
    const layout = posterLayout(width, height, labels);
    expect(layout.mapTop).toBe(64);
    expect(layout.legendTop).toBe(layout.mapTop + layout.mapHeight);
    // The credit's 30 px below the legend, the picture's height in all.
    expect(layout.legendTop + layout.legendHeight + 30).toBe(height);
    expect(layout.mapHeight).toBeGreaterThan(height / 2);
    for (const [i, at] of layout.swatches.entries()) {
      expect(at.y).toBeGreaterThanOrEqual(layout.legendTop + 30);
      expect(at.y + 14).toBeLessThanOrEqual(layout.legendTop + layout.legendHeight);
      // The label's estimated end (0.56 em a letter at 15 px) stays inside the picture.
      expect(at.x + 14 + 5 + labels[i]!.length * 0.56 * 15).toBeLessThanOrEqual(width - 8);
    }
  });

  it('wraps the legend onto more rows when the picture is narrower, taking the height from the map', () => {
    const wide = posterLayout(1200, 630, labels);
    const narrow = posterLayout(600, 630, labels);
    const rows = (l: typeof wide) => new Set(l.swatches.map((s) => s.y)).size;
    expect(rows(narrow)).toBeGreaterThan(rows(wide));
    expect(narrow.legendHeight - wide.legendHeight).toBe((rows(narrow) - rows(wide)) * 22);
    expect(wide.mapHeight - narrow.mapHeight).toBe(narrow.legendHeight - wide.legendHeight);
  });

  it('places the swatches left to right along a row, each after the last', () => {
    const { swatches } = posterLayout(1200, 630, labels);
    expect(swatches[0]).toEqual({ x: 20, y: posterLayout(1200, 630, labels).legendTop + 30 });
    for (let i = 1; i < swatches.length; i++) {
      const [a, b] = [swatches[i - 1]!, swatches[i]!];
      if (a.y === b.y) expect(b.x).toBeGreaterThan(a.x + 14 + labels[i - 1]!.length * 0.56 * 15);
      else expect(b.x).toBe(20);
    }
  });
});

describe('posterSvg', () => {
  it('draws the map in its box, under the title and above the legend strip', () => {
    const svg = posterSvg(base());
    const layout = lightLayout(1200, 630);
    const map = elements(svg, 'svg').find((e) => e.x === '0')!;
    expect(Number(map.y)).toBe(layout.mapTop);
    expect(Number(map.height)).toBe(layout.mapHeight);
    expect(map.viewBox!.split(' ')).toHaveLength(4);
    const strip = elements(svg, 'rect').find((e) => e.y === String(layout.legendTop))!;
    expect(Number(strip.height)).toBe(layout.legendHeight);
    expect(Number(strip.width)).toBe(1200);
    const texts = elements(svg, 'text');
    expect(Number(texts[0]!.y)).toBeLessThan(layout.mapTop);
    expect(Number(texts.at(-1)!.y)).toBeGreaterThan(layout.legendTop + layout.legendHeight);
    expect(Number(texts.at(-1)!.y)).toBeLessThanOrEqual(630);
  });

  it('draws a swatch and its label for every legend class, the hatched one striped', () => {
    const svg = posterSvg(base());
    const swatches = legendSwatches(PALETTES.light, false);
    for (const s of swatches) expect(svg).toContain(`>${s.label.replace(/'/g, '&#39;')}</text>`);
    const striped = elements(svg, 'rect').filter((e) => e.fill === 'url(#legend-hatch)');
    expect(striped).toHaveLength(swatches.filter((s) => s.hatch).length);
    expect(striped.length).toBeGreaterThan(0);
  });

  it('writes each label 5 px right of its 14 px swatch, on a baseline 2 px above its foot', () => {
    const svg = posterSvg(base());
    const layout = lightLayout(1200, 630);
    const swatchRects = elements(svg, 'rect').filter((e) => e.width === '14' && e.stroke === '#111');
    const labels = elements(svg, 'text').filter((e) => !e['font-weight'] && !e['font-size']);
    expect(swatchRects.map((r) => [Number(r.x), Number(r.y)])).toEqual(
      layout.swatches.map((a) => [a.x, a.y]),
    );
    expect(labels.map((t) => [Number(t.x), Number(t.y)])).toEqual(
      layout.swatches.map((a) => [a.x + 19, a.y + 12]),
    );
  });

  it('is one SVG document of the size asked, on paper, with the legend title in the strip', () => {
    const svg = posterSvg(base({ width: 800, height: 600 }));
    expect(
      svg.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600" font-family="Inter">',
      ),
    ).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<svg\b/g)).toHaveLength(2);
    expect(svg.match(/<\/svg>/g)).toHaveLength(2);
    expect(svg).toContain('<defs><pattern');
    expect(svg).toContain('<rect width="800" height="600" fill="#fff"/>');
    expect(svg).toContain('<g font-size="15" fill="#111">');
    const layout = lightLayout(800, 600);
    const legendTitle = elements(svg, 'text').find((e) => e['font-weight'] === '700' && !e['font-size'])!;
    expect(Number(legendTitle.y)).toBe(layout.legendTop + 21);
  });

  it('says "unknown then" in a past year', () => {
    expect(posterSvg(base({ past: true }))).toContain('unknown then');
    expect(posterSvg(base({ past: false }))).not.toContain('unknown then');
  });

  it('shapes keep the colours and stroke of the palette, in the map box only', () => {
    const svg = posterSvg(base({ palette: PALETTES.dark }));
    expect(svg).toContain(
      `<g stroke="${PALETTES.dark.border}" stroke-width="0.4" stroke-linejoin="round"><path`,
    );
    expect(svg).toContain(`fill="${PALETTES.dark.background}"`);
  });
});

describe('hatchPattern', () => {
  it('is a rotated pattern of stripes a third as wide as it repeats', () => {
    expect(hatchPattern('#abc', 3)).toBe(
      '<pattern id="fp-hatch" patternUnits="userSpaceOnUse" width="3" height="3" patternTransform="rotate(45)">' +
        '<rect width="1" height="3" fill="#abc"/></pattern>',
    );
  });
});
