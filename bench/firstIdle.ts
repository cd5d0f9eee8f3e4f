// Waits for the map's first idle (the 'map-first-idle' mark both pages set) and reads the
// load's milestones.
import type { Page } from '@playwright/test';
import type { Timeline } from './runTypes';

export async function firstIdle(page: Page): Promise<Timeline> {
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0);
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const geometry = performance
      .getEntriesByType('resource')
      .find((e) => e.name.endsWith('/world.topo.json')) as PerformanceResourceTiming | undefined;
    return {
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? NaN,
      geometryRequest: geometry?.startTime ?? NaN,
      geometryResponseEnd: geometry?.responseEnd ?? NaN,
      firstIdle: performance.getEntriesByName('map-first-idle')[0]?.startTime ?? NaN,
    };
  });
}
