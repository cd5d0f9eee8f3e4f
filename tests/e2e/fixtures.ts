import { test as base, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { MapClass } from '../../src/lib/mapClass';
import { PALETTES } from '../../src/lib/palette';

export { expect };

export interface PageWatch {
  /** Uncaught errors and unhandled rejections. */
  errors: string[];
  /** Requests that left the page's origin. */
  external: string[];
  /** console.warn messages (bad URL parameters and messages are reported there). */
  warnings: string[];
  /** Origins besides the app's that a test serves itself (a host page on a second origin). */
  allowed: string[];
}

/**
 * Every browser test watches its page: an uncaught error, an unhandled rejection or a request
 * to another origin fails it, whatever else it checks.
 */
export const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const watch: PageWatch = { errors: [], external: [], warnings: [], allowed: [origin] };
      page.on('pageerror', (error) => watch.errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'warning') watch.warnings.push(message.text());
      });
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (!watch.allowed.includes(new URL(url).origin)) watch.external.push(url);
      });
      await use(watch);
      expect(watch.errors, 'uncaught errors').toEqual([]);
      expect(watch.external, 'requests outside the origin').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the app and waits for MapLibre's load and first idle (data-testid="map" is set then). */
export async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await page.getByTestId('map').waitFor({ state: 'attached' });
}

/** Where a country's anchor (its largest polygon's centroid, or its point) is on the page. */
export async function positionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  // A view still flying (to a country named in the URL, say) would move the target under the click.
  await page.evaluate(() => window.__belarusMap?.settled());
  const position = await page.evaluate((code) => window.__belarusMap?.screenPosition(code) ?? null, id);
  if (!position) throw new Error(`no position for ${id}`);
  return position;
}

/** Waits until MapLibre has drawn what it was asked to (no pending frame, no moving camera). */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)));
      }),
  );
}

/** The colour on screen at a page position, read from a screenshot of that one pixel. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  await mapIdle(page);
  const buffer = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  const png = PNG.sync.read(buffer);
  return [png.data[0] ?? 0, png.data[1] ?? 0, png.data[2] ?? 0];
}

/** The light theme's colour of a map class, as RGB. */
export function classRgb(cls: MapClass): [number, number, number] {
  const hex = PALETTES.light.classes[cls];
  if (!hex) throw new Error(`no colour for class ${cls}`);
  return hexToRgb(hex);
}

export function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Whether two colours are the same within a small tolerance (antialiasing, colour management). */
export function near(a: [number, number, number], b: [number, number, number], tolerance = 12): boolean {
  return a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);
}
