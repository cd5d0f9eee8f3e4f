import type { Page } from '@playwright/test';
import { expect, openMap, positionOf, test } from './fixtures';

// What readers tripped on (issue: a student on a phone looking for African partners, and the
// legend at desktop and phone widths).

/** Boxes of every element matching `selector` that sticks out of its `within` ancestor on the right. */
async function spilling(page: Page, within: string, selector: string): Promise<string[]> {
  return page.evaluate(
    ([within, selector]) => {
      const box = document.querySelector(within)!.getBoundingClientRect();
      return [...document.querySelectorAll(`${within} ${selector}`)]
        .filter((e) => e.getBoundingClientRect().right > box.right + 0.5 || e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent ?? '');
    },
    [within, selector] as const,
  );
}

test.describe('the table on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('answers “which African countries, since when”: a region filter, name and date side by side', async ({
    page,
  }) => {
    await openMap(page);
    await page.getByTestId('table-toggle').click();
    const table = page.getByTestId('table-view');
    await page.getByTestId('region-filter').selectOption('Africa');
    await expect(table.locator('caption')).toContainText('Africa');
    await expect(table.locator('tr[data-id="KEN"]')).toBeVisible();
    await expect(table.locator('tr[data-id="DEU"]')).toHaveCount(0);
    await page.getByTestId('sort-date').click();

    // Nothing is wider than the screen: no sideways scrolling, no date cut off.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const wrap = await table.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
    const kenya = table.locator('tr[data-id="KEN"]');
    await expect(kenya.locator('td:visible')).toHaveText(['17 November 1993']);
    const name = (await kenya.locator('th').boundingBox())!;
    const date = (await kenya.locator('td:visible').boundingBox())!;
    expect(Math.abs(name.y - date.y)).toBeLessThan(4);
    expect(date.x + date.width).toBeLessThanOrEqual(390);
    expect(await spilling(page, '[data-testid="table-view"]', 'td:not(.extra)')).toEqual([]);

    // The sorted column's header is on screen, and stays when the rows scroll.
    const header = page.getByRole('columnheader', { name: /^Date/ });
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await table.evaluate((e) => (e.scrollTop = 400));
    const headerBox = (await header.boundingBox())!;
    const tableBox = (await table.boundingBox())!;
    expect(headerBox.x + headerBox.width).toBeLessThanOrEqual(390);
    expect(headerBox.y).toBeGreaterThanOrEqual(tableBox.y - 1);
    expect(headerBox.y).toBeLessThan(tableBox.y + 80);

    // The other columns on demand.
    await expect(kenya.locator('td.extra').first()).toBeHidden();
    await page.getByTestId('more-columns').click();
    await expect(kenya.locator('td').nth(2)).toHaveText('Africa');
    await expect(kenya.locator('td').nth(2)).toBeVisible();
  });

  test('a state without a date says why in the date column', async ({ page }) => {
    await openMap(page);
    await page.getByTestId('table-toggle').click();
    const afghanistan = page.getByTestId('table-view').locator('tr[data-id="AFG"] td:visible');
    await expect(afghanistan).toHaveText([/^—\s*Relations, date not found$/]);
  });

  test('in Belarusian, a date that wraps keeps its "г." with the year', async ({ page }) => {
    await openMap(page, '?lang=be');
    await page.getByTestId('table-toggle').click();
    // Azerbaijan's "11 чэрвеня 1993 г." wraps in a 390 px table: "г." was left alone on a line.
    const cell = page.getByTestId('table-view').locator('tr[data-id="AZE"] td:visible').first();
    await expect(cell).toContainText('1993');
    const lines = await cell.evaluate((td) => {
      const text = [...td.childNodes].find(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('1993'),
      )!;
      const at = (word: string) => {
        const range = document.createRange();
        const start = text.textContent!.indexOf(word);
        range.setStart(text, start);
        range.setEnd(text, start + word.length);
        return Math.round(range.getBoundingClientRect().top);
      };
      return { year: at('1993'), suffix: at('г.') };
    });
    expect(lines.suffix).toBe(lines.year);
  });
});

