import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { embedSnippet } from '../../src/lib/embedSnippet';
import { CSV_COLUMNS, EVENTS_CSV_COLUMN } from '../../src/lib/toCsv';
import { BASE_URL, DIST } from '../../playwright.config';
import { classRgb, expect, near, openMap, test } from './fixtures';
import { portOf, startStaticServer, stopServer } from './staticServer';

const APP = BASE_URL;

function hostPage(snippet: string): string {
  return `<!doctype html><html><head><title>Host</title></head><body>
<h1>An article that embeds the map</h1>
${snippet}
<p>Text after the map.</p>
<script>
  window.events = [];
  window.addEventListener('message', (e) => {
    if (e.origin === '${new URL(APP).origin}') window.events.push(e.data);
  });
</script>
</body></html>`;
}

/** The embed in a frame 474 px tall (what auto-height gave a 375 px wide embed) that nothing resizes. */
function fixedFrame(src: string): string {
  return `<iframe src="${src.replace(/&/g, '&amp;')}" title="Map" style="width: 100%; height: 474px; border: 0" data-belarus-map></iframe>`;
}

/** The embed in a frame of a fixed width and height that nothing resizes. */
function sizedFrame(src: string, width: number, height: number): string {
  return `<iframe src="${src.replace(/&/g, '&amp;')}" title="Map" style="width: ${width}px; height: ${height}px; border: 0" data-belarus-map></iframe>`;
}

/** A long article with the map below the fold, between paragraphs. */
function tallHostPage(snippet: string): string {
  return hostPage(`<div style="height: 1000px">The article's opening paragraphs.</div>
${snippet}
<div style="height: 2000px">The rest of the article.</div>`);
}

/** An element's box in the frame's own coordinates. */
const box = (locator: import('@playwright/test').Locator) =>
  locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height };
  });

// The host page lives on another origin (another host name and port) than the map.
let host: Server | undefined;
let HOST = '';
test.beforeAll(async () => {
  host = await startStaticServer(0, {
    pages: {
      '/': hostPage(embedSnippet(`${APP}?year=2000`)),
      // No embed.js: the frame keeps the height it was given, as on a page that strips scripts.
      '/fixed': hostPage(fixedFrame(`${APP}?embed=1&year=2000&country=DEU`)),
      '/fixed-table': hostPage(fixedFrame(`${APP}?embed=1&year=2000&view=table`)),
      // Wider frames of fixed height, as a CMS without scripts gives a desktop reader.
      '/fixed-900': hostPage(sizedFrame(`${APP}?embed=1&year=2000`, 900, 600)),
      '/fixed-600': hostPage(sizedFrame(`${APP}?embed=1&year=2000&country=DEU`, 600, 560)),
      '/tall': tallHostPage(embedSnippet(`${APP}?year=2000&country=COD`)),
      '/tall-closed': tallHostPage(embedSnippet(`${APP}?year=2000`)),
      '/sandboxed': hostPage(
        embedSnippet(`${APP}?year=2000`).replace(
          '<iframe ',
          '<iframe sandbox="allow-scripts allow-same-origin allow-popups" ',
        ),
      ),
    },
  });
  HOST = `http://localhost:${portOf(host)}/`;
});
test.afterAll(() => stopServer(host));
test.beforeEach(({ watch }) => {
  watch.allowed.push(new URL(HOST).origin);
});

