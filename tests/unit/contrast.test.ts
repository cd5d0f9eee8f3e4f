import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES, type ResolvedTheme } from '../../src/lib/palette';

// WCAG 2.x contrast: text needs 4.5:1 (1.4.3), the parts of controls and of the map that show
// where things are and what is focused or selected need 3:1 (1.4.11).
type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

function contrast(a: Rgb | string, b: Rgb | string): number {
  const la = luminance(typeof a === 'string' ? rgb(a) : a);
  const lb = luminance(typeof b === 'string' ? rgb(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `top` at `alpha` over `under`, composited in sRGB as browsers do. */
function over(top: string, alpha: number, under: string): Rgb {
  const t = rgb(top);
  const u = rgb(under);
  return t.map((v, i) => v * alpha + (u[i] ?? 0) * (1 - alpha)) as Rgb;
}

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The custom properties of one rule of app.css. */
function variables(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector} in app.css`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2]]),
  );
}

const css = read('src/app.css');
const light = variables(css, ':root');
const THEMES: Record<ResolvedTheme, Record<string, string>> = {
  light,
  dark: { ...light, ...variables(css, ":root[data-theme='dark']") },
};

/**
 * How opaque a component's background is where it may lie over the map: color-mix(in srgb,
 * var(--bg) N%, transparent), or 1 for a plain var(--bg) (the legend, below the map).
 */
function backgroundAlpha(component: string): number {
  const source = read(`src/components/${component}`);
  const match = source.match(/color-mix\(in srgb, var\(--bg\) (\d+)%, transparent\)/);
  if (match) return Number(match[1]) / 100;
  if (/background: var\(--bg\);/.test(source)) return 1;
  throw new Error(`no background of var(--bg) in ${component}`);
}

const v = (theme: ResolvedTheme, name: string): string => {
  const value = THEMES[theme][name];
  if (!value) throw new Error(`--${name} is not set for the ${theme} theme`);
  return value;
};

for (const theme of ['light', 'dark'] as const) {
  const palette = PALETTES[theme];
  // Everything the map can show under an outline or an overlay: each class and the sea.
  const mapColours = [...Object.entries(palette.classes), ['background', palette.background] as const];

  describe(`the ${theme} theme`, () => {
    it('has text at 4.5:1 on the page and surface backgrounds', () => {
      for (const fg of ['text', 'muted', 'link']) {
        for (const bg of ['bg', 'surface']) {
          const ratio = contrast(v(theme, fg), v(theme, bg));
          expect(ratio, `--${fg} on --${bg}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it('has text at 4.5:1 on the legend and attribution over any map colour', () => {
      for (const [component, colours] of [
        ['Legend.svelte', ['text', 'muted']],
        ['Attribution.svelte', ['text', 'link']],
      ] as const) {
        const alpha = backgroundAlpha(component);
        for (const [name, fill] of mapColours) {
          const behind = over(v(theme, 'bg'), alpha, fill);
          for (const fg of colours) {
            const ratio = contrast(v(theme, fg), behind);
            expect(ratio, `${component}: --${fg} over ${name}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(
              4.5,
            );
          }
        }
      }
    });

    it('draws control edges, the accent and the focus ring at 3:1 against what they sit on', () => {
      for (const fg of ['control-border', 'accent', 'focus']) {
        for (const [name, bg] of [
          ['--bg', v(theme, 'bg')],
          ['--surface', v(theme, 'surface')],
          ['the sea', palette.background],
        ] as const) {
          const ratio = contrast(v(theme, fg), bg);
          expect(ratio, `--${fg} on ${name}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(3);
        }
      }
    });

    it('uses the same focus colour on the page and on the map', () => {
      expect(v(theme, 'focus').toLowerCase()).toBe(palette.focus.toLowerCase());
    });

    it('outlines the selected and the focused country at 3:1 against every fill', () => {
      // Two-tone outlines (a core over a wider halo): one of the two must reach 3:1 against each
      // fill, as in WCAG technique C40. No single colour can against both viridis ends.
      for (const [role, core] of [
        ['selected', palette.selected],
        ['focus', palette.focus],
      ] as const) {
        for (const [name, fill] of mapColours) {
          const ratio = Math.max(contrast(core, fill), contrast(palette.halo, fill));
          expect(ratio, `${role} outline on ${name} (${fill}): ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(
            3,
          );
        }
      }
    });

    it('strokes the points of small states at 3:1 against the sea', () => {
      const ratio = contrast(palette.pointStroke, palette.background);
      expect(ratio, `point stroke on the sea: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(3);
    });

    // In 1991 almost every state is "not yet": if that land looks like the sea, the early map
    // looks empty (the dark theme's grey land on a grey-black sea: b* −6.8 against −7.8). No
    // two dark colours reach 3:1 here without crowding the classes above them, so the sea is
    // told apart by its hue, as the light theme's blue sea is from its cream land.
    it('tells the land a year has not reached from the sea, by lightness or by hue', () => {
      const land = lab(rgb(palette.classes.notyet));
      const sea = lab(rgb(palette.background));
      const lighter = Math.abs(land[0] - sea[0]);
      const bluer = land[2] - sea[2];
      expect(
        lighter >= 15 || bluer >= 6,
        `not yet ${palette.classes.notyet} on the sea ${palette.background}: ΔL* ${lighter.toFixed(1)}, Δb* ${bluer.toFixed(1)}`,
      ).toBe(true);
    });
  });
}

/** CIE L*a*b* (D65) of an sRGB colour: L* lightness, b* from blue (−) to yellow (+). */
function lab(colour: Rgb): [number, number, number] {
  const [r, g, b] = colour.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
