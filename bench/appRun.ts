// One fresh load of the app: first idle, the play-throughs and heap, every slider step, the clicks.
import type { Browser } from '@playwright/test';
import { firstIdle } from './firstIdle';
import { measureClicks } from './measureClicks';
import { measurePlays } from './measurePlays';
import { measureSliderSteps } from './measureSliderSteps';
import { openPage } from './openPage';
import { CLICK_IDS } from './options';
import type {} from './pageHooks';
import { rendererCpu } from './rendererCpu';
import type { AppRun } from './runTypes';
import { usedHeap } from './usedHeap';

export async function appRun(browser: Browser, origin: string, plays: number): Promise<AppRun> {
  const { context, page, errors } = await openPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/app/`);
    const timeline = await firstIdle(page);
    const firstMapPaint = (await page.evaluate('window.__bench.firstMapPaint()')) as number | null;
    const cpuAtFirstIdle = await rendererCpu(cdp);
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({ file: e.name, bytes: (e as PerformanceResourceTiming).encodedBodySize })),
    );
    const map = await page.evaluate(() => {
      const box = document.querySelector('[data-testid=map]')?.getBoundingClientRect();
      const view = window.__belarusMap?.view();
      if (!box || !view) throw new Error('the app exposes no map');
      return { width: box.width, height: box.height, center: view.center, zoom: view.zoom };
    });
    await page.evaluate('window.__bench.quiet()');
    const heapAfterLoad = await usedHeap(cdp);

    const slider = page.getByTestId('year-slider');
    const first = Number(await slider.getAttribute('min'));
    const last = Number(await slider.getAttribute('max'));

    const played = await measurePlays(page, cdp, first, plays);
    const sourceSetCount = await page.evaluate(() => window.__belarusMap?.sourceSetCount() ?? -1);
    const steps = await measureSliderSteps(page, cdp, first, last);
    const clicks = await measureClicks(page, CLICK_IDS);
    return {
      firstIdle: timeline.firstIdle,
      firstMapPaint: firstMapPaint ?? NaN,
      timeline,
      cpuAtFirstIdle,
      map,
      loaded: loaded.map((l) => ({ file: l.file.replace(`${origin}/app/`, ''), bytes: l.bytes })),
      heapAfterLoad,
      heapAfterPlay: played.heapAfterPlay,
      plays: played.plays,
      sourceSetCount,
      slider: steps,
      clicks,
      errors,
    };
  } finally {
    await context.close();
  }
}
