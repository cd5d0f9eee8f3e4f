// The map before MapLibre: index.html's SVG map with JavaScript off, recoloured for the URL
// before the first paint, taken over by MapLibre without a layout shift, and the map itself
// where there is no WebGL; the social preview in the build.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { classOf, type MapClass } from '../../src/lib/mapClass';
import { PALETTES } from '../../src/lib/palette';
import type { Dataset } from '../../src/lib/types';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { classRgb, expect, near, openMap, test } from './fixtures';

const dataset = JSON.parse(readFileSync('src/data/relations.json', 'utf8')) as Dataset;
const currentYear = new Date().getFullYear();

function expectedClass(id: string, year: number): MapClass {
  const country = dataset.countries.find((c) => c.id === id);
  return classOf(country, year, dataset.subject.id, id, currentYear);
}

/**
 * A point inside a state's shape on the SVG map where that shape is what is on top, with 3 px of
 * it on every side: a pixel at a border is a blend of the fill and the border's antialiasing.
 */
async function insidePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const boxes = await page.locator(`#first-map .fp-shapes [data-id="${id}"]`).evaluateAll((shapes) =>
    shapes.map((s) => {
      const r = s.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  for (const box of boxes)
    for (let fy = 0.3; fy <= 0.7; fy += 0.1)
      for (let fx = 0.3; fx <= 0.7; fx += 0.1) {
        const x = Math.round(box.x + box.width * fx);
        const y = Math.round(box.y + box.height * fy);
        const clear = await page.evaluate(
          ([px, py, want]) => {
            for (let dy = -3; dy <= 3; dy++)
              for (let dx = -3; dx <= 3; dx++)
                if (document.elementFromPoint(px! + dx, py! + dy)?.getAttribute('data-id') !== want)
                  return false;
            return true;
          },
          [x, y, id] as const,
        );
        if (clear) return { x, y };
      }
  throw new Error(`no visible point inside ${id}`);
}

async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x, y, width: 1, height: 1 } }));
  return [png.data[0] ?? 0, png.data[1] ?? 0, png.data[2] ?? 0];
}

async function expectShaded(page: Page, year: number, ids: string[]) {
  for (const id of ids) {
    const cls = expectedClass(id, year);
    const { x, y } = await insidePoint(page, id);
    const seen = await pixel(page, x, y);
    expect(near(seen, classRgb(cls)), `${id} in ${year} is drawn as ${cls}: saw ${seen}`).toBe(true);
  }
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the title, the legend and the map shaded for this year', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText("Belarus's diplomatic relations");
    await expect(page.locator('.fp-legend')).toContainText('Relations established');
    await expect(page.locator('#first-map')).toBeVisible();
    // The classes differ: a 1991 partner, a 1992 one, the subject, a 1993 one.
    const ids = ['USA', 'DEU', 'BLR', 'ZAF'];
    expect(new Set(ids.map((id) => expectedClass(id, currentYear))).size).toBe(4);
    await expectShaded(page, currentYear, ids);
  });
});

test("the first paint shows the URL's year: ?year=1995 before any of the app's code runs", async ({
  page,
}) => {
  // Only index.html itself runs: the app's scripts never arrive, so what shows is the first paint.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('./?year=1995');
  await expect(page.locator('#first-map')).toBeVisible();
  // Saudi Arabia (1997) is not yet a partner in 1995; Algeria (1995) is.
  expect(expectedClass('SAU', 1995)).toBe('notyet');
  expect(expectedClass('SAU', currentYear)).not.toBe('notyet');
  await expectShaded(page, 1995, ['SAU', 'DZA', 'DEU', 'BLR']);
});

