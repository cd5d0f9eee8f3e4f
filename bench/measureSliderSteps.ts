// Every year on the slider, one step each, until the map is drawn, with the renderer CPU it took.
import type { CDPSession, Page } from '@playwright/test';
import { withCpu } from './rendererCpu';
import type { Cpu, SliderStep } from './runTypes';

export async function measureSliderSteps(
  page: Page,
  cdp: CDPSession,
  firstYear: number,
  lastYear: number,
): Promise<SliderStep[]> {
  // The first step is from wherever the slider is (the last year, where play stops) to the first.
  const steps: SliderStep[] = [];
  for (let year = firstYear; year <= lastYear; year++)
    steps.push(await withCpu<Omit<SliderStep, keyof Cpu>>(page, cdp, `window.__bench.sliderStep(${year})`));
  return steps;
}
