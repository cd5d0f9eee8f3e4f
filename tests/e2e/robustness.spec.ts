// Robustness: bad URL parameters, requests beyond the origin, and a browser without WebGL.
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { injectedMarkup, NOTHING_INJECTED } from './hostileChecks';
import { expect, openMap, positionOf, test, type PageWatch } from './fixtures';

// A small viewport: software WebGL draws it faster, and the tests here are not about layout.
test.use({ viewport: { width: 720, height: 480 } });

const YEAR = String(new Date().getFullYear());
type Key = 'year' | 'country' | 'center' | 'zoom' | 'theme' | 'embed' | 'view';

interface BadUrl {
  /** What kind of bad input this is, for the report. */
  kind: string;
  /** The query string, without "?", exactly as it goes into the address bar. */
  query: string;
  /** The parameters that must each be warned about. */
  warns: Key[];
}

const q = (key: Key, value: string) => `${key}=${encodeURIComponent(value)}`;
const raw = (key: Key, value: string) => `${key}=${value}`;

// Every payload that could run sets window.__xss, so running at all is detectable.
const IMG = '"><img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const JS = 'javascript:window.__xss=3';
const SVG = "'><svg onload=window.__xss=4>";

const BAD_URLS: BadUrl[] = [
  // year
  { kind: 'empty', query: 'year=', warns: ['year'] },
  { kind: 'garbage', query: 'year=banana', warns: ['year'] },
  { kind: 'negative', query: 'year=-1995', warns: ['year'] },
  { kind: 'before the first year', query: 'year=1990', warns: ['year'] },
  { kind: 'after this year', query: 'year=2999', warns: ['year'] },
  { kind: 'NaN', query: 'year=NaN', warns: ['year'] },
  { kind: 'Infinity', query: 'year=Infinity', warns: ['year'] },
  { kind: 'exponent', query: 'year=1.995e3', warns: ['year'] },
  { kind: 'fraction', query: 'year=1995.5', warns: ['year'] },
  { kind: 'hex', query: 'year=0x7CB', warns: ['year'] },
  { kind: 'unicode digits', query: q('year', '１９９５'), warns: ['year'] },
  { kind: 'padded', query: 'year=%201995%20', warns: ['year'] },
  { kind: 'repeated key', query: 'year=1995&year=1996', warns: ['year'] },
  { kind: 'script', query: q('year', SCRIPT), warns: ['year'] },
  { kind: 'huge number', query: `year=${'9'.repeat(400)}`, warns: ['year'] },
  // country
  { kind: 'unknown ISO code', query: 'country=ZZZ', warns: ['country'] },
  { kind: 'empty', query: 'country=', warns: ['country'] },
  { kind: 'two letters', query: 'country=DE', warns: ['country'] },
  { kind: 'four letters', query: 'country=DEUU', warns: ['country'] },
  { kind: 'numeric code', query: 'country=276', warns: ['country'] },
  { kind: 'object key', query: 'country=__proto__', warns: ['country'] },
  { kind: 'object key', query: 'country=constructor', warns: ['country'] },
  { kind: 'script', query: q('country', SCRIPT), warns: ['country'] },
  { kind: 'img onerror', query: q('country', IMG), warns: ['country'] },
  { kind: 'img onerror, not encoded', query: raw('country', IMG), warns: ['country'] },
  { kind: 'javascript: url', query: q('country', JS), warns: ['country'] },
  { kind: 'repeated key', query: 'country=DEU&country=FRA', warns: ['country'] },
  { kind: 'unicode', query: q('country', 'Ünïcødé'), warns: ['country'] },
  { kind: 'right-to-left override', query: 'country=%E2%80%AEUED', warns: ['country'] },
  { kind: 'emoji flag', query: 'country=%F0%9F%87%A9%F0%9F%87%AA', warns: ['country'] },
  { kind: 'percent junk', query: 'country=%', warns: ['country'] },
  { kind: 'percent junk', query: 'country=%ZZ%%41', warns: ['country'] },
  { kind: 'invalid UTF-8', query: 'country=%C0%AF%FF%FE', warns: ['country'] },
  { kind: 'NUL byte', query: 'country=DEU%00', warns: ['country'] },
  { kind: 'long', query: `country=${'DEU'.repeat(1000)}`, warns: ['country'] },
  // center
  { kind: 'empty', query: 'center=', warns: ['center'] },
  // A place without a scale (it was ignored without a word).
  { kind: 'without zoom', query: 'center=-55,15', warns: ['center'] },
  { kind: 'garbage', query: 'center=here', warns: ['center'] },
  { kind: 'one number', query: 'center=10', warns: ['center'] },
  { kind: 'three numbers', query: 'center=10,50,3', warns: ['center'] },
  { kind: 'NaN', query: 'center=NaN,NaN', warns: ['center'] },
  { kind: 'Infinity', query: 'center=Infinity,-Infinity', warns: ['center'] },
  { kind: 'out of range', query: 'center=181,0', warns: ['center'] },
  { kind: 'out of range', query: 'center=0,-89', warns: ['center'] },
  { kind: 'negative huge', query: 'center=-999999,-999999', warns: ['center'] },
  { kind: 'exponent', query: 'center=1e2,1e1', warns: ['center'] },
  { kind: 'wrong separator', query: 'center=10;50', warns: ['center'] },
  { kind: 'script', query: q('center', `10,50${SCRIPT}`), warns: ['center'] },
  // zoom
  { kind: 'empty', query: 'zoom=', warns: ['zoom'] },
  { kind: 'negative', query: 'zoom=-1', warns: ['zoom'] },
  { kind: 'too close', query: 'zoom=9', warns: ['zoom'] },
  { kind: 'NaN', query: 'zoom=NaN', warns: ['zoom'] },
  { kind: 'Infinity', query: 'zoom=Infinity', warns: ['zoom'] },
  { kind: '-Infinity', query: 'zoom=-Infinity', warns: ['zoom'] },
  { kind: 'exponent', query: 'zoom=1e308', warns: ['zoom'] },
  { kind: 'repeated key', query: 'zoom=3&zoom=4', warns: ['zoom'] },
  // theme
  { kind: 'empty', query: 'theme=', warns: ['theme'] },
  { kind: 'unknown', query: 'theme=purple', warns: ['theme'] },
  { kind: 'wrong case', query: 'theme=DARK', warns: ['theme'] },
  { kind: 'css injection', query: q('theme', 'dark;}</style><style>*{display:none}'), warns: ['theme'] },
  { kind: 'javascript: url', query: q('theme', JS), warns: ['theme'] },
  { kind: 'repeated key', query: 'theme=light&theme=dark', warns: ['theme'] },
  // embed
  { kind: 'unknown', query: 'embed=yes', warns: ['embed'] },
  { kind: 'number', query: 'embed=2', warns: ['embed'] },
  { kind: 'empty', query: 'embed=', warns: ['embed'] },
  { kind: 'iframe', query: q('embed', `<iframe src="${JS}"></iframe>`), warns: ['embed'] },
  { kind: 'repeated key', query: 'embed=1&embed=0', warns: ['embed'] },
  // view
  { kind: 'unknown', query: 'view=globe', warns: ['view'] },
  { kind: 'empty', query: 'view=', warns: ['view'] },
  { kind: 'wrong case', query: 'view=TABLE', warns: ['view'] },
  { kind: 'svg onload', query: q('view', SVG), warns: ['view'] },
  { kind: 'repeated key', query: 'view=table&view=map', warns: ['view'] },
  // several at once
  {
    kind: 'every parameter bad',
    query: [
      q('year', IMG),
      q('country', SCRIPT),
      q('center', JS),
      'zoom=NaN',
      q('theme', SVG),
      'embed=%',
      'view=%E2%80%AE',
    ].join('&'),
    warns: ['year', 'country', 'center', 'zoom', 'theme', 'embed', 'view'],
  },
  {
    kind: 'bad values among unknown keys',
    query: `foo=bar&__proto__[x]=1&constructor=1&year=1800&hasOwnProperty=1&country=ZZZ`,
    warns: ['year', 'country'],
  },
  {
    kind: 'extremely long query (about 10 kB, within the server header limit)',
    query: `${Array.from({ length: 800 }, (_, i) => `k${i}=v${i}`).join('&')}&year=${'1'.repeat(2000)}`,
    warns: ['year'],
  },
  {
    kind: 'no "=" at all',
    query: 'year&country&center&zoom&theme&embed&view',
    warns: ['year', 'country', 'center', 'zoom', 'theme', 'embed', 'view'],
  },
];