test("the app's code is fetched only after the first paint, and no stylesheet holds the first paint", async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByTestId('map')).toBeVisible();
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((r) => /\/assets\/[^/]+\.js$|\/world\.topo\.json$/.test(r.name))
      .map((r) => ({ name: r.name.split('/').pop()!, start: r.startTime })),
  }));
  expect(timing.paint).not.toBeNull();
  // The page's own script (a kilobyte) comes with the page; the app, its dataset and the map's
  // geometry after the paint, the geometry once (the map takes the preloaded response).
  const late = timing.scripts.filter((s) => /^(app-|data-|world\.topo)/.test(s.name));
  expect(late.map((s) => s.name.replace(/[-.].*/, '')).sort()).toEqual(['app', 'data', 'world']);
  for (const script of late) expect(script.start, script.name).toBeGreaterThan(timing.paint!);
  // index.html links no stylesheet: the page's own (colours, fonts) is written into it, and the
  // components' come with the app.
  const html = await (await page.request.get('./')).text();
  expect(html).not.toMatch(/<link rel="stylesheet"/);
  const inline = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!).join('\n');
  expect(inline).toContain('--bg:');
  expect(inline).not.toMatch(/svelte-/);
  expect(html).not.toMatch(/modulepreload/);
});

for (const [width, height, query] of [
  [1280, 800, ''],
  [375, 740, ''],
  [375, 740, '?lang=be'],
] as const) {
  test(`MapLibre takes over in the same place with no layout shift (${width}×${height}${query})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) w.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openMap(page, query);
    // The SVG map under MapLibre's canvas is gone once MapLibre has drawn.
    await expect(page.locator('[data-testid="map"] .svg-map')).toHaveCount(0);
    await expect(page.locator('#first-paint')).toHaveCount(0);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))),
    );
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
  });
}

test('the share dialog downloads the map as SVG for the year shown, with title, legend and credit', async ({
  page,
}) => {
  await openMap(page, '?year=1995&country=DEU');
  await page.getByTestId('share-open').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-svg').click(),
  ]);
  expect(download.suggestedFilename()).toBe('belarus-relations-1995.svg');
  const chunks = await (await download.createReadStream()).toArray();
  const svg = Buffer.concat(chunks).toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Belarus&#39;s diplomatic relations, as of 1995');
  expect(svg).toContain('Relations established');
  expect(svg).toContain('CC BY-SA 4.0');
  const fillOf = (id: string) => svg.match(new RegExp(`data-id="${id}"[^>]*fill="(#[0-9a-f]{6})"`))?.[1];
  expect(fillOf('SAU')).toBe(PALETTES.light.classes[expectedClass('SAU', 1995)]);
  expect(fillOf('DEU')).toBe(PALETTES.light.classes[expectedClass('DEU', 1995)]);
  // The selected country is not outlined in the picture.
  expect(svg).not.toContain('data-selected');
});

test('the social preview is in the build: a 1200 × 630 PNG named by the page, with robots.txt', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/og-image\.png$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Belarus/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
  const png = PNG.sync.read(await (await request.get('./og-image.png')).body());
  expect([png.width, png.height]).toEqual([1200, 630]);
  const robots = await request.get('./robots.txt');
  expect(robots.ok()).toBe(true);
  expect(await robots.text()).toContain('User-agent: *');
});

test('without WebGL the SVG map is the map: it recolours with the slider, opens notes on click, asks between points drawn over each other and takes the keyboard', async ({
  playwright,
  baseURL,
}) => {
  const browser = await playwright.chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('./?year=1991');
    const map = page.getByTestId('svg-map');
    await expect(map).toBeVisible();
    await expect(page.getByTestId('no-webgl')).toBeVisible();

    const germany = page.locator('[data-testid="svg-map"] .fp-shapes [data-id="DEU"]');
    const fill = (cls: MapClass) => `rgb(${classRgb(cls).join(', ')})`;
    await expect(germany).toHaveCSS('fill', fill('notyet'));
    await page.getByTestId('year-slider').fill('1993');
    await expect(germany).toHaveCSS('fill', fill(expectedClass('DEU', 1993)));

    const { x, y } = await insidePoint(page, 'DEU');
    await page.mouse.move(x, y);
    await expect(page.getByTestId('tooltip')).toContainText('Germany');
    await page.mouse.click(x, y);
    const panel = page.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Germany');
    await page.getByTestId('panel-close').click();
    await expect(panel).toHaveCount(0);

    // The keyboard: the map is a tab stop, arrows move between states, Enter opens one.
    await map.focus();
    await page.keyboard.press('ArrowLeft');
    const focused = page.locator('[data-testid="svg-map"] [data-focused]');
    await expect(focused.first()).toBeAttached();
    const id = await focused.first().getAttribute('data-id');
    expect(id).toBe('POL');
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Poland');

    // A click on the Holy See's point, drawn over the Order of Malta's, asks which one.
    const vatican = (await page.locator('[data-testid="svg-map"] circle[data-id="VAT"]').boundingBox())!;
    await page.mouse.click(vatican.x + vatican.width / 2, vatican.y + vatican.height / 2);
    const chooser = page.getByTestId('chooser');
    await expect(chooser.getByRole('button')).toHaveCount(2);
    await chooser.getByRole('button', { name: /Order of Malta/ }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Sovereign Military Order of Malta');

    // The table is one click away.
    await page.getByTestId('table-toggle').click();
    await expect(page.getByTestId('table-view')).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

// A layout shift is only counted for elements that move: the app replaces the first paint's
// elements with its own, so the test above cannot see a map that starts somewhere else. This
// one compares the two boxes directly: the first paint's (index.html and its inline script,
// with the app's code held back) and the app's.
for (const [width, height, query] of [
  [1280, 800, ''],
  [1024, 768, ''],
  [375, 740, ''],
  [700, 480, '?embed=1'],
  [375, 600, '?embed=1'],
  [375, 740, '?lang=ru'],
  [1024, 768, '?lang=be'],
  [480, 800, ''],
  [560, 800, '?lang=ru'],
  [600, 560, '?embed=1'],
] as const) {
  test(`the first paint's map has the app's map's box (${width}×${height}${query})`, async ({ browser }) => {
    const box = async (withApp: boolean, selector: string) => {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      if (withApp) await openMap(page, query);
      else {
        await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
        await page.goto(`./${query}`);
      }
      const found = (await page.locator(selector).boundingBox())!;
      await context.close();
      return found;
    };
    const first = await box(false, '.fp-box');
    const app = await box(true, '[data-testid="map"]');
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      expect(
        Math.abs(first[key] - app[key]),
        `${key}: first paint ${first[key]}, app ${app[key]}`,
      ).toBeLessThanOrEqual(1);
    }
  });
}

