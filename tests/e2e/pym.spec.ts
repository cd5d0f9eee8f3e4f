import type { Server } from 'node:http';
import { BASE_URL } from '../../playwright.config';
import { expect, test } from './fixtures';
import { portOf, startStaticServer, stopServer } from './staticServer';

// A newsroom page that embeds the map with NPR's pym.js (the real library from npm, served by
// this test's own server on another origin) and no script of ours.
function pymHostPage(query: string): string {
  return `<!doctype html><html><head><title>Host</title></head><body>
<h1>An article that embeds the map with pym.js</h1>
<div id="belarus-map"></div>
<p>Text after the map.</p>
<script src="/pym.v1.min.js"></script>
<script>
  window.pymParent = new pym.Parent('belarus-map', '${BASE_URL}${query}', {
    title: "Belarus's diplomatic relations: interactive map",
  });
</script>
</body></html>`;
}

let host: Server | undefined;
let HOST = '';
test.beforeAll(async () => {
  host = await startStaticServer(0, {
    root: 'node_modules/pym.js/dist',
    pages: { '/': pymHostPage('?embed=1'), '/bare': pymHostPage('') },
  });
  HOST = `http://localhost:${portOf(host)}/`;
});
test.afterAll(() => stopServer(host));
test.beforeEach(({ watch }) => {
  watch.allowed.push(new URL(HOST).origin);
});

test.describe('a host page using pym.js', () => {
  const innerHeight = (page: import('@playwright/test').Page) =>
    page
      .frameLocator('#belarus-map iframe')
      .locator('html')
      .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  const frameHeight = async (page: import('@playwright/test').Page) =>
    Math.round((await page.locator('#belarus-map iframe').boundingBox())!.height);

  test('gets its iframe sized to the map’s height', async ({ page }) => {
    await page.goto(HOST);
    const frame = page.frameLocator('#belarus-map iframe');
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    const inner = await innerHeight(page);
    // pym.js's own default height is 150 px: a match means our height message was taken.
    expect(inner).toBeGreaterThan(300);
    await expect.poll(() => frameHeight(page)).toBe(inner);
    await expect(page.locator('#belarus-map iframe')).toHaveAttribute('height', `${inner}px`);
  });

  test('a frame made by pym.js is an embed even without embed=1', async ({ page }) => {
    await page.goto(`${HOST}bare`);
    const frame = page.frameLocator('#belarus-map iframe');
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    await expect(frame.getByTestId('page-header')).toHaveCount(0);
    await expect.poll(() => frameHeight(page)).toBe(await innerHeight(page));
  });

  test('on a phone, the iframe follows the map’s height when a country’s notes open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(HOST);
    const frame = page.frameLocator('#belarus-map iframe');
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    const closed = await innerHeight(page);
    await expect.poll(() => frameHeight(page)).toBe(closed);
    await page.evaluate(() =>
      document
        .querySelector<HTMLIFrameElement>('#belarus-map iframe')!
        .contentWindow!.postMessage({ type: 'belarus-map:select', country: 'DEU' }, '*'),
    );
    await expect(frame.getByTestId('panel-date')).toHaveText('13 March 1992');
    // The notes go below the map and the slider, so the map grows taller and the frame with it.
    await expect.poll(() => innerHeight(page)).toBeGreaterThan(closed + 200);
    const open = await innerHeight(page);
    await expect.poll(() => frameHeight(page)).toBe(open);
    const slider = (await frame.getByTestId('time-controls').boundingBox())!;
    const panel = (await frame.getByTestId('panel').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(slider.y + slider.height - 1);
    // Opened by the host page, the notes leave the page where it was.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('on a phone, a country the reader taps has pym.js scroll its notes into sight', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(HOST);
    const iframe = page.locator('#belarus-map iframe');
    const frame = page.frameLocator('#belarus-map iframe');
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    await expect.poll(() => frameHeight(page)).toBe(await innerHeight(page));
    const box = (await iframe.boundingBox())!;
    const at = await frame.locator('body').evaluate(() => window.__belarusMap!.screenPosition('KAZ'));
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    const panel = frame.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Kazakhstan');
    // They opened below the map and the slider, at the bottom of the window (at 731 px); pym.js
    // scrolls the page towards their top, as far as this short page goes.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    expect((await panel.boundingBox())!.y).toBeLessThan(844 / 2);
  });
});