test.describe('embed mode', () => {
  test('has no page chrome and keeps the map, legend, slider and attribution', async ({ page }) => {
    await openMap(page, '?embed=1');
    await expect(page.getByTestId('page-header')).toHaveCount(0);
    await expect(page.getByTestId('page-about')).toHaveCount(0);
    await expect(page.getByTestId('legend')).toBeVisible();
    await expect(page.getByTestId('year-slider')).toBeVisible();
    const attribution = page.getByTestId('attribution');
    await expect(attribution).toBeVisible();
    await expect(attribution.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
    await openMap(page, '');
    await expect(page.getByTestId('page-header')).toBeVisible();
  });

  test('takes the same URL state as the full page', async ({ page }) => {
    await openMap(page, '?embed=1&year=1993&country=DEU&theme=dark');
    await expect(page.getByTestId('year-slider')).toHaveValue('1993');
    await expect(page.getByTestId('panel-date')).toHaveText('13 March 1992');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('the snippet on a page of another origin', () => {
  test('loads, fits its content, and answers the host both ways', async ({ page }) => {
    await page.goto(HOST);
    const iframe = page.locator('iframe[data-belarus-map]');
    const frame = page.frameLocator('iframe[data-belarus-map]');
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { events: { type: string }[] }).events.map((e) => e.type)),
      )
      .toContain('belarus-map:ready');
    // Until embed.js has answered, the map fills the frame it was given; then it takes its own height.
    await expect(frame.locator('[data-layout]')).toHaveAttribute('data-layout', 'flow');

    // Auto-height: the host script sized the iframe to the document inside it.
    const inner = await frame
      .locator('html')
      .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(inner);
    const events = await page.evaluate(
      () => (window as unknown as { events: Record<string, unknown>[] }).events,
    );
    expect(events.some((e) => e.type === 'belarus-map:resize' && e.height === inner)).toBe(true);
    expect(events.some((e) => e.sentinel === 'amp' && e.type === 'embed-size' && e.height === inner)).toBe(
      true,
    );

    // Host to map: setYear recolours the map inside the iframe.
    const box = (await iframe.boundingBox())!;
    const inFrame = await frame.locator('body').evaluate(() => window.__belarusMap!.screenPosition('DZA'));
    const at = { x: box.x + inFrame!.x, y: box.y + inFrame!.y };
    const pixel = async () => {
      const png = PNG.sync.read(
        await page.screenshot({ clip: { x: Math.round(at.x), y: Math.round(at.y), width: 1, height: 1 } }),
      );
      return [png.data[0] ?? 0, png.data[1] ?? 0, png.data[2] ?? 0] as [number, number, number];
    };
    expect(near(await pixel(), classRgb('y3'))).toBe(true);
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ type: 'belarus-map:setYear', year: 1991 }, '*'),
    );
    await expect(frame.getByTestId('year-slider')).toHaveValue('1991');
    await expect.poll(async () => near(await pixel(), classRgb('notyet'))).toBe(true);
    const years = await page.evaluate(
      () => (window as unknown as { events: Record<string, unknown>[] }).events,
    );
    expect(years.some((e) => e.type === 'belarus-map:year' && e.year === 1991)).toBe(true);

    // Map to host: a click inside the iframe delivers a country-selected event.
    const deu = await frame.locator('body').evaluate(() => window.__belarusMap!.screenPosition('DEU'));
    await page.mouse.click(box.x + deu!.x, box.y + deu!.y);
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { events: Record<string, unknown>[] }).events.filter(
            (e) => e.type === 'belarus-map:select',
          ),
        ),
      )
      .toContainEqual({ type: 'belarus-map:select', id: 'map', country: 'DEU', name: 'Germany' });

    // Select and clear from the host.
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ type: 'belarus-map:select', country: 'JPN' }, '*'),
    );
    await expect(frame.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText('Japan');
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ type: 'belarus-map:select', country: null }, '*'),
    );
    await expect(frame.getByTestId('panel')).toHaveCount(0);
  });

  test('works in a sandboxed iframe', async ({ page }) => {
    await page.goto(`${HOST}sandboxed`);
    const frame = page.frameLocator('iframe[data-belarus-map]');
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    await expect(frame.getByTestId('attribution')).toBeVisible();
  });
});

