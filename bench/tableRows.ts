// The rows of the printed table, in order, with their budgets checked. Pure.
import { BUDGET, verdict } from './budgets';
import { totalWeight, type Bytes, type Weight } from './classifyBuild';
import { KB, fmtCount, fmtCpu, fmtFixed, fmtKb, fmtMs, fmtRatio } from './format';
import type { Row } from './printTable';
import { ratio } from './stat';
import type { Figures } from './summarize';

export interface TableInput {
  figures: Figures;
  appBytes: Bytes;
  baseBytes: Bytes;
  /** The part of the app's own JS the first load had fetched by its first idle. */
  ownLoadedByFirstIdle: Weight;
  /** Play-throughs per heap load. */
  plays: number;
}

const row = (metric: string, cells: Partial<Omit<Row, 'metric'>>): Row => ({
  metric,
  app: '',
  baseline: '',
  ratio: '',
  budget: '',
  result: '',
  ...cells,
});

const bytesRow = (metric: string, app: Weight, base: Weight | null, budget: number | null): Row =>
  row(metric, {
    app: fmtKb(app),
    baseline: base ? fmtKb(base) : '',
    ratio: base ? fmtRatio(ratio(app.gzip, base.gzip)) : '',
    budget: budget === null ? '' : `≤ ${budget / KB} KB gzip`,
    result: verdict(budget === null ? null : app.gzip <= budget),
  });

export function tableRows({ figures, appBytes, baseBytes, ownLoadedByFirstIdle, plays }: TableInput): Row[] {
  const s = figures.summary;
  const { geometryRequest, heapLoads } = figures;
  const idleCpu = s.rendererCpuAtFirstIdle;
  const stepCpu = s.rendererCpuPerStep;
  const sourceSets = s.sourceSetCounts;
  return [
    bytesRow('JS MapLibre (chunk + worker), raw / gzip', appBytes.maplibre, baseBytes.maplibre, null),
    bytesRow("JS app's own code, raw / gzip", appBytes.own, baseBytes.own, BUDGET.ownJsGzip),
    bytesRow('  of it loaded by the first idle', ownLoadedByFirstIdle, null, null),
    bytesRow('CSS (incl. MapLibre CSS), raw / gzip', appBytes.css, baseBytes.css, BUDGET.cssGzip),
    bytesRow(
      'geometry world.topo.json, raw / gzip',
      appBytes.geometry,
      baseBytes.geometry,
      BUDGET.geometryGzip,
    ),
    bytesRow('data (data-*.js, events-*.js), raw / gzip', appBytes.data, null, BUDGET.dataGzip),
    bytesRow('total of the above, raw / gzip', totalWeight(appBytes), totalWeight(baseBytes), null),
    row('first map idle from navigation', {
      app: fmtMs(s.firstIdle),
      baseline: fmtMs(s.baselineFirstIdle),
      ratio: fmtRatio(s.firstIdleRatio),
      budget: `≤ ${BUDGET.firstIdleRatio}× baseline`,
      result: verdict(s.firstIdleRatio <= BUDGET.firstIdleRatio),
    }),
    row('first paint that shows a map (app: its SVG)', {
      app: fmtMs(s.firstMapPaint),
      baseline: fmtMs(s.baselineFirstIdle),
      ratio: fmtRatio(s.firstMapPaintRatio),
      budget: '≤ 1/3 baseline first idle',
      result: verdict(s.firstMapPaintRatio <= BUDGET.firstMapPaintShare),
    }),
    row('  geometry request starts', {
      app: fmtMs(geometryRequest.app),
      baseline: fmtMs(geometryRequest.base),
      ratio: fmtRatio(ratio(geometryRequest.app.median, geometryRequest.base.median)),
    }),
    row('  renderer CPU by first idle, main thread / process', {
      app: fmtCpu(idleCpu.app, idleCpu.appProcess),
      baseline: fmtCpu(idleCpu.base, idleCpu.baseProcess),
      ratio: fmtRatio(ratio(idleCpu.app.median, idleCpu.base.median)),
    }),
    row(`slider step → map drawn (${s.sliderYearsRedrawn}/${s.sliderYears} years redraw)`, {
      app: fmtMs(s.sliderStep),
      baseline: fmtMs(s.baselineRecolourSettled),
      ratio: fmtRatio(s.sliderRatio),
      budget: `≤ ${BUDGET.sliderRatio}× baseline recolour`,
      result: verdict(s.sliderRatio <= BUDGET.sliderRatio),
    }),
    row("  baseline recolour to MapLibre 'idle' event", {
      baseline: fmtMs(s.baselineRecolourIdle),
      ratio: fmtRatio(ratio(s.sliderStep.median, s.baselineRecolourIdle.median)),
    }),
    row('  renderer CPU per step, main thread / process', {
      app: fmtCpu(stepCpu.app, stepCpu.appProcess),
      baseline: fmtCpu(stepCpu.base, stepCpu.baseProcess),
      ratio: fmtRatio(ratio(stepCpu.app.median, stepCpu.base.median)),
    }),
    row('  step → second rAF (all years)', {
      app: fmtMs(s.sliderStepTwoRaf),
      baseline: fmtMs(s.baselineRecolourTwoRaf),
      ratio: fmtRatio(ratio(s.sliderStepTwoRaf.median, s.baselineRecolourTwoRaf.median)),
    }),
    row('play-through 1991→last: frames', { app: fmtCount(s.playFrames) }),
    row('  duration', { app: fmtMs(s.playDuration) }),
    row('  frames per second', { app: fmtFixed(s.playFps, 1) }),
    row('  longest frame', { app: fmtMs(s.playLongestFrame) }),
    row('geometry source set count after the plays', {
      app: sourceSets.every((n) => n === sourceSets[0])
        ? `${sourceSets[0]} (every load)`
        : sourceSets.join(', '),
      budget: '= 1',
      result: verdict(sourceSets.every((n) => n === 1)),
    }),
    row('click → notes panel visible (next frame)', {
      app: fmtMs(s.clickToPanelFrame),
      budget: `< ${BUDGET.clickMs} ms median`,
      result: verdict(s.clickToPanelFrame.median < BUDGET.clickMs),
    }),
    row('  click → panel in DOM', { app: fmtMs(s.clickToPanelDom) }),
    row('JS heap after load (MB)', { app: fmtFixed(s.heapAfterLoadMB, 2) }),
    row(`JS heap after play ${plays} (MB, ${heapLoads} loads)`, {
      app: fmtFixed(s.heapAfterFifthPlayMB, 2),
    }),
    row(`heap growth, play 1 → play ${plays}`, {
      app: fmtFixed(s.heapGrowthPlay1ToPlay5Pct, 2, ' %'),
      budget: `< ${BUDGET.heapGrowthPct} %`,
      result: verdict(s.heapGrowthPlay1ToPlay5Pct.median < BUDGET.heapGrowthPct),
    }),
    row(`  heap growth, load → play ${plays}`, { app: fmtFixed(s.heapGrowthLoadToPlay5Pct, 2, ' %') }),
  ];
}
