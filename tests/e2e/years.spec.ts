import { PALETTES } from '../../src/lib/palette';
import { classRgb, expect, hexToRgb, near, openMap, pixelAt, positionOf, test } from './fixtures';

const light = PALETTES.light;
const currentYear = new Date().getFullYear();

/** The colour of a stripe of the hatch over a fill, at the stripes' opacity. */
function blend(fill: string, opacity: number): [number, number, number] {
  const [f, h] = [hexToRgb(fill), hexToRgb(light.hatch)];
  return f.map((v, i) => Math.round(v * (1 - opacity) + (h[i] ?? 0) * opacity)) as [number, number, number];
}

/**
 * Where a colour lies on the line from `a` to `b` (t: 0 at a, 1 at b) and how far off that line
 * it is (the largest channel difference from the nearest mix).
 */
function alongLine(c: number[], a: number[], b: number[]): { t: number; off: number } {
  const d = a.map((v, i) => (b[i] ?? 0) - v);
  const t =
    d.reduce((sum, v, i) => sum + v * ((c[i] ?? 0) - (a[i] ?? 0)), 0) / d.reduce((sum, v) => sum + v * v, 0);
  const off = Math.max(...a.map((v, i) => Math.abs(v + t * (d[i] ?? 0) - (c[i] ?? 0))));
  return { t, off };
}

/** An anchor and four points 3 px around it. */
const points = [
  [0, 0],
  [-3, 0],
  [3, 0],
  [0, -3],
  [0, 3],
] as const;

test.describe('states whose date was not found, in past years', () => {
  // Mali, Chad and Afghanistan have relations today, but no source says since when.
  const undated = ['MLI', 'TCD', 'AFG'];

  test('are drawn as unknown, not as partners, in 1992; striped as relations only in the current year', async ({
    page,
  }) => {
    await openMap(page, '?year=1992');
    for (const id of undated) {
      const at = await positionOf(page, id);
      // Faint stripes over a pale neutral: either colour may be under a point, and a point on a
      // stripe's antialiased edge is neither, so five points around the anchor are read: most
      // must be one of the two, and none the "relations" beige.
      const colours = [];
      for (const [dx, dy] of points) colours.push(await pixelAt(page, at.x + dx, at.y + dy));
      const unknown = colours.filter(
        (c) => near(c, classRgb('undatedpast')) || near(c, blend(light.classes.undatedpast, 0.3)),
      );
      expect(unknown.length, `${id} in 1992: ${colours.join(' | ')}`).toBeGreaterThanOrEqual(3);
      for (const c of colours)
        expect(near(c, classRgb('undated')), `${id} in 1992 is not the "relations" beige: ${c}`).toBe(false);
    }
    const legend = page.getByTestId('legend');
    await expect(legend).toContainText('Relations today, date not found: unknown then');
    await expect(legend).not.toContainText('Relations, date not found');

    // Hovering says the same as the legend.
    const mli = await positionOf(page, 'MLI');
    await page.mouse.move(mli.x, mli.y);
    await expect(page.getByTestId('tooltip')).toContainText('unknown whether there were any in 1992');

    await page.getByTestId('year-input').fill(String(currentYear));
    await page.getByTestId('year-input').press('Enter');
    await expect(legend).toContainText('Relations, date not found');
    await expect(legend).not.toContainText('unknown then');
    for (const id of undated) {
      const at = await positionOf(page, id);
      // Stripes at full strength over beige: a point on a stripe's antialiased edge is a mix of
      // the two, so five points are read. Each must be beige, a stripe or a mix of them (never
      // the grey of "unknown then"), and at least one clear beige.
      const colours = [];
      for (const [dx, dy] of points) colours.push(await pixelAt(page, at.x + dx, at.y + dy));
      const along = colours.map((c) => alongLine(c, classRgb('undated'), hexToRgb(light.hatch)));
      const context = `${id} in ${currentYear}: ${colours.join(' | ')}`;
      for (const { t, off } of along) {
        expect(off, context).toBeLessThanOrEqual(12);
        expect(t, context).toBeGreaterThanOrEqual(-0.1);
        expect(t, context).toBeLessThanOrEqual(1.1);
      }
      expect(
        along.some(({ t }) => t < 0.15),
        context,
      ).toBe(true);
      for (const c of colours) expect(near(c, classRgb('undatedpast')), context).toBe(false);
    }
  });

  test('the table says their date is unknown in a past year', async ({ page }) => {
    await openMap(page, '?year=1992&view=table');
    const mali = page.getByRole('row').filter({ has: page.getByText('Mali', { exact: true }) });
    await expect(mali).toContainText('Date not found: unknown in 1992');
    await expect(mali).not.toContainText('Relations, date not found');
  });
});