test.describe('the embed never takes over the host page', () => {
  test('a country from the URL or a host message opens without scrolling or focusing the host; a click inside focuses the notes', async ({
    page,
  }) => {
    const host = () =>
      page.evaluate(() => ({ scrollY: window.scrollY, active: document.activeElement?.tagName ?? null }));
    const post = (country: string) =>
      page.evaluate(
        (c) =>
          document
            .querySelector('iframe')!
            .contentWindow!.postMessage({ type: 'belarus-map:select', country: c }, '*'),
        country,
      );
    await page.goto(`${HOST}tall`);
    const iframe = page.locator('iframe[data-belarus-map]');
    const frame = page.frameLocator('iframe[data-belarus-map]');
    const heading = frame.getByTestId('panel').getByRole('heading', { level: 2 });
    // The notes open as the app starts (the map itself draws once the frame is scrolled into view:
    // Chromium does not render a cross-origin frame off screen).
    await expect(heading).toHaveText('Democratic Republic of the Congo');
    expect(await host()).toEqual({ scrollY: 0, active: 'BODY' });

    // A host message opens another country's notes: still nothing moves on the host page.
    await post('JPN');
    await expect(heading).toHaveText('Japan');
    expect(await host()).toEqual({ scrollY: 0, active: 'BODY' });
    await expect(heading).not.toBeFocused();

    // The reader scrolls to the map and clicks a country: now the notes take the focus.
    await iframe.scrollIntoViewIfNeeded();
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    await frame.locator('body').evaluate(() => window.__belarusMap!.settled());
    const box = (await iframe.boundingBox())!;
    const chn = (await frame.locator('body').evaluate(() => window.__belarusMap!.screenPosition('CHN')))!;
    await page.mouse.click(box.x + chn.x, box.y + chn.y);
    await expect(heading).toHaveText('China');
    await expect(heading).toBeFocused();
    expect((await host()).active).toBe('IFRAME');
  });
});

