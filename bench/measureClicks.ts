// Click → notes panel, for each country: hovered first, clicked, the panel closed with Escape.
import type { Page } from '@playwright/test';
import type {} from './pageHooks';
import type { Click } from './runTypes';

export async function measureClicks(page: Page, ids: readonly string[]): Promise<Click[]> {
  const clicks: Click[] = [];
  for (const id of ids) {
    const at = await page.evaluate((code) => window.__belarusMap?.screenPosition(code) ?? null, id);
    if (!at) throw new Error(`no screen position for ${id}`);
    // Hover first, as a user does, so the click is timed apart from the hover's redraw.
    await page.mouse.move(at.x, at.y);
    await page.evaluate('window.__bench.quiet()');
    await page.evaluate('window.__bench.armClick()');
    await page.mouse.click(at.x, at.y);
    const result = await page.evaluate<Omit<Click, 'id'>>('window.__bench.clickResult()');
    clicks.push({ id, ...result });
    await page.keyboard.press('Escape');
    await page.getByTestId('panel').waitFor({ state: 'detached' });
    await page.evaluate('window.__bench.quiet()');
  }
  return clicks;
}
