import type { Page } from '@playwright/test';
import { PALETTES } from '../../src/lib/palette';
import { expect, hexToRgb, near, openMap, pixelAt, positionOf, test } from './fixtures';

/** Waits until MapLibre has caught up with a change of the map's size (a panel opened or closed). */
async function mapResized(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const map = document.querySelector<HTMLElement>('[data-testid="map"]')!;
        return map.querySelector('canvas')!.clientWidth === map.clientWidth;
      }),
    )
    .toBe(true);
}

/** The centre of the map on the page. */
async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('map').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('search', () => {
  // English names, an alias, the Russian and the Belarusian name all find the country.
  const queries: { query: string; id: string; name: string }[] = [
    { query: 'Czechia', id: 'CZE', name: 'Czech Republic' },
    { query: 'Ivory Coast', id: 'CIV', name: 'Ivory Coast' },
    { query: 'Vatican', id: 'VAT', name: 'Holy See' },
    { query: 'Германия', id: 'DEU', name: 'Germany' }, // Russian
    { query: 'Францыя', id: 'FRA', name: 'France' }, // Belarusian (Russian: Франция)
  ];

  test('finds countries by English, alias, Russian and Belarusian names and flies to them', async ({
    page,
  }) => {
    await openMap(page);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    let previous = await page.evaluate(() => window.__belarusMap!.view().center);
    for (const { query, id, name } of queries) {
      await search.fill(query);
      await expect(page.getByRole('option').first(), query).toContainText(name);
      await expect(search).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('panel').getByRole('heading', { level: 2 }), query).toHaveText(name);
      await expect(page).toHaveURL(new RegExp(`country=${id}`));
      // The map flies there: the view's centre moves and the country ends up in the middle of the map.
      await expect
        .poll(async () => {
          const at = await positionOf(page, id);
          const centre = await mapCentre(page);
          return Math.hypot(at.x - centre.x, at.y - centre.y);
        }, `${query}: distance of ${id} from the map's centre`)
        .toBeLessThan(30);
      const center = await page.evaluate(() => window.__belarusMap!.view().center);
      expect(
        Math.hypot(center[0] - previous[0], center[1] - previous[1]),
        `${query}: view moved`,
      ).toBeGreaterThan(1);
      previous = center;
    }
  });

  test('finds the places the map draws that are not states, after the states, and opens their notes', async ({
    page,
  }) => {
    await openMap(page);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    // "No country or organisation matches “Greenland”", while a click on Greenland opened its notes.
    await search.fill('Greenland');
    await expect(page.getByRole('option').first()).toHaveText('Greenland · not a state');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText('Greenland');
    await expect(page.getByTestId('panel-open-state')).toContainText('Denmark');
    await expect(page).toHaveURL(/country=GRL/);
    // Where a state and a place share the start of their names, the state comes first.
    await search.fill('New');
    await expect(page.getByRole('option').first()).toHaveText('New Zealand');
    await expect(page.getByRole('option').nth(1)).toHaveText('New Caledonia · not a state');
  });
});

test.describe('small states', () => {
  test('Malta, Singapore and Tuvalu open their notes when their points are clicked', async ({ page }) => {
    await openMap(page);
    const viewport = page.viewportSize()!;
    for (const [id, name] of [
      ['MLT', 'Malta'],
      ['SGP', 'Singapore'],
      ['TUV', 'Tuvalu'],
    ] as const) {
      const at = await positionOf(page, id);
      expect(at.x > 0 && at.x < viewport.width && at.y > 0 && at.y < viewport.height, `${id} on screen`).toBe(
        true,
      );
      await page.mouse.click(at.x, at.y);
      await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(name);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('panel')).toHaveCount(0);
      await mapResized(page);
    }
  });

  test('Tuvalu’s tooltip shows 15 px from its point, over the sea', async ({ page }) => {
    await openMap(page, '?center=179,-8.5&zoom=3');
    const at = await positionOf(page, 'TUV');
    const x = at.x - 15;
    const y = at.y;
    // The spot is open sea (no polygon under it), outside the point's 24 px target.
    expect(near(await pixelAt(page, x, y), hexToRgb(PALETTES.light.background))).toBe(true);
    await page.mouse.move(x, y);
    await expect(page.getByTestId('tooltip')).toContainText('Tuvalu');
    await page.mouse.click(x, y);
    await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText('Tuvalu');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

    test('Tuvalu opens with a neighbour in sight above the notes, not as a lone dot in the ocean', async ({
      page,
    }) => {
      await openMap(page, '?country=TUV');
      const sheet = (await page.getByTestId('panel').boundingBox())!;
      const map = (await page.getByTestId('map').boundingBox())!;
      // Wait for the flight to end: Tuvalu centred in the part of the map the sheet leaves.
      await expect
        .poll(async () => Math.abs((await positionOf(page, 'TUV')).y - (map.y + sheet.y) / 2))
        .toBeLessThan(30);
      // Samoa, about 1,100 km away, was under the sheet at zoom 4.
      const samoa = await positionOf(page, 'WSM');
      expect(samoa.x).toBeGreaterThan(0);
      expect(samoa.x).toBeLessThan(375);
      expect(samoa.y).toBeGreaterThan(map.y);
      expect(samoa.y).toBeLessThan(sheet.y);
    });
  });
});

