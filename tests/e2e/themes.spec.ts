import type { Page } from '@playwright/test';
import type { ResolvedTheme } from '../../src/lib/palette';
import { PALETTES } from '../../src/lib/palette';
import { expect, hexToRgb, near, openMap, pixelAt, positionOf, test } from './fixtures';

/** A pixel of open sea: the South Atlantic, halfway between Brazil's and Angola's anchors. */
async function seaPixel(page: Page): Promise<[number, number, number]> {
  const bra = await positionOf(page, 'BRA');
  const ago = await positionOf(page, 'AGO');
  return pixelAt(page, (bra.x + ago.x) / 2, (bra.y + ago.y) / 2);
}

/** The colours a theme paints: the sea, Peru (no data) and Belarus. */
async function expectPainted(page: Page, theme: ResolvedTheme): Promise<void> {
  const palette = PALETTES[theme];
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  const sea = await seaPixel(page);
  expect(near(sea, hexToRgb(palette.background)), `${theme} sea ${sea}`).toBe(true);
  const per = await positionOf(page, 'PER');
  const peru = await pixelAt(page, per.x, per.y);
  expect(near(peru, hexToRgb(palette.classes.nodata)), `${theme} Peru ${peru}`).toBe(true);
  const blr = await positionOf(page, 'BLR');
  const belarus = await pixelAt(page, blr.x, blr.y);
  expect(near(belarus, hexToRgb(palette.classes.subject)), `${theme} Belarus ${belarus}`).toBe(true);
}

test.describe('themes', () => {
  test('?theme=dark paints the page and the map dark, unlike ?theme=light', async ({ page }) => {
    await openMap(page, '?theme=light');
    await expectPainted(page, 'light');
    const lightSea = await seaPixel(page);
    const lightPage = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

    await openMap(page, '?theme=dark');
    await expectPainted(page, 'dark');
    expect(near(await seaPixel(page), lightSea)).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(
      lightPage,
    );
    await expect(page).toHaveURL(/theme=dark/);
  });

  test('?theme=light stays light when the system prefers dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openMap(page, '?theme=light');
    await expectPainted(page, 'light');
  });

  test('with no theme (auto) the map follows the system’s colour scheme, also as it changes', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openMap(page, '?theme=auto');
    await expectPainted(page, 'dark');
    await expect(page).not.toHaveURL(/theme=/);
    await page.emulateMedia({ colorScheme: 'light' });
    await expectPainted(page, 'light');
  });
});
