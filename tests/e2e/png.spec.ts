import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { HEADER } from '../../src/lib/pngLayout';
import { PALETTES } from '../../src/lib/palette';
import { expect, hexToRgb, near, openMap, test } from './fixtures';

const light = PALETTES.light;

async function downloadPng(page: Page): Promise<PNG> {
  await page.getByTestId('share-open').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-png').click(),
  ]);
  return PNG.sync.read(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c)));
}

/** How many pixels in rows [top, bottom) are within `tolerance` of a colour. */
function count(png: PNG, top: number, bottom: number, hex: string, tolerance = 6): number {
  const rgb = hexToRgb(hex);
  let n = 0;
  for (let y = Math.max(0, top); y < Math.min(png.height, bottom); y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (near([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], rgb, tolerance)) n += 1;
    }
  }
  return n;
}

test.describe('the PNG download', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('is full width with a panel open, without the selection outline, and its legend is striped like the map', async ({
    page,
  }) => {
    // Drawing 2560 px with software WebGL on a shared machine can take most of a minute.
    test.slow();
    await openMap(page, '?country=DEU&theme=light');
    await expect(page.getByTestId('panel')).toBeVisible();
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(canvas.width).toBeLessThan(1200); // the panel has narrowed the map on screen
    const png = await downloadPng(page);
    // As wide as the map is with no panel: the whole window, at 2×.
    expect(png.width).toBe(1280 * 2);
    const mapTop = HEADER * 2;
    const mapBottom = mapTop + Math.round(canvas.height) * 2;
    // The selected outline's core colour is interface, not data: none of it in the map.
    expect(count(png, mapTop, mapBottom, light.selected)).toBeLessThan(50);
    // The legend's "date not found" swatch carries the map's stripes.
    expect(count(png, mapBottom, png.height, light.hatch, 20)).toBeGreaterThan(10);
    // The screen is as it was: the panel and the outline stay.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('panel')).toBeVisible();
  });
});
