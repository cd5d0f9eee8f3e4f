import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hexToRgb, near, openMap, pixelAt, positionOf, test } from './fixtures';

const live = (page: Page) => page.getByTestId('live');
const panelHeading = (page: Page) => page.getByTestId('panel').getByRole('heading', { level: 2 });
const map = (page: Page) => page.getByRole('application');

/** Presses Tab until the map has the focus, as a keyboard user would, and fails after `limit` presses. */
async function tabToMap(page: Page, limit = 12): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'application'))
      return presses;
  }
  throw new Error(`the map was not reached in ${limit} presses of Tab`);
}

test.describe('keyboard only', () => {
  test('Tab reaches the map, arrows move between countries, Enter opens the notes and Esc closes them', async ({
    page,
  }) => {
    await openMap(page);
    await tabToMap(page);
    await expect(map(page)).toBeFocused();
    // The focus ring is on screen: the map's edge, halfway down, is in the focus colour (MapLibre's
    // canvas covered the outline, and the edge showed the sea).
    const edge = (await map(page).boundingBox())!;
    expect(near(await pixelAt(page, edge.x + 1, edge.y + edge.height / 2), hexToRgb('#880e4f'), 24)).toBe(
      true,
    );
    await expect(map(page)).toHaveAccessibleName("World map of Belarus's diplomatic relations");
    await expect(map(page)).toHaveAccessibleDescription(/Use the arrow keys/);

    // From Belarus, Left is Poland and Left again is Germany; the live region names each.
    await page.keyboard.press('ArrowLeft');
    await expect(live(page)).toHaveText('Poland: Relations since 2 March 1992');
    await page.keyboard.press('ArrowLeft');
    await expect(live(page)).toHaveText('Germany: Relations since 13 March 1992');

    await page.keyboard.press('Enter');
    await expect(panelHeading(page)).toHaveText('Germany');
    await expect(panelHeading(page)).toBeFocused();
    await expect(live(page)).toHaveText(/^Selected Germany: Relations since 13 March 1992/);
    await expect(page.getByRole('complementary', { name: 'Germany' })).toBeVisible();

    // Reading the panel: its date, then Tab to the close button and on to the link of the source
    // the date comes from, which the panel names right under the date.
    await expect(page.getByTestId('panel-date')).toHaveText('13 March 1992');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('panel-close')).toBeFocused();
    await expect(page.getByTestId('panel-close')).toHaveAccessibleName('Close notes');
    await page.keyboard.press('Tab');
    await expect(
      page.getByTestId('panel-date-source').getByRole('link', { name: 'BelTA (German service)' }),
    ).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(page.getByTestId('panel')).toHaveCount(0);
    // Focus is back on the map, and the focus ring on Germany, where the user left it.
    await expect(map(page)).toBeFocused();
    await expect(live(page)).toHaveText('Germany: Relations since 13 March 1992');
    // The next arrow moves on from Germany (from Belarus, Right would be Russia).
    await page.keyboard.press('ArrowRight');
    await expect(live(page)).toHaveText('Czech Republic: Relations since 1993');
  });

  test('arrows move between states, past territories on the way', async ({ page }) => {
    await openMap(page);
    await tabToMap(page);
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'])
      await page.keyboard.press(key);
    await expect(live(page)).toHaveText(/^Japan:/);
    // Below Japan are the Northern Mariana Islands and Guam, territories of the United States: the
    // focus goes on to the next state, Palau.
    await page.keyboard.press('ArrowDown');
    await expect(live(page)).toHaveText(/^Palau:/);
  });

  test('arrows go to the neighbour a reader expects across open sea: New Zealand and Australia', async ({
    page,
  }) => {
    await openMap(page, '?country=NZL');
    await map(page).focus();
    // Left from New Zealand went to Mauritius, the nearest state in a narrow cone due west, across
    // the Indian Ocean; Down from Australia went nowhere.
    await page.keyboard.press('ArrowLeft');
    await expect(live(page)).toHaveText(/^Australia:/);
    await page.keyboard.press('ArrowDown');
    await expect(live(page)).toHaveText(/^New Zealand:/);
  });

  test('an arrow with no state that way says so, and the page does not scroll', async ({ page }) => {
    await openMap(page, '?country=NZL');
    await map(page).focus();
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    // Whether the map took the key (without it, the browser scrolled the page by 40 px).
    await page.evaluate(() =>
      window.addEventListener(
        'keydown',
        (event) => ((window as { taken?: boolean }).taken = event.defaultPrevented),
        {
          once: true,
        },
      ),
    );
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (window as { taken?: boolean }).taken)).toBe(true);
    await expect(live(page)).toHaveText('No state further that way');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledBefore);
  });

  test('arrows go on from the country the search opened, not from where the focus ring was', async ({
    page,
  }) => {
    await openMap(page);
    await tabToMap(page);
    await page.keyboard.press('ArrowRight');
    await expect(live(page)).toHaveText(/^Kazakhstan:/);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    await search.fill('New Zealand');
    await search.press('Enter');
    await expect(panelHeading(page)).toHaveText('New Zealand');
    await map(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(live(page)).toHaveText(/^Australia:/);
  });

  test('? opens the keyboard help as a modal dialog and Esc closes it, returning focus', async ({ page }) => {
    await openMap(page);
    await tabToMap(page);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toBeVisible();
    const close = help.getByRole('button', { name: 'Close' });
    await expect(close).toBeFocused();
    await expect(help).toContainText('Arrow keys (on the map)');
    // Modal: Tab does not reach the page behind it.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body || !!active.closest('dialog');
      }),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(map(page)).toBeFocused();

    // The ? button opens it too, and its Close button shuts it.
    await page.getByRole('button', { name: 'Help: reading the map, keyboard' }).click();
    await expect(help).toBeVisible();
    await close.click();
    await expect(help).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Help: reading the map, keyboard' })).toBeFocused();
  });
});