test.describe('play speed', () => {
  test('has a labelled speed control that the keyboard works, and plays at the chosen speed', async ({
    page,
  }) => {
    await openMap(page, '?year=2020');
    const speed = page.getByRole('combobox', { name: 'Play speed' });
    await expect(speed).toHaveValue('1');
    await speed.focus();
    await page.keyboard.press('ArrowDown');
    await expect(speed).toHaveValue('2');
    await page.getByTestId('play').click();
    // The first step, caught on the frame it happens (a poll every second would miss 2021 at 2×).
    const firstStep = await page.waitForFunction(
      () => {
        const value = (document.querySelector('[data-testid="year-slider"]') as HTMLInputElement).value;
        return value !== '2020' && value;
      },
      null,
      { polling: 'raf' },
    );
    expect(await firstStep.jsonValue()).toBe('2021');
    // Changing the speed while playing keeps playing, from the year shown.
    await speed.selectOption('0.5');
    await expect(page.getByTestId('play')).toHaveAttribute('data-playing', 'true');
    await expect(page.getByTestId('year-slider')).toHaveValue('2022');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('play')).toHaveAttribute('data-playing', 'false');
  });

  test('while playing, the live region says only each year and its count; the whole line when it stops', async ({
    page,
  }) => {
    await openMap(page, '?year=1992');
    const live = page.getByTestId('live');
    await page.getByTestId('play').click();
    // A year's own words, short enough for a screen reader to keep up with a year a second.
    await expect(live).toHaveText(/^(199[3-9]|20\d\d): (\d+ new partners?|no new partners\.)$/);
    await page.getByTestId('play').click();
    await expect(page.getByTestId('play')).toHaveAttribute('data-playing', 'false');
    const year = await page.getByTestId('year-slider').inputValue();
    await expect(live).toHaveText(new RegExp(`^${year}: .*In all: \\d+ partners with a known date`));
  });
});

test.describe('the map keeps one size from year to year', () => {
  for (const [width, height, query] of [
    [1024, 768, ''],
    [375, 740, '?lang=ru'],
    [641, 800, '?lang=be'],
    [560, 800, '?lang=ru'],
    [480, 800, ''],
  ] as const) {
    test(`${width}×${height}${query}: stepping through every year never resizes the map`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openMap(page, query);
      const slider = page.getByTestId('year-slider');
      await slider.focus();
      await page.keyboard.press('Home');
      const heights = new Set<number>();
      for (let year = 1991; year <= currentYear; year++) {
        await expect(page.getByTestId('event-line')).toHaveAttribute('data-year', String(year));
        heights.add(Math.round((await page.getByTestId('map').boundingBox())!.height));
        await page.keyboard.press('ArrowRight');
      }
      expect([...heights]).toHaveLength(1);
    });
  }
});

test.describe('the slider keeps a usable length', () => {
  // Between 481 and 640 px the slider shared its row with Play, the speed and the count: 113 px
  // for 36 years at 560 px, 3 px a year. It has a row of its own there now, as on phones.
  for (const [width, height, query] of [
    [560, 800, ''],
    [640, 800, '?lang=ru'],
    [600, 800, '?lang=be'],
    [480, 800, '?lang=be'],
  ] as const) {
    test(`${width}×${height}${query}: the slider takes most of the width`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openMap(page, query);
      const slider = (await page.getByTestId('year-slider').boundingBox())!;
      expect(slider.width).toBeGreaterThan(width * 0.8);
    });
  }

  test('in a 600 × 560 frame of fixed height the map keeps its height: Belarus stays below the toolbar', async ({
    page,
  }) => {
    // The slider's own row took 39 px from a map 290 px tall, and Belarus went under the buttons.
    await page.setViewportSize({ width: 600, height: 560 });
    await openMap(page, '?embed=1');
    const toolbar = (await page.locator('.toolbar').boundingBox())!;
    const belarus = await positionOf(page, 'BLR');
    expect(belarus.y).toBeGreaterThan(toolbar.y + toolbar.height + 8);
    expect((await page.getByTestId('map').boundingBox())!.height).toBeGreaterThan(280);
  });

  for (const width of [390, 560]) {
    test(`${width} px: the year box stays in place from year to year`, async ({ page }) => {
      // It sat against the count, whose width changes with the year, and moved while playing.
      await page.setViewportSize({ width, height: 800 });
      await openMap(page);
      const x = async () => (await page.getByTestId('year-input').boundingBox())!.x;
      const at2026 = await x();
      await page.getByTestId('year-slider').fill('1995');
      await expect(page.getByTestId('count')).toContainText('1995');
      expect(await x()).toBeCloseTo(at2026, 0);
    });
  }

  test('480 px: the year’s events keep a few words a line beside Play', async ({ page }) => {
    await page.setViewportSize({ width: 480, height: 800 });
    await openMap(page);
    // The year and its count took the rest of the row and left the words a letter a line
    // ("No ev / ents / in the / artic / le …", 180 px tall).
    const line = (await page.getByTestId('event-line').boundingBox())!;
    expect(line.width).toBeGreaterThanOrEqual(140);
    expect(line.height).toBeLessThan(60);
  });
});
