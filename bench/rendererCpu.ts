// The renderer's CPU time so far (CDP Performance.getMetrics; Performance.enable first).
import type { CDPSession, Page } from '@playwright/test';
import type { Cpu } from './runTypes';

export async function rendererCpu(cdp: CDPSession): Promise<Cpu> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { cpuThread: seconds('ThreadTime') * 1000, cpuProcess: seconds('ProcessTime') * 1000 };
}

/** Runs an in-page measurement and adds the renderer CPU time it took. */
export async function withCpu<T>(page: Page, cdp: CDPSession, expression: string): Promise<T & Cpu> {
  const before = await rendererCpu(cdp);
  const result = await page.evaluate<T>(expression);
  const after = await rendererCpu(cdp);
  return {
    ...result,
    cpuThread: after.cpuThread - before.cpuThread,
    cpuProcess: after.cpuProcess - before.cpuProcess,
  };
}