/** Loads one bad URL and checks everything but the click. */
async function loadBadUrl(page: Page, watch: PageWatch, bad: BadUrl): Promise<void> {
  const label = `${bad.kind}: ?${bad.query.slice(0, 120)}`;
  const warningsBefore = watch.warnings.length;
  const errorsBefore = watch.errors.length;
  await openMap(page, `?${bad.query}`);
  await expect(page.getByTestId('map'), label).toBeAttached();
  const warnings = watch.warnings.slice(warningsBefore).join('\n');
  for (const key of bad.warns)
    expect(warnings, `${label}: warns about ${key}`).toContain(`URL parameter ${key}=`);
  expect(watch.errors.slice(errorsBefore), `${label}: uncaught errors`).toEqual([]);
  expect(await injectedMarkup(page), `${label}: markup from the URL`).toEqual(NOTHING_INJECTED);
  // A bad value falls back to the default: no panel, this year, a theme the app knows.
  await expect(page.getByTestId('panel'), label).toHaveCount(0);
  if (bad.warns.includes('year')) await expect(page.getByTestId('year-slider'), label).toHaveValue(YEAR);
  expect(await page.evaluate(() => document.documentElement.dataset.theme), label).toMatch(/^(light|dark)$/);
  // The URL the app writes back carries none of the bad input.
  const search = await page.evaluate(() => window.location.search);
  for (const [key, value] of new URLSearchParams(search))
    expect(`${key}=${value}`, `${label}: rewritten URL`).toMatch(/^[a-z]+=[\w.,-]{0,40}$/);
}