test.describe('axe-core finds no serious or critical violations', () => {
  /**
   * Scans the page as it is. Nothing is excluded: the MapLibre canvas is aria-hidden and the map's
   * container is our own element, and no rule has fired on MapLibre's internals.
   */
  async function expectAccessible(page: Page): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
  }

  test('the map view', async ({ page }) => {
    await openMap(page);
    await expectAccessible(page);
  });

  test('the map with the notes panel open', async ({ page }) => {
    await openMap(page);
    const at = await positionOf(page, 'DEU');
    await page.mouse.click(at.x, at.y);
    await expect(panelHeading(page)).toHaveText('Germany');
    await expectAccessible(page);
  });

  test('the question a click between small states drawn over each other asks, in the dark theme', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openMap(page, '?theme=dark');
    const at = await positionOf(page, 'VAT');
    await page.mouse.click(at.x, at.y);
    await expect(page.getByTestId('chooser').getByRole('button')).toHaveCount(2);
    await expectAccessible(page);
  });

  test('the table view', async ({ page }) => {
    await openMap(page);
    await page.getByTestId('table-toggle').click();
    await expect(page.getByTestId('table-view')).toBeVisible();
    await expectAccessible(page);
  });

  test('the search with its list of matches open', async ({ page }) => {
    await openMap(page);
    await page.getByRole('combobox', { name: 'Find a country' }).fill('ge');
    await expect(page.getByRole('listbox')).toBeVisible();
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await expectAccessible(page);
  });

  test('the help: how to read the map, and the keyboard', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Help: reading the map, keyboard' }).click();
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toBeVisible();
    // The colours, the stripes, "No data" and confidence are explained, not only the keys (it
    // was "Keyboard", and nothing said what the stripes or a low confidence mean).
    await expect(help.getByRole('heading', { level: 3 })).toHaveText(['Reading the map', 'Keyboard']);
    await expect(help.getByTestId('help-reading').locator('dt')).toHaveText([
      'Colours',
      'Stripes',
      'No data',
      'Confidence',
      'Bars and dots',
      'Counts',
    ]);
    // The two totals under the year ("148 partners", "article lists 185") are told apart.
    await expect(help.getByTestId('help-reading')).toContainText(
      '“Article lists” is the article’s own count',
    );
    await expectAccessible(page);
  });

  test('the embed view', async ({ page }) => {
    await openMap(page, '?embed=1');
    await expectAccessible(page);
  });

  test('the dark theme, with the panel and the search open', async ({ page }) => {
    await openMap(page, '?theme=dark&country=DEU');
    await expect(panelHeading(page)).toHaveText('Germany');
    await page.getByRole('combobox', { name: 'Find a country' }).fill('ge');
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectAccessible(page);
  });

  test('the dark theme’s zoom buttons: a light sign on a dark ground', async ({ page }) => {
    await openMap(page, '?theme=dark');
    const button = (await page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!;
    // MapLibre's own stylesheet had made the ground white, under signs the theme turns white.
    const ground = await pixelAt(page, button.x + 3, button.y + 3);
    const sign = await pixelAt(page, button.x + button.width / 2, button.y + button.height / 2);
    expect(Math.max(...ground), `ground ${ground}`).toBeLessThan(90);
    expect(Math.min(...sign), `sign ${sign}`).toBeGreaterThan(170);
  });
});