test.describe('a small embed in a frame of fixed height (375 px wide)', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('keeps the slider in sight below a notes sheet that scrolls within itself, under a one-line credit', async ({
    page,
  }) => {
    await page.goto(`${HOST}fixed`);
    const frame = page.frameLocator('iframe[data-belarus-map]');
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    const panel = frame.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Germany');
    const height = await frame.locator('html').evaluate(() => window.innerHeight);
    expect(height).toBe(474);

    // The whole slider is in the frame, and the sheet ends above it.
    const slider = await box(frame.getByTestId('time-controls'));
    const sheet = await box(panel);
    expect(slider.bottom).toBeLessThanOrEqual(height + 0.5);
    expect(sheet.top).toBeGreaterThanOrEqual(0);
    expect(sheet.bottom).toBeLessThanOrEqual(slider.top + 0.5);
    // The notes scroll within the sheet; the frame's page itself does not scroll.
    expect(await panel.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
    await panel.evaluate((e) => e.scrollBy(0, 200));
    expect(await panel.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
    expect(await frame.locator('html').evaluate((e) => e.scrollHeight)).toBeLessThanOrEqual(height);
    // And the slider still works with the notes open.
    await frame.getByTestId('year-slider').fill('1993');
    await expect(frame.getByTestId('count')).toContainText('By 1993');

    // With the notes closed, the credit is one line, still naming and linking the source and its licence ...
    await frame.getByTestId('panel-close').click();
    await expect(panel).toHaveCount(0);
    const attribution = frame.getByTestId('attribution');
    expect((await box(attribution)).height).toBeLessThanOrEqual(30);
    await expect(attribution.getByRole('link', { name: 'Wikipedia' })).toHaveAttribute(
      'href',
      'https://en.wikipedia.org/wiki/Foreign_relations_of_Belarus',
    );
    await expect(attribution.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
    // ... and the full credit is one tap away.
    await attribution.getByRole('button', { name: 'Credits' }).click();
    await expect(attribution).toContainText('Map: Natural Earth');
    await expect(attribution.getByRole('link', { name: /Foreign relations of Belarus/ })).toBeVisible();
    await expect(attribution.getByRole('button', { name: 'Less' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('the table shows at least five whole rows above the credit', async ({ page }) => {
    await page.goto(`${HOST}fixed-table`);
    const frame = page.frameLocator('iframe[data-belarus-map]');
    await expect(frame.getByTestId('table-view')).toBeVisible();
    await expect(frame.getByTestId('table-view').locator('tbody tr').first()).toBeVisible();
    const credit = await box(frame.getByTestId('attribution'));
    const rows = await frame
      .getByTestId('table-view')
      .locator('tbody tr')
      .evaluateAll(
        (trs, limit) => trs.filter((tr) => tr.getBoundingClientRect().bottom <= limit).length,
        credit.top,
      );
    expect(rows).toBeGreaterThanOrEqual(5);
  });
});

test.describe('an embed in a wider frame of fixed height', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('900 × 600: the map, the legend and the whole slider fit the frame, which does not scroll', async ({
    page,
  }) => {
    await page.goto(`${HOST}fixed-900`);
    const frame = page.frameLocator('iframe[data-belarus-map]');
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    // The page inside was 683 px tall: only the top of Play showed, at 583–623 px.
    expect(await frame.locator('html').evaluate((e) => e.scrollHeight)).toBeLessThanOrEqual(600);
    for (const id of ['play', 'year-slider', 'time-controls', 'legend', 'attribution']) {
      expect((await box(frame.getByTestId(id))).bottom, id).toBeLessThanOrEqual(600);
    }
    expect((await box(frame.getByTestId('map'))).height).toBeGreaterThan(300);
  });

  test('600 × 560: a country’s notes are a sheet over the map that leaves the slider in sight', async ({
    page,
  }) => {
    await page.goto(`${HOST}fixed-600`);
    const frame = page.frameLocator('iframe[data-belarus-map]');
    const panel = frame.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Germany');
    const slider = await box(frame.getByTestId('time-controls'));
    expect(slider.bottom).toBeLessThanOrEqual(560);
    expect((await box(panel)).bottom).toBeLessThanOrEqual(slider.top + 0.5);
    await frame.getByTestId('year-slider').fill('1993');
    await expect(frame.getByTestId('count')).toContainText('By 1993');
  });
});

test.describe('the snippet on a phone', () => {
  test('keeps the map a phone’s map tall, and grows the iframe to show a country’s notes below the map instead of over it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(HOST);
    const iframe = page.locator('iframe[data-belarus-map]');
    const frame = page.frameLocator('iframe[data-belarus-map]');
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    // embed.js answers the first height it sets with autoHeight: the map then lays its notes out in the flow.
    await expect(frame.locator('[data-layout]')).toHaveAttribute('data-layout', 'flow');
    // The toolbar's two rows, the legend and the credit do not squeeze the map (it was 128 px tall).
    await expect
      .poll(async () => Math.round((await frame.getByTestId('map').boundingBox())!.height))
      .toBeGreaterThanOrEqual(250);
    const before = Math.round((await iframe.boundingBox())!.height);
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ type: 'belarus-map:select', country: 'DEU' }, '*'),
    );
    await expect(frame.getByTestId('panel-date')).toHaveText('13 March 1992');
    await expect
      .poll(async () => Math.round((await iframe.boundingBox())!.height))
      .toBeGreaterThan(before + 200);
    const map = (await frame.locator('.stage').boundingBox())!;
    const panel = (await frame.getByTestId('panel').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  });
});

test.describe('the snippet on a phone, in a long article', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a country the reader taps opens its notes below the map, and the page scrolls them into sight', async ({
    page,
  }) => {
    await page.goto(`${HOST}tall-closed`);
    const iframe = page.locator('iframe[data-belarus-map]');
    const frame = page.frameLocator('iframe[data-belarus-map]');
    // The frame loads lazily, when the reader scrolls near it.
    await iframe.scrollIntoViewIfNeeded();
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    await expect(frame.locator('[data-layout]')).toHaveAttribute('data-layout', 'flow');
    // The frame has grown to the map's height (the tap is placed from the map's own view).
    const inner = () =>
      frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(await inner());
    await frame.locator('body').evaluate(() => window.__belarusMap!.settled());
    // The reader has scrolled to the map.
    await page.evaluate(() =>
      window.scrollBy(0, document.querySelector('iframe')!.getBoundingClientRect().top),
    );
    const before = await page.evaluate(() => window.scrollY);
    const box = (await iframe.boundingBox())!;
    const at = await frame.locator('body').evaluate(() => window.__belarusMap!.screenPosition('KAZ'));
    await page.touchscreen.tap(box.x + at!.x, box.y + at!.y);
    const panel = frame.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Kazakhstan');
    // The notes opened below the map and the slider, at the bottom of the window: the page
    // scrolled them up into sight (it stayed put, and the tap seemed to do nothing).
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 200);
    await expect.poll(async () => (await panel.boundingBox())!.y).toBeLessThan(844 * 0.6);
    expect((await panel.boundingBox())!.y).toBeGreaterThanOrEqual(0);
  });
});

