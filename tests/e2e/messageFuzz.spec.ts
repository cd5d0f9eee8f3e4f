import type { Server } from 'node:http';
import { BASE_URL } from '../../playwright.config';
import { embedSnippet } from '../../src/lib/embedSnippet';
import { expect, test } from './fixtures';
import { portOf, startStaticServer, stopServer } from './staticServer';

// At least 200 malformed or hostile messages: none may change the map's state or break it.
function hostileMessages(): unknown[] {
  const ns = 'belarus-map:';
  const junk: unknown[] = [
    null,
    undefined,
    0,
    -1,
    NaN,
    Infinity,
    true,
    '',
    'belarus-map:play',
    'x'.repeat(1_000_000),
    [],
    [1, 2, 3],
    [{ type: `${ns}play` }],
    {},
    { type: null },
    { type: 1995 },
    { type: ['belarus-map:play'] },
    { type: { toString: 'belarus-map:play' } },
    { type: 'play' },
    { type: 'BELARUS-MAP:play' },
    { type: ns },
    { type: `${ns}${'x'.repeat(100_000)}` },
    { type: `${ns}constructor` },
    { type: `${ns}__proto__` },
    { type: `${ns}toString` },
    { type: `${ns}hasOwnProperty` },
    { type: `${ns}resize`, height: 99999 },
    { type: `${ns}ready` },
    { type: `${ns}<img src=x onerror=alert(1)>` },
    { type: `${ns}плэй` },
    JSON.parse(`{"__proto__": {"type": "${ns}play"}}`),
    JSON.parse(`{"constructor": {"prototype": {"type": "${ns}play"}}}`),
    JSON.parse(`{"type": "${ns}setYear", "__proto__": {"year": 1995}}`),
    JSON.parse(`{"type": "${ns}select", "__proto__": {"country": "DEU"}}`),
    new Date(0),
    /belarus-map:play/,
    new Map([['type', `${ns}play`]]),
    new Set([`${ns}play`]),
    new ArrayBuffer(1024),
    new Uint8Array(4096),
  ];
  const badYears: unknown[] = [
    '1995',
    '',
    null,
    undefined,
    1990,
    2100,
    -1995,
    0,
    1995.5,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_SAFE_INTEGER,
    1e300,
    [1995],
    { valueOf: 1995 },
    true,
    '１９９５',
    '1995<script>',
    { year: 1995 },
  ];
  const badCountries: unknown[] = [
    'ZZZ',
    'DE',
    'DEUT',
    '',
    ' DEU',
    'DEU ',
    'XXX',
    '<b>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    42,
    true,
    [],
    ['DEU'],
    { code: 'DEU' },
    undefined,
    NaN,
    'ГЕР',
    '\u0000DE',
    'd'.repeat(100_000),
  ];
  const badThemes: unknown[] = ['', 'Dark', 'DARK', 'neon', null, 1, [], {}, 'dark ', '<style>'];
  const messages: unknown[] = [...junk];
  for (const year of badYears) {
    messages.push({ type: `${ns}setYear`, year });
    messages.push({ type: `${ns}setYear`, year, padding: 'x'.repeat(10_000) });
    messages.push({ type: `${ns}setyear`, year: 1995 });
  }
  for (const country of badCountries) {
    messages.push({ type: `${ns}select`, country });
    messages.push({ type: `${ns}select`, country, extra: { nested: { deep: [country] } } });
  }
  for (const theme of badThemes) messages.push({ type: `${ns}setTheme`, theme });
  for (let i = 0; i < 60; i++)
    messages.push({ type: `${ns}command${i}`, year: 1995, country: 'DEU', theme: 'dark' });
  return messages;
}

let host: Server | undefined;
let HOST = '';
test.beforeAll(async () => {
  const page = (src: string) =>
    `<!doctype html><title>Host</title><link rel="icon" href="data:,">${embedSnippet(src)}<script>
      window.events = [];
      window.addEventListener('message', (e) => window.events.push(e.data));
    </script>`;
  host = await startStaticServer(0, {
    pages: {
      '/': page(`${BASE_URL}?year=2000`),
      // The embedder named another origin: messages from this page must all be ignored.
      '/restricted': page(`${BASE_URL}?year=2000&origin=${encodeURIComponent('https://trusted.example')}`),
    },
  });
  HOST = `http://localhost:${portOf(host)}/`;
});
test.afterAll(() => stopServer(host));
test.beforeEach(({ watch }) => {
  watch.allowed.push(new URL(HOST).origin);
});

test('ignores 200 malformed and hostile messages, then still obeys a valid one', async ({ page, watch }) => {
  const frameErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') frameErrors.push(m.text());
  });
  await page.goto(HOST);
  const frame = page.frameLocator('iframe[data-belarus-map]');
  await frame.getByTestId('map').waitFor({ state: 'attached' });
  await expect(frame.getByTestId('year-slider')).toHaveValue('2000');

  const messages = hostileMessages();
  expect(messages.length).toBeGreaterThanOrEqual(200);
  const sent = await page.evaluate((list) => {
    const target = document.querySelector('iframe')!.contentWindow!;
    let n = 0;
    for (const message of list) {
      target.postMessage(message, '*');
      n++;
    }
    return n;
  }, messages);
  expect(sent).toBe(messages.length);
  // Messages are handled in order: once this one has taken effect, all before it were handled.
  await page.evaluate(() =>
    document
      .querySelector('iframe')!
      .contentWindow!.postMessage({ type: 'belarus-map:setYear', year: 1991 }, '*'),
  );
  await expect(frame.getByTestId('year-slider')).toHaveValue('1991');

  const events = (
    await page.evaluate(() => (window as unknown as { events: Record<string, unknown>[] }).events)
  ).filter(
    (e) =>
      typeof e === 'object' && e !== null && typeof e.type === 'string' && e.type !== 'belarus-map:resize',
  );
  // Nothing but the valid message changed the state: one year event (1991), no selection, no play.
  expect(events.filter((e) => e.type === 'belarus-map:year').map((e) => e.year)).toEqual([1991]);
  expect(events.filter((e) => e.type === 'belarus-map:select')).toEqual([]);
  await expect(frame.getByTestId('panel')).toHaveCount(0);
  await expect(frame.getByTestId('play')).toHaveAttribute('data-playing', 'false');
  await expect(frame.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted)).toBeUndefined();
  expect(watch.warnings.filter((w) => w.startsWith('Ignoring a message')).length).toBeGreaterThanOrEqual(
    messages.length - 5,
  );
  expect(frameErrors).toEqual([]);
});

test('ignores every message from an origin the embedder did not name', async ({ page, watch }) => {
  await page.goto(`${HOST}restricted`);
  const frame = page.frameLocator('iframe[data-belarus-map]');
  await frame.getByTestId('map').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const target = document.querySelector('iframe')!.contentWindow!;
    target.postMessage({ type: 'belarus-map:setYear', year: 1991 }, '*');
    target.postMessage({ type: 'belarus-map:select', country: 'DEU' }, '*');
  });
  await expect
    .poll(
      () =>
        watch.warnings.filter((w) => w.includes('only takes messages from https://trusted.example')).length,
    )
    .toBe(2);
  await expect(frame.getByTestId('year-slider')).toHaveValue('2000');
  await expect(frame.getByTestId('panel')).toHaveCount(0);
  // Nor does it tell that origin's page anything: its events go to https://trusted.example only.
  const events = await page.evaluate(() => (window as unknown as { events: unknown[] }).events);
  expect(events).toEqual([]);
});