test.describe('the first paint in the reader’s language', () => {
  test.beforeEach(async ({ page }) => {
    // Only index.html and its inline script: what the reader sees before the app's code runs.
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  });

  test('?lang=be: the heading, legend and page language are Belarusian before any of the app runs', async ({
    page,
  }) => {
    await page.goto('./?lang=be');
    await expect(page.locator('html')).toHaveAttribute('lang', 'be');
    await expect(page.locator('#first-paint h1')).toContainText('Дыпламатычныя адносіны Беларусі,');
    await expect(page.locator('.fp-legend')).toContainText('Адносіны ўсталяваны');
    await expect(page.locator('.fp-legend')).not.toContainText('Relations');
    await expect(page.locator('#first-map')).toHaveAttribute('aria-label', /Карта свету/);
  });

  test('a browser whose languages are ru, en gets Russian, and a past year its Russian "unknown then"', async ({
    page,
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'languages', { get: () => ['ru-RU', 'en'] }),
    );
    await page.goto('./?year=1995');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('#first-paint h1')).toContainText('Дипломатические отношения Беларуси,');
    await expect(page.locator('.fp-legend')).toContainText('тогда неизвестно');
  });

  test('English stays English', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('#first-paint h1')).toContainText("Belarus's diplomatic relations,");
    await expect(page.locator('.fp-legend')).toContainText('Relations established');
  });
});
