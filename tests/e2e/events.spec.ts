import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { embedSnippet } from '../../src/lib/embedSnippet';
import { expect, openMap, test } from './fixtures';
import { portOf, startStaticServer, stopServer } from './staticServer';

// What happened between the dates (issue 15): the article's events in each country's notes, on
// the slider's line for the year, in the live region and in the embed's year message.

const ARTICLE = 'https://en.wikipedia.org/wiki/Foreign_relations_of_Belarus';

interface PanelCase {
  id: string;
  name: string;
  event: string;
  date: string;
  summary: RegExp;
  anchor: string;
}

const PANELS: PanelCase[] = [
  {
    id: 'SWE',
    name: 'Sweden',
    event: 'swedish-diplomats-expelled',
    date: 'August 2012',
    summary: /^Belarus expelled all Swedish diplomats, including the ambassador/,
    anchor: 'Relations_with_the_European_Union',
  },
  {
    id: 'POL',
    name: 'Poland',
    event: 'poland-recalls-ambassador',
    date: '2005',
    summary: /^Poland recalled its ambassador from Belarus/,
    anchor: 'Relations_with_the_European_Union',
  },
  {
    id: 'USA',
    name: 'United States',
    event: 'us-ambassador-ejected',
    date: '7 March 2008',
    summary: /^Belarus ejected the US ambassador, Karen B\. Stewart/,
    anchor: 'Relations_with_the_United_States',
  },
];

