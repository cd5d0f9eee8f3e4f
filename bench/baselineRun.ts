// One fresh load of the baseline (bare MapLibre) at the app's map size and view: first idle and
// RECOLOURS recolours of every state.
import type { Browser } from '@playwright/test';
import { firstIdle } from './firstIdle';
import { openPage } from './openPage';
import { RECOLOURS } from './options';
import type {} from './pageHooks';
import { rendererCpu, withCpu } from './rendererCpu';
import type { AppRun, BaselineRun, Cpu, Recolour } from './runTypes';

export async function baselineRun(
  browser: Browser,
  origin: string,
  view: AppRun['map'],
): Promise<BaselineRun> {
  const { context, page, errors } = await openPage(browser);
  try {
    // The same map size and view as the app's, so both draw the same pixels.
    const query = new URLSearchParams({
      w: String(Math.round(view.width)),
      h: String(Math.round(view.height)),
      lng: String(view.center[0]),
      lat: String(view.center[1]),
      z: String(view.zoom),
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/baseline/baseline.html?${query}`);
    const timeline = await firstIdle(page);
    const cpuAtFirstIdle = await rendererCpu(cdp);
    await page.waitForFunction(() => window.__baseline !== undefined);
    await page.evaluate('window.__bench.quiet()');
    const recolours: Recolour[] = [];
    for (let i = 0; i < RECOLOURS; i++)
      recolours.push(await withCpu<Omit<Recolour, keyof Cpu>>(page, cdp, 'window.__bench.recolour()'));
    return { firstIdle: timeline.firstIdle, timeline, cpuAtFirstIdle, recolours, errors };
  } finally {
    await context.close();
  }
}