/**
 * Clicks Algeria (large, central, clear of the toolbar and of small states' points). Kazakhstan,
 * clicked here before, sits under the toolbar's language switch in this 720 × 480 window.
 */
async function clickAlgeria(page: Page, label: string): Promise<void> {
  const at = await positionOf(page, 'DZA');
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 }), label).toHaveText('Algeria');
}

test('at least 50 distinct bad URLs are tried', () => {
  expect(new Set(BAD_URLS.map((b) => b.query)).size).toBe(BAD_URLS.length);
  expect(BAD_URLS.length).toBeGreaterThanOrEqual(50);
});

// Several URLs per test (each page load costs one to two seconds with software WebGL).
const GROUP = 8;
for (let start = 0; start < BAD_URLS.length; start += GROUP) {
  const group = BAD_URLS.slice(start, start + GROUP);
  test(`bad URLs ${start + 1}–${start + group.length} load the map, warn, render nothing from the URL`, async ({
    page,
    watch,
  }) => {
    test.setTimeout(30_000 + group.length * 10_000);
    for (const [i, bad] of group.entries()) {
      await loadBadUrl(page, watch, bad);
      // The click check on the first URL of each group, and on every one with several bad values.
      if (i === 0 || bad.warns.length > 1)
        await clickAlgeria(page, `${bad.kind}: ?${bad.query.slice(0, 120)}`);
    }
  });
}

test('a query far beyond the server header limit (200 kB) still loads the map', async ({ page, watch }) => {
  // Node's HTTP server refuses request lines over 16 kB, so the page itself is served through
  // a route; the app still reads the 200 kB query from its own address.
  await page.route(
    (url) => url.search.length > 16_000,
    async (route) =>
      route.fulfill({ response: await route.fetch({ url: new URL('./', route.request().url()).href }) }),
  );
  const bad: BadUrl = {
    kind: 'huge',
    query: `${'x=1&'.repeat(50_000)}year=${'7'.repeat(5000)}&country=${encodeURIComponent(IMG.repeat(100))}`,
    warns: ['year', 'country'],
  };
  await loadBadUrl(page, watch, bad);
  await clickAlgeria(page, 'huge query');
});

test('no request leaves the origin while loading, playing, clicking and opening the table', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openMap(page, '?year=2015');
  const play = page.getByTestId('play');
  await play.click();
  await expect(play).toHaveAttribute('data-playing', 'true');
  await expect(play).toHaveAttribute('data-playing', 'false', { timeout: 30_000 });
  await expect(page.getByTestId('year-slider')).toHaveValue(YEAR);
  await clickAlgeria(page, 'after play');
  await page.getByTestId('table-toggle').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
  await expect(page.locator('tr[data-id="DEU"]')).toContainText('Germany');

  const origin = new URL(page.url()).origin;
  expect(origin).toBe(new URL(baseURL!).origin);
  // The check cannot pass on an empty list: the page, its script and the geometry were requested.
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.some((url) => url.endsWith('/world.topo.json'))).toBe(true);
  const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
});

test('without WebGL: says the map needs it, the table is a click away, and the slider and search still work', async ({
  playwright,
  baseURL,
}) => {
  // A browser of its own, launched with WebGL turned off.
  const browser = await playwright.chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const origin = new URL(baseURL!).origin;
    const errors: string[] = [];
    const elsewhere: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) elsewhere.push(url);
    });

    await page.goto('./?year=1991');
    expect(
      await page.evaluate(() => {
        const canvas = document.createElement('canvas');
        return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
      }),
      'this browser really has no WebGL',
    ).toBe(false);

    const notice = page.getByTestId('no-webgl');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(/^[^.!?]*\bWebGL\b[^.!?]*[.!?]$/); // one sentence
    // The SVG map is shown instead of MapLibre's (tests/e2e/firstPaint.spec.ts); the table is one click away.
    await page.getByTestId('table-toggle').click();
    await expect(page.getByTestId('table-view')).toBeVisible();
    await expect(page.getByTestId('map')).toHaveCount(0);

    const germany = page.locator('[data-testid="table-view"] tr[data-id="DEU"]');
    await expect(germany).toContainText('Not yet in 1991');
    await page.getByTestId('year-slider').fill('1993');
    await expect(germany).not.toContainText('Not yet');
    await expect(germany).toContainText('Relations');

    await page.getByRole('combobox', { name: 'Find a country' }).fill('Germany');
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Germany');
    await expect(panel.getByTestId('panel-date')).toHaveText('13 March 1992');
    await expect(page.getByTestId('table-view')).toBeVisible();

    expect(errors, 'uncaught errors').toEqual([]);
    expect(elsewhere, 'requests outside the origin').toEqual([]);
  } finally {
    await browser.close();
  }
});
