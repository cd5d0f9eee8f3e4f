// The benchmark's figures and rows: raw samples to medians over loads (bench/summarize.ts),
// and the rows of the table with their budgets checked (bench/tableRows.ts).
import { describe, expect, it } from 'vitest';
import { budgetOutcome } from '../../bench/budgets';
import type { Bytes, Weight } from '../../bench/classifyBuild';
import type { Row } from '../../bench/printTable';
import type { AppRun, BaselineRun, SliderStep } from '../../bench/runTypes';
import { summarize, type Figures, type Summary } from '../../bench/summarize';
import { tableRows } from '../../bench/tableRows';

const KB = 1024;
const cpu = { cpuThread: 10, cpuProcess: 20 };
const timeline = (firstIdle: number) => ({
  domContentLoaded: 100,
  geometryRequest: 30,
  geometryResponseEnd: 200,
  firstIdle,
});
const step = (settled: number | null): SliderStep => ({
  year: 2000,
  settled,
  twoRaf: 20,
  pageFrames: 1,
  ...cpu,
});

function app(firstIdle: number, settled: (number | null)[], heapAfterPlay: number[]): AppRun {
  return {
    firstIdle,
    firstMapPaint: firstIdle / 4,
    timeline: timeline(firstIdle),
    cpuAtFirstIdle: cpu,
    map: { width: 1024, height: 600, center: [20, 30], zoom: 1 },
    loaded: [],
    heapAfterLoad: 80,
    heapAfterPlay,
    plays: [{ frames: 160, duration: 4000, longest: 50, pageFrames: 160 }],
    sourceSetCount: 1,
    slider: settled.map(step),
    clicks: [
      { id: 'DEU', name: 'Germany', dom: 5, frame: 12 },
      { id: 'JPN', name: 'Japan', dom: 7, frame: 16 },
    ],
    errors: [],
  };
}
function base(firstIdle: number, settled: number): BaselineRun {
  const recolour = { settled, idle: settled, twoRaf: 25, pageFrames: 1, ...cpu };
  return { firstIdle, timeline: timeline(firstIdle), cpuAtFirstIdle: cpu, recolours: [recolour], errors: [] };
}

describe('summarize', () => {
  const apps = [app(1000, [10, null, 20], [100, 102, 104, 106, 110]), app(1200, [30], [200])];
  const bases = [base(900, 20), base(1100, 30)];
  const { summary, geometryRequest, heapLoads } = summarize(apps, bases, 5);

  it('takes the median over loads of each load’s median, leaving out steps that drew nothing', () => {
    expect(summary.firstIdle).toEqual({ median: 1100, min: 1000, max: 1200, n: 2 });
    expect(summary.sliderStep).toEqual({ median: 22.5, min: 15, max: 30, n: 2 });
    expect(summary.baselineRecolourSettled).toEqual({ median: 25, min: 20, max: 30, n: 2 });
    expect(summary.sliderRatio).toBe(0.9);
    expect(summary.firstIdleRatio).toBe(1100 / 1000);
    expect(summary.firstMapPaint.median).toBe(275);
    expect(summary.firstMapPaintRatio).toBe(275 / 1000);
    expect(summary.clickToPanelFrame.median).toBe(14);
    expect([summary.sliderYearsRedrawn, summary.sliderYears]).toEqual([2, 3]);
    expect(geometryRequest.app.median).toBe(30);
  });

  it('reads the heap only from the loads that played every time', () => {
    expect(heapLoads).toBe(1);
    expect(summary.heapGrowthPlay1ToPlay5Pct.median).toBeCloseTo(10);
    expect(summary.heapGrowthLoadToPlay5Pct.median).toBeCloseTo(37.5);
    expect(summary.heapAfterLoadMB.n).toBe(2);
  });
});