async function timelineDates(page: Page): Promise<string[]> {
  return page
    .getByTestId('panel-timeline')
    .locator('li time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
}

for (const c of PANELS) {
  test(`${c.name}'s notes show the ${c.date} event on a timeline that starts with relations established`, async ({
    page,
  }) => {
    await openMap(page, `?country=${c.id}`);
    const timeline = page.getByTestId('panel-timeline');
    await expect(timeline.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    await expect(timeline.locator('li').first()).toHaveAttribute('data-testid', 'panel-established');
    const item = timeline.locator(`li[data-event="${c.event}"]`);
    await expect(item.locator('time')).toHaveText(c.date);
    await expect(item.locator('.summary')).toHaveText(c.summary);
    await expect(item.getByRole('link')).toHaveAttribute('href', `${ARTICLE}#${c.anchor}`);
    // The article's own words are English inside whatever language the page is in.
    await item.getByText('The article’s words').click();
    await expect(item.locator('blockquote')).toHaveAttribute('lang', 'en');
    await expect(item.locator('blockquote')).toBeVisible();
    // Date order after the first line.
    const dates = (await timelineDates(page)).slice(1);
    expect(dates).toEqual([...dates].sort());
  });
}

test('a link to Sweden’s notes shows them with their timeline at once, not growing one after they are read', async ({
  page,
}) => {
  // What the panel held the moment it entered the page: the events used to load after the app
  // had mounted, and the timeline then appeared in the middle of notes already on screen.
  await page.addInitScript(() => {
    const seen: { events: number; sources: boolean }[] = [];
    (window as unknown as { panelAtFirst: typeof seen }).panelAtFirst = seen;
    new MutationObserver((_, observer) => {
      const panel = document.querySelector('[data-testid="panel"]');
      if (!panel) return;
      seen.push({
        events: panel.querySelectorAll('[data-testid="panel-event"]').length,
        sources: panel.querySelector('[data-testid="panel-sources"]') !== null,
      });
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await openMap(page, '?country=SWE');
  await expect(page.getByTestId('panel-event')).toHaveCount(1);
  const atFirst = await page.evaluate(() => (window as unknown as { panelAtFirst: unknown[] }).panelAtFirst);
  expect(atFirst).toEqual([{ events: 1, sources: true }]);
});

for (const query of ['', '?country=SWE']) {
  test(`without the events’ file, the map and the notes still open, with a warning (${query || 'no country'})`, async ({
    page,
    watch,
  }) => {
    await page.route(/\/assets\/events-[^/]+\.js$/, (route) => route.abort());
    await openMap(page, query);
    if (!query) await page.getByRole('combobox', { name: 'Find a country' }).fill('Sweden');
    if (!query) await page.keyboard.press('Enter');
    await expect(page.getByTestId('panel-date')).toHaveText('14 January 1992');
    await expect(page.getByTestId('panel-event')).toHaveCount(0);
    await expect.poll(() => watch.warnings.join('\n')).toContain('The events could not be loaded');
  });
}

test('?year=2008 shows the year’s event line, whose button opens the United States’ notes', async ({
  page,
}) => {
  await openMap(page, '?year=2008');
  const line = page.getByRole('group', { name: 'Events of the year' });
  await expect(line).toContainText('2008: Belarus ejected the US ambassador');
  // At 1024 px the first event runs past its row: the button says it also finishes it.
  await expect(line.getByTestId('event-more')).toHaveText('Read in full, and 1 more');
  await line.getByRole('button', { name: 'Open the notes on United States' }).click();
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText('United States');
});

test('the slider marks the years with events, under the bars', async ({ page }) => {
  await openMap(page);
  await expect(page.getByRole('group', { name: 'Events of the year' })).toBeVisible();
  const years = await page
    .getByTestId('event-marks')
    .locator('.mark')
    .evaluateAll((marks) => marks.map((m) => Number(m.getAttribute('data-year'))));
  expect(years).toContain(2008);
  expect(years).toContain(2012);
  expect(years).not.toContain(1993);
  // A mark never covers a bar: it starts below the bars' box.
  const bars = (await page.getByTestId('bars').boundingBox())!;
  const mark = (await page.locator('[data-testid="event-marks"] .mark[data-year="2008"]').boundingBox())!;
  expect(mark.y).toBeGreaterThanOrEqual(bars.y + bars.height);
});

test('moving the slider to 2012 shows and announces the Swedish expulsion', async ({ page }) => {
  await openMap(page, '?year=2011');
  const line = page.getByRole('group', { name: 'Events of the year' });
  await expect(line).toContainText('2011: Belarus withdrew from the Eastern Partnership');
  await page.getByTestId('year-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('year-slider')).toHaveValue('2012');
  await expect(line).toContainText('2012: Belarus expelled all Swedish diplomats');
  await expect(line.getByRole('button', { name: 'Open the notes on Sweden' })).toBeVisible();
  await expect(page.getByTestId('live')).toContainText('Events: Belarus expelled all Swedish diplomats');
});

test('the keyboard reaches the event line’s buttons from the slider, and they open the notes', async ({
  page,
}) => {
  await openMap(page, '?year=2012');
  await page.getByTestId('year-slider').focus();
  let focused = '';
  for (let i = 0; i < 6 && focused !== 'SWE'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');
  }
  expect(focused).toBe('SWE');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText('Sweden');
  await expect(
    page.getByTestId('panel').locator('li[data-event="swedish-diplomats-expelled"]'),
  ).toBeVisible();
});

test('during play the event line follows the year', async ({ page }) => {
  await openMap(page, '?year=2007');
  const line = page.getByRole('group', { name: 'Events of the year' });
  await expect(line).toContainText('No events in the article for 2007');
  await page.getByTestId('play-speed').selectOption('0.5');
  await page.getByTestId('play').click();
  await expect(line).toHaveAttribute('data-year', '2008');
  await expect(line).toContainText('2008: Belarus ejected the US ambassador');
  await expect(line).toHaveAttribute('data-year', '2009');
  await expect(line).toContainText('2009: Belarus and the EU agreed to cooperate in the Eastern Partnership');
  await page.getByTestId('play').click();
});

test('a year with several events shows the rest on demand', async ({ page }) => {
  await openMap(page, '?year=2005');
  const line = page.getByRole('group', { name: 'Events of the year' });
  await expect(line.getByTestId('event-line-item')).toHaveCount(1);
  await line.getByRole('button', { name: '3 more in 2005' }).click();
  await expect(line.getByTestId('event-line-item')).toHaveCount(4);
  await expect(line.getByTestId('event-more')).toHaveAttribute('aria-expanded', 'true');
  await expect(line).toContainText('Poland recalled its ambassador');
});

// Two rows below 900 px, one above: either way the words that run on end in a button.
const FOLDS = [
  { width: 560, lang: 'ru', readAll: 'Читать полностью', less: 'Свернуть' },
  { width: 1024, lang: 'en', readAll: 'Read in full', less: 'Show less' },
];
for (const fold of FOLDS) {
  test.describe(`at ${fold.width} px in ${fold.lang}, where some events run past the folded line`, () => {
    test.use({ viewport: { width: fold.width, height: 800 } });

    test('the folded line never hides part of a row: words that run on end in a button that opens them', async ({
      page,
    }) => {
      await openMap(page, `?lang=${fold.lang}&year=1991`);
      const line = page.getByTestId('event-line');
      const heights = new Set<number>();
      for (let year = 1991; year <= 2026; year++) {
        if (year > 1991) await page.getByTestId('year-slider').press('ArrowRight');
        await expect(line).toHaveAttribute('data-year', String(year));
        heights.add(Math.round((await line.boundingBox())!.height));
        const item = line.getByTestId('event-line-item');
        if ((await item.count()) === 0) continue;
        // Words cut off inside the item, or rows of it outside the line's box (it read "…не
        // выполнила свои", the rest of the row below the line's edge, with no way to read on).
        const hidden = await item.evaluate(
          (p) =>
            p.scrollHeight > p.clientHeight + 1 ||
            p.getBoundingClientRect().bottom >
              p.closest('[data-testid="event-line"]')!.getBoundingClientRect().bottom + 1,
        );
        if (hidden) await expect(line.getByTestId('event-more'), String(year)).toBeVisible();
        // The states' buttons stay in sight, beside the words.
        for (const party of await line.getByTestId('event-party').all()) await expect(party).toBeInViewport();
      }
      // One height in every year: the map above keeps its size.
      expect([...heights]).toHaveLength(1);
    });

    test('a year with one long event opens it in full, and folds it again', async ({ page }) => {
      await openMap(page, `?lang=${fold.lang}&year=2003`);
      const line = page.getByTestId('event-line');
      const more = line.getByTestId('event-more');
      await expect(more).toHaveText(fold.readAll);
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await more.click();
      await expect(more).toHaveText(fold.less);
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      const item = line.getByTestId('event-line-item');
      await expect(item).toHaveCount(1);
      expect(await item.evaluate((p) => p.scrollHeight <= p.clientHeight + 1)).toBe(true);
      await more.click();
      await expect(more).toHaveText(fold.readAll);
    });
  });
}

test('the table counts each state’s events with the latest', async ({ page }) => {
  await openMap(page, '?view=table');
  await expect(page.locator('tr[data-id="USA"] [data-testid="table-events"]')).toHaveText(
    '5, latest April 2008',
  );
  await expect(page.locator('tr[data-id="SWE"] [data-testid="table-events"]')).toHaveText(
    '1, latest August 2012',
  );
  await expect(page.locator('tr[data-id="DEU"] [data-testid="table-events"]')).toHaveText('none');
});

test('the events CSV has a row per event with its quote and section link', async ({ page }) => {
  await openMap(page);
  await page.getByTestId('share-open').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-events-csv').click(),
  ]);
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  // UTF-8's byte order mark first, so that Excel reads the Cyrillic names right.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines[0]).toBe(
    'id,date,precision,concerns,concerns_names,summary_en,summary_be,summary_ru,quote,section,section_url',
  );
  await expect(page.getByTestId('share-status')).toHaveText('Data downloaded.');
  expect(lines).toHaveLength(1 + 30);
  expect(lines.find((l) => l.startsWith('us-ambassador-ejected,'))).toMatch(
    /^us-ambassador-ejected,2008-03-07,day,USA,United States,.*"On 7 March 2008 the government of Belarus ejected/,
  );
});

test('in Russian, the events CSV has its header and the places’ names in Russian, and says so in Russian', async ({
  page,
}) => {
  await openMap(page, '?lang=ru');
  await page.getByTestId('share-open').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-events-csv').click(),
  ]);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  const lines = text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'id,дата,точность,коды_стран,страны_и_организации,кратко_en,кратко_be,кратко_ru,цитата_англ,раздел_статьи,ссылка_на_раздел',
  );
  expect(lines.find((l) => l.startsWith('us-ambassador-ejected,'))).toMatch(
    /^us-ambassador-ejected,2008-03-07,day,USA,США,/,
  );
  // It said "Data downloaded." in English.
  await expect(page.getByTestId('share-status')).toHaveText('Данные скачаны.');
});

test.describe('on a phone and in a small embed', () => {
  for (const [what, size, query] of [
    ['a 390×844 phone', { width: 390, height: 844 }, '?year=2005'],
    ['a 375 px embed', { width: 375, height: 560 }, '?embed=1&year=2005'],
  ] as const) {
    test(`in ${what}, the event line and the slider's controls do not overlap or leave the page`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await openMap(page, query);
      const line = page.getByRole('group', { name: 'Events of the year' });
      await expect(line).toBeVisible();
      const boxes = await page.evaluate(() => {
        const q = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        const r = (b: DOMRect) => ({ x: b.x, y: b.y, right: b.right, bottom: b.bottom });
        return {
          line: r(q('[data-testid="event-line"]')),
          play: r(q('[data-testid="play"]')),
          speed: r(q('[data-testid="play-speed"]')),
          readout: r(q('[data-testid="count"]')),
          slider: r(q('[data-testid="year-slider"]')),
          bars: r(q('[data-testid="bars"]')),
          attribution: r(q('[data-testid="attribution"]')),
          width: document.documentElement.clientWidth,
          height: window.innerHeight,
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      type Box = { x: number; y: number; right: number; bottom: number };
      const overlap = (a: Box, b: Box) =>
        a.x < b.right - 0.5 && b.x < a.right - 0.5 && a.y < b.bottom - 0.5 && b.y < a.bottom - 0.5;
      for (const other of ['play', 'speed', 'readout', 'slider', 'bars', 'attribution'] as const)
        expect(overlap(boxes.line, boxes[other]), `event line overlaps ${other}`).toBe(false);
      expect(boxes.line.right).toBeLessThanOrEqual(boxes.width);
      expect(boxes.line.bottom).toBeLessThanOrEqual(boxes.height);
      expect(boxes.scrollWidth).toBeLessThanOrEqual(boxes.width);
      // Opened, the year's events are all readable, none cut off at the edge of the frame.
      await line.getByTestId('event-more').click();
      const items = line.getByTestId('event-line-item');
      await expect(items).toHaveCount(4);
      for (const item of await items.all()) {
        const box = (await item.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      }
    });
  }
});

let host: Server | undefined;
test.describe('embedded', () => {
  test.afterAll(() => stopServer(host));
  test('belarus-map:year carries the year’s events to the host page', async ({ page, watch }) => {
    host = await startStaticServer(0, {
      pages: {
        '/': `<!doctype html><title>Host</title><link rel="icon" href="data:,">${embedSnippet(`${BASE_URL}?year=2000`)}<script>
          window.events = [];
          window.addEventListener('message', (e) => window.events.push(e.data));
        </script>`,
      },
    });
    const origin = `http://localhost:${portOf(host)}`;
    watch.allowed.push(origin);
    await page.goto(`${origin}/`);
    const frame = page.frameLocator('iframe[data-belarus-map]');
    await frame.getByTestId('map').waitFor({ state: 'attached' });
    await expect(frame.getByTestId('event-line')).toContainText('No events in the article for 2000');
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ type: 'belarus-map:setYear', year: 2008 }, '*'),
    );
    await expect(frame.getByTestId('year-slider')).toHaveValue('2008');
    const yearMessage = () =>
      page.evaluate(() =>
        (window as unknown as { events: Record<string, unknown>[] }).events.find(
          (e) => e.type === 'belarus-map:year' && e.year === 2008,
        ),
      );
    await expect.poll(yearMessage).toMatchObject({
      id: 'map',
      year: 2008,
      events: [
        {
          id: 'us-ambassador-ejected',
          date: '2008-03-07',
          concerns: ['USA'],
          summary: expect.stringMatching(/^Belarus ejected the US ambassador/),
          url: `${ARTICLE}#Relations_with_the_United_States`,
        },
        { id: 'us-embassy-staff-cut', date: '2008-04', concerns: ['USA'] },
      ],
    });
  });
});