test.describe('on a phone (375 × 667)', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the notes panel is a bottom sheet, with the country in sight above it', async ({ page }) => {
    await openMap(page, '?country=DEU');
    const panel = page.getByTestId('panel');
    await expect(panelHeading(page)).toHaveText('Germany');
    const box = (await panel.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(375);
    expect(box.y + box.height).toBeCloseTo(667, 0);
    expect(box.y).toBeGreaterThan(667 / 3);
    // The map centres Germany in the part the sheet leaves visible.
    await expect.poll(async () => (await positionOf(page, 'DEU')).y).toBeLessThan(box.y - 20);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('nothing overflows sideways, and the slider and legend are usable', async ({ page }) => {
    await openMap(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const slider = page.getByTestId('year-slider');
    await expect(slider).toBeVisible();
    await expect(slider).toBeInViewport({ ratio: 1 });
    const track = (await slider.boundingBox())!;
    expect(track.width).toBeGreaterThan(250);
    await page.mouse.click(track.x + 4, track.y + track.height / 2);
    await expect(slider).toHaveValue('1991');

    // The legend starts open on a phone (it sits below the map, not over it), and folds away.
    // Its name is its words, without the arrow drawn after them ("Relations established ▾").
    const toggle = page.getByRole('button', { name: 'Relations established', exact: true });
    await expect(toggle).toBeInViewport({ ratio: 1 });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('legend')).toBeInViewport({ ratio: 1 });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('legend')).toBeInViewport({ ratio: 1 });

    // The table scrolls sideways inside its own box, not the page.
    await page.getByTestId('table-toggle').click();
    await expect(page.getByTestId('table-view')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expect(page.getByTestId('table-view').locator('caption')).toBeInViewport({ ratio: 1 });
  });
});

test.describe('on a wide screen (1440 × 900)', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the map uses the space', async ({ page }) => {
    await openMap(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    expect(box.width).toBeGreaterThan(900);
    expect(box.height).toBeGreaterThan(600);
    await openMap(page, '?country=DEU');
    expect((await page.getByTestId('map').boundingBox())!.width).toBeGreaterThan(900);
  });
});

// Screenshots for a person to look at (test-results/screens/), in both themes.
for (const theme of ['light', 'dark'] as const) {
  test(`screenshots at phone, laptop and desktop sizes, ${theme}`, async ({ page }) => {
    const shots: { name: string; width: number; height: number; query: string }[] = [
      { name: '375x667', width: 375, height: 667, query: '' },
      { name: '375x667-panel', width: 375, height: 667, query: '&country=DEU' },
      { name: '1024x768', width: 1024, height: 768, query: '' },
      { name: '1440x900', width: 1440, height: 900, query: '' },
    ];
    for (const { name, width, height, query } of shots) {
      await page.setViewportSize({ width, height });
      await openMap(page, `?theme=${theme}${query}`);
      if (query) {
        await expect(panelHeading(page)).toHaveText('Germany');
        const top = (await page.getByTestId('panel').boundingBox())!.y;
        await expect.poll(async () => (await positionOf(page, 'DEU')).y).toBeLessThan(top - 20);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(
        width,
      );
      await page.screenshot({ path: `test-results/screens/${name}-${theme}.png` });
    }
  });
}