describe('tableRows', () => {
  const w = (gzipKb: number): Weight => ({ raw: gzipKb * 3 * KB, gzip: gzipKb * KB, files: [] });
  const bytes = (own: number, css: number, geometry: number, data: number): Bytes => ({
    maplibre: w(420),
    own: w(own),
    css: w(css),
    geometry: w(geometry),
    data: w(data),
    uncounted: [],
  });
  const figures = summarize([app(1000, [10], [100, 100, 100, 100, 101])], [base(1000, 10)], 5);
  const rowsWith = (summary: Partial<Summary>, appBytes = bytes(36, 13, 73, 35)) =>
    tableRows({
      figures: { ...figures, summary: { ...figures.summary, ...summary } } satisfies Figures,
      appBytes,
      baseBytes: bytes(2, 10, 73, 0),
      ownLoadedByFirstIdle: w(30),
      plays: 5,
    });
  const result = (rows: Row[], metric: string) => rows.find((r) => r.metric === metric)?.result;

  it('has every figure, in order', () => {
    expect(rowsWith({}).map((r) => r.metric)).toEqual([
      'JS MapLibre (chunk + worker), raw / gzip',
      "JS app's own code, raw / gzip",
      '  of it loaded by the first idle',
      'CSS (incl. MapLibre CSS), raw / gzip',
      'geometry world.topo.json, raw / gzip',
      'data (data-*.js, events-*.js), raw / gzip',
      'total of the above, raw / gzip',
      'first map idle from navigation',
      'first paint that shows a map (app: its SVG)',
      '  geometry request starts',
      '  renderer CPU by first idle, main thread / process',
      'slider step → map drawn (1/1 years redraw)',
      "  baseline recolour to MapLibre 'idle' event",
      '  renderer CPU per step, main thread / process',
      '  step → second rAF (all years)',
      'play-through 1991→last: frames',
      '  duration',
      '  frames per second',
      '  longest frame',
      'geometry source set count after the plays',
      'click → notes panel visible (next frame)',
      '  click → panel in DOM',
      'JS heap after load (MB)',
      'JS heap after play 5 (MB, 1 loads)',
      'heap growth, play 1 → play 5',
      '  heap growth, load → play 5',
    ]);
    expect(budgetOutcome(rowsWith({}))).toEqual({ checked: 10, failed: [] });
  });

  const stat = (median: number) => ({ median, min: median, max: median, n: 1 });
  it.each([
    { metric: 'first map idle from navigation', summary: { firstIdleRatio: 1.15 }, expected: 'PASS' },
    { metric: 'first map idle from navigation', summary: { firstIdleRatio: 1.16 }, expected: 'FAIL' },
    { metric: 'first map idle from navigation', summary: { firstIdleRatio: NaN }, expected: 'FAIL' },
    {
      metric: 'first paint that shows a map (app: its SVG)',
      summary: { firstMapPaintRatio: 1 / 3 },
      expected: 'PASS',
    },
    {
      metric: 'first paint that shows a map (app: its SVG)',
      summary: { firstMapPaintRatio: 0.34 },
      expected: 'FAIL',
    },
    {
      metric: 'first paint that shows a map (app: its SVG)',
      summary: { firstMapPaintRatio: NaN },
      expected: 'FAIL',
    },
    { metric: 'slider step → map drawn (1/1 years redraw)', summary: { sliderRatio: 1.2 }, expected: 'PASS' },
    {
      metric: 'slider step → map drawn (1/1 years redraw)',
      summary: { sliderRatio: 1.21 },
      expected: 'FAIL',
    },
    {
      metric: 'click → notes panel visible (next frame)',
      summary: { clickToPanelFrame: stat(99.9) },
      expected: 'PASS',
    },
    {
      metric: 'click → notes panel visible (next frame)',
      summary: { clickToPanelFrame: stat(100) },
      expected: 'FAIL',
    },
    {
      metric: 'heap growth, play 1 → play 5',
      summary: { heapGrowthPlay1ToPlay5Pct: stat(4.99) },
      expected: 'PASS',
    },
    {
      metric: 'heap growth, play 1 → play 5',
      summary: { heapGrowthPlay1ToPlay5Pct: stat(5) },
      expected: 'FAIL',
    },
    {
      metric: 'geometry source set count after the plays',
      summary: { sourceSetCounts: [1, 1] },
      expected: 'PASS',
    },
    {
      metric: 'geometry source set count after the plays',
      summary: { sourceSetCounts: [1, 2] },
      expected: 'FAIL',
    },
  ] as { metric: string; summary: Partial<Summary>; expected: string }[])(
    '$metric with $summary → $expected',
    ({ metric, summary, expected }) => {
      expect(result(rowsWith(summary), metric)).toBe(expected);
    },
  );

  it.each([
    {
      metric: "JS app's own code, raw / gzip",
      case: 'at 40 KB',
      appBytes: bytes(40, 13, 73, 35),
      expected: 'PASS',
    },
    {
      metric: "JS app's own code, raw / gzip",
      case: 'over 40 KB',
      appBytes: bytes(40.01, 13, 73, 35),
      expected: 'FAIL',
    },
    {
      metric: 'CSS (incl. MapLibre CSS), raw / gzip',
      case: '15.5 KB',
      appBytes: bytes(36, 15.5, 73, 35),
      expected: 'FAIL',
    },
    {
      metric: 'geometry world.topo.json, raw / gzip',
      case: '121 KB',
      appBytes: bytes(36, 13, 121, 35),
      expected: 'FAIL',
    },
    {
      metric: 'data (data-*.js, events-*.js), raw / gzip',
      case: '41 KB',
      appBytes: bytes(36, 13, 73, 41),
      expected: 'FAIL',
    },
  ])('$metric, $case → $expected', ({ metric, appBytes, expected }) => {
    expect(result(rowsWith({}, appBytes), metric)).toBe(expected);
  });

  it('writes the cells of a row with a baseline, a ratio and a budget', () => {
    expect(rowsWith({ sourceSetCounts: [1, 2] }).slice(1, 2)).toEqual([
      {
        metric: "JS app's own code, raw / gzip",
        app: '108.0 / 36.0 KB',
        baseline: '6.0 / 2.0 KB',
        ratio: '18.00×',
        budget: '≤ 40 KB gzip',
        result: 'PASS',
      },
    ]);
    expect(rowsWith({ sourceSetCounts: [1, 2] })[19]?.app).toBe('1, 2');
    expect(rowsWith({})[19]?.app).toBe('1 (every load)');
  });
});