test.describe('search from the table', () => {
  test('stays in the table and scrolls to the row, on a phone and on a desktop', async ({ page }) => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      await openMap(page);
      await page.getByTestId('table-toggle').click();
      await page.getByTestId('region-filter').selectOption('Europe');
      const search = page.getByRole('combobox', { name: 'Find a country' });
      await search.fill('Zimbabwe');
      await expect(page.getByRole('option').first()).toContainText('Zimbabwe');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText('Zimbabwe');
      await expect(page.getByTestId('table-toggle')).toHaveAttribute('aria-pressed', 'true');
      // The filter opened up to show the picked country, and its row is in the table's view.
      await expect(page.getByTestId('region-filter')).toHaveValue('all');
      const row = page.getByTestId('table-view').locator('tr[data-id="ZWE"]');
      await expect(row).toHaveClass(/selected/);
      await expect(row).toBeInViewport();
    }
  });
});

test.describe('the legend', () => {
  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
    [390, 844],
  ] as const) {
    test(`fits its text at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openMap(page);
      const legend = page.getByTestId('legend');
      await expect(legend.getByRole('button', { name: 'Relations established' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      await expect(legend.getByText('Not yet (came later)')).toBeVisible();
      expect(await spilling(page, '[data-testid="legend"]', 'li')).toEqual([]);
    });
  }

  // A legend over a corner of the world map covered South America at 1024 and 1280 px, and with
  // the notes panel open beside the map. Below the map, it covers no country at any width.
  for (const [width, height, query] of [
    [1024, 768, ''],
    [1280, 800, ''],
    [1280, 800, '?country=BRA'],
    [1920, 1080, ''],
  ] as const) {
    test(`covers no country of South America or southern Africa at ${width}×${height}${query ? ' with a panel open' : ''}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openMap(page, query);
      const legend = (await page.getByTestId('legend').boundingBox())!;
      const map = (await page.getByTestId('map').boundingBox())!;
      expect(legend.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      for (const id of ['BRA', 'ARG', 'CHL', 'PER', 'BOL', 'ZAF', 'NAM']) {
        const at = await positionOf(page, id);
        const inView =
          at.x >= map.x && at.y >= map.y && at.x <= map.x + map.width && at.y <= map.y + map.height;
        if (!inView) continue; // the view moved to the open panel's country
        const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, at);
        expect(under, `${id} at (${Math.round(at.x)}, ${Math.round(at.y)})`).toBe('CANVAS');
      }
    });
  }

  test('on a phone, sits below the map and covers none of it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openMap(page);
    const legend = (await page.getByTestId('legend').boundingBox())!;
    const map = (await page.getByTestId('map').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    const attribution = (await page.getByTestId('attribution').boundingBox())!;
    expect(attribution.y).toBeGreaterThanOrEqual(legend.y + legend.height - 1);
  });

  test('in a fixed 375×488 frame (no auto-height), ends above the credit and leaves the slider in sight', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 488 });
    await openMap(page, '?embed=1');
    const legend = (await page.getByTestId('legend').boundingBox())!;
    const credit = (await page.getByTestId('attribution').boundingBox())!;
    expect(legend.y + legend.height).toBeLessThanOrEqual(credit.y + 1);
    await expect(page.getByTestId('legend').getByText('No data', { exact: true })).toBeInViewport({
      ratio: 1,
    });
    await expect(page.getByTestId('year-slider')).toBeInViewport({ ratio: 1 });
    const map = (await page.getByTestId('map').boundingBox())!;
    expect(map.height).toBeGreaterThan(100);
  });

  test('in a 375 px embed, is open, whole, and leaves the map in sight', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 560 });
    await openMap(page, '?embed=1');
    const legend = page.getByTestId('legend');
    await expect(legend.getByText('Not yet (came later)')).toBeVisible();
    expect(await spilling(page, '[data-testid="legend"]', 'li')).toEqual([]);
    const map = (await page.getByTestId('map').boundingBox())!;
    const box = (await legend.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(map.height).toBeGreaterThan(180);
  });
});
