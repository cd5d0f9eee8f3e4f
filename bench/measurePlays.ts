// Play-throughs from 1991 to the last year, each followed by a reading of the heap.
import type { CDPSession, Page } from '@playwright/test';
import type { Play } from './runTypes';
import { usedHeap } from './usedHeap';

export async function measurePlays(
  page: Page,
  cdp: CDPSession,
  firstYear: number,
  plays: number,
): Promise<{ plays: Play[]; heapAfterPlay: number[] }> {
  const played: Play[] = [];
  const heapAfterPlay: number[] = [];
  for (let i = 0; i < plays; i++) {
    // The state of ?year=1991, reached through the slider.
    await page.evaluate(`window.__bench.sliderStep(${firstYear})`);
    played.push(await page.evaluate<Play>('window.__bench.play()'));
    await page.evaluate('window.__bench.quiet()');
    heapAfterPlay.push(await usedHeap(cdp));
  }
  return { plays: played, heapAfterPlay };
}