test.describe('share and downloads', () => {
  test('offers the link and an embed snippet for the current state', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openMap(page, '?year=1995&country=DEU');
    await page.getByTestId('share-open').click();
    const snippet = await page.getByTestId('share-snippet').inputValue();
    expect(snippet.startsWith(`<iframe src="${APP}?year=1995&amp;country=DEU`)).toBe(true);
    expect(snippet).toMatch(/^<iframe src="[^"]*&amp;embed=1"/);
    for (const attribute of [
      'title="',
      'loading="lazy"',
      'width="100%"',
      'height="560"',
      'allow="fullscreen; clipboard-write"',
    ]) {
      expect(snippet).toContain(attribute);
    }
    expect(snippet).toContain(`<script src="${APP}embed.js" async></script>`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/year=1995&country=DEU/);
    await expect(page.getByTestId('share-preview')).toHaveAttribute('src', /embed=1/);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('share')).toHaveCount(0);
    // Esc closed only the dialog: the notes behind it stay open, and focus is back on Share.
    await expect(page.getByTestId('panel')).toBeVisible();
    await expect(page.getByTestId('share-open')).toBeFocused();
  });

  test('downloads the map as a 2× PNG that is not blank', async ({ page }) => {
    await openMap(page);
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    await page.getByTestId('share-open').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-png').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^belarus-relations-\d{4}\.png$/);
    const png = PNG.sync.read(
      await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c)),
    );
    expect(png.width).toBe(Math.round(canvas!.width) * 2);
    // Title above (44 px), legend rows and attribution below (at least 54 px), all at 2×.
    expect(png.height % 2).toBe(0);
    expect(png.height).toBeGreaterThanOrEqual((Math.round(canvas!.height) + 44 + 54) * 2);
    expect(png.height).toBeLessThanOrEqual((Math.round(canvas!.height) + 44 + 140) * 2);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97)
      colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    expect(colours.size).toBeGreaterThan(20);
  });

  test('downloads the data as CSV with a row per state', async ({ page }) => {
    await openMap(page);
    await page.getByTestId('share-open').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
    // UTF-8's byte order mark first, so that Excel reads the Cyrillic names right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe([...CSV_COLUMNS, EVENTS_CSV_COLUMN].join(','));
    expect(lines).toHaveLength(1 + 197);
    expect(lines.find((l) => l.startsWith('Germany,'))).toMatch(
      /^Germany,DEU,DE,276,Europe,dated,1992-03-13,day,medium,1923,/,
    );
  });
});

test.describe('deployment', () => {
  let strict: Server | undefined;
  test.afterAll(() => stopServer(strict));

  test('renders under a strict Content-Security-Policy', async ({ page, watch }) => {
    strict = await startStaticServer(0, {
      root: DIST,
      headers: {
        // The policy README.md recommends: the one inline script (the first paint's recolouring)
        // is allowed by the hash the build writes, and no other inline script.
        'Content-Security-Policy':
          `default-src 'self'; script-src 'self' ${readFileSync(join(DIST, 'first-paint-csp.txt'), 'utf8').trim()}; worker-src 'self'; img-src 'self' data: blob:; ` +
          "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors *; object-src 'none'; base-uri 'self'",
      },
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const origin = `http://127.0.0.1:${portOf(strict)}`;
    watch.allowed.push(origin);
    await page.goto(`${origin}/?country=DEU`);
    await page.getByTestId('map').waitFor({ state: 'attached' });
    await expect(page.getByTestId('panel-date')).toHaveText('13 March 1992');
    expect(violations).toEqual([]);
    // The policy is really in force: an inline script does not run.
    const inline = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(inline).toBe(false);
  });

  test('announces an oEmbed response that embeds the map', async ({ page, request }) => {
    await page.goto('./');
    const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    const response = await request.get(new URL(href!, APP).href);
    const oembed = (await response.json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', height: 560 });
    expect(String(oembed.title)).toContain('CC BY-SA 4.0');
    expect(String(oembed.html)).toMatch(/^<iframe src="[^"]+embed=1"/);
  });
});