test.describe('the table view', () => {
  const firstRow = (page: Page) => page.getByTestId('table-view').locator('tbody tr').first();
  const header = (page: Page, name: RegExp) => page.getByRole('columnheader', { name });

  test('sorts by name, date and region, saying so with aria-sort', async ({ page }) => {
    await openMap(page);
    await page.getByTestId('table-toggle').click();
    await expect(page.getByTestId('table-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/view=table/);

    await expect(firstRow(page).locator('th')).toHaveText('Afghanistan');
    await expect(header(page, /^Country/)).toHaveAttribute('aria-sort', 'ascending');
    await page.getByTestId('sort-name').click();
    await expect(firstRow(page).locator('th')).toHaveText('Zimbabwe');
    await expect(header(page, /^Country/)).toHaveAttribute('aria-sort', 'descending');

    await page.getByTestId('sort-date').click();
    // Cyprus: the article gives only "1991", which sorts before 27 December 1991 (Ukraine).
    await expect(firstRow(page)).toHaveAttribute('data-id', 'CYP');
    await expect(firstRow(page).locator('td').nth(1)).toHaveText('1991');
    await expect(firstRow(page).locator('xpath=following-sibling::tr[1]')).toHaveAttribute('data-id', 'UKR');
    await expect(header(page, /^Date/)).toHaveAttribute('aria-sort', 'ascending');
    await expect(header(page, /^Country/)).not.toHaveAttribute('aria-sort');

    await page.getByTestId('sort-region').click();
    await expect(firstRow(page).locator('td').nth(2)).toHaveText('Africa');
    await expect(firstRow(page).locator('th')).toHaveText('Algeria');
    await expect(header(page, /^Region/)).toHaveAttribute('aria-sort', 'ascending');
    await page.getByTestId('sort-region').click();
    await expect(firstRow(page).locator('td').nth(2)).toHaveText('Oceania');
    await expect(header(page, /^Region/)).toHaveAttribute('aria-sort', 'descending');
    await expect(header(page, /^Date/)).not.toHaveAttribute('aria-sort');
  });

  test('follows the slider’s year, and a row opens the notes', async ({ page }) => {
    await openMap(page);
    await page.getByTestId('table-toggle').click();
    const germany = page.locator('tr[data-id="DEU"]');
    await expect(germany.locator('td').first()).toHaveText('Relations');

    const slider = page.getByTestId('year-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(germany.locator('td').first()).toHaveText('Not yet in 1991');
    await expect(header(page, /^Status in 1991$/)).toBeVisible();
    await expect(page.getByTestId('table-view').locator('caption')).toContainText('as of 1991');
    await page.keyboard.press('ArrowRight');
    await expect(germany.locator('td').first()).toHaveText('Relations');

    const row = germany.getByRole('button', { name: 'Germany' });
    await row.click();
    const panel = page.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Germany');
    await expect(panel.getByTestId('panel-date')).toHaveText('13 March 1992');
    await expect(germany).toHaveClass(/selected/);
    // Closing the notes returns focus to the row that opened them.
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(row).toBeFocused();
  });
});
