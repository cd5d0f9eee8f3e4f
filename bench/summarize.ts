// The figures of the table from the raw samples of every load. Pure.
//
// Per load: one figure each (the median over that load's steps, clicks or recolours); each
// figure here is the median over loads and their range.
import type { AppRun, BaselineRun } from './runTypes';
import { median, ratio, stat, type Stat } from './stat';

/** `summary` in bench/results.json, in its order. */
export interface Summary {
  firstIdle: Stat;
  baselineFirstIdle: Stat;
  rendererCpuAtFirstIdle: CpuStats;
  rendererCpuPerStep: CpuStats;
  firstIdleRatio: number;
  firstMapPaint: Stat;
  /** The app's first map paint over the baseline's first idle. */
  firstMapPaintRatio: number;
  sliderStep: Stat;
  sliderStepTwoRaf: Stat;
  sliderYearsRedrawn: number;
  sliderYears: number;
  baselineRecolourSettled: Stat;
  baselineRecolourIdle: Stat;
  baselineRecolourTwoRaf: Stat;
  sliderRatio: number;
  playFrames: Stat;
  playDuration: Stat;
  playFps: Stat;
  playLongestFrame: Stat;
  sourceSetCounts: number[];
  clickToPanelFrame: Stat;
  clickToPanelDom: Stat;
  heapAfterLoadMB: Stat;
  heapAfterFifthPlayMB: Stat;
  heapGrowthPlay1ToPlay5Pct: Stat;
  heapGrowthLoadToPlay5Pct: Stat;
}

/** Renderer CPU in ms, main thread and whole process, of the app and of the baseline. */
export interface CpuStats {
  app: Stat;
  appProcess: Stat;
  base: Stat;
  baseProcess: Stat;
}

export interface Figures {
  summary: Summary;
  /** When the geometry request starts (shown in the table, not in the summary). */
  geometryRequest: { app: Stat; base: Stat };
  /** How many loads played `plays` times and read the heap. */
  heapLoads: number;
}

/** apps and bases: every load, at least one each; plays: the play-throughs of a heap load. */
export function summarize(apps: readonly AppRun[], bases: readonly BaselineRun[], plays: number): Figures {
  const firstIdle = stat(apps.map((a) => a.firstIdle));
  const baseIdle = stat(bases.map((b) => b.firstIdle));
  const mapPaint = stat(apps.map((a) => a.firstMapPaint));
  const drawnSteps = (a: AppRun) => a.slider.filter((s) => s.settled !== null);
  const slider = stat(apps.map((a) => median(drawnSteps(a).map((s) => s.settled ?? NaN))));
  const sliderTwoRaf = stat(apps.map((a) => median(a.slider.map((s) => s.twoRaf))));
  const recolourSettled = stat(bases.map((b) => median(b.recolours.map((r) => r.settled ?? NaN))));
  const recolourIdle = stat(bases.map((b) => median(b.recolours.map((r) => r.idle))));
  const recolourTwoRaf = stat(bases.map((b) => median(b.recolours.map((r) => r.twoRaf))));
  // Renderer CPU time: less sensitive than wall time to other work on the machine (but not the GPU process's).
  const idleCpu = {
    app: stat(apps.map((a) => a.cpuAtFirstIdle.cpuThread)),
    appProcess: stat(apps.map((a) => a.cpuAtFirstIdle.cpuProcess)),
    base: stat(bases.map((b) => b.cpuAtFirstIdle.cpuThread)),
    baseProcess: stat(bases.map((b) => b.cpuAtFirstIdle.cpuProcess)),
  };
  const stepCpu = {
    app: stat(apps.map((a) => median(drawnSteps(a).map((s) => s.cpuThread)))),
    appProcess: stat(apps.map((a) => median(drawnSteps(a).map((s) => s.cpuProcess)))),
    base: stat(bases.map((b) => median(b.recolours.map((r) => r.cpuThread)))),
    baseProcess: stat(bases.map((b) => median(b.recolours.map((r) => r.cpuProcess)))),
  };
  const firstPlays = apps.map((a) => a.plays[0]!);
  const growth = (a: AppRun) =>
    ((a.heapAfterPlay[plays - 1]! - a.heapAfterPlay[0]!) / a.heapAfterPlay[0]!) * 100;
  const growthFromLoad = (a: AppRun) =>
    ((a.heapAfterPlay[plays - 1]! - a.heapAfterLoad) / a.heapAfterLoad) * 100;
  const heapApps = apps.filter((a) => a.heapAfterPlay.length === plays);
  return {
    summary: {
      firstIdle,
      baselineFirstIdle: baseIdle,
      rendererCpuAtFirstIdle: idleCpu,
      rendererCpuPerStep: stepCpu,
      firstIdleRatio: ratio(firstIdle.median, baseIdle.median),
      firstMapPaint: mapPaint,
      firstMapPaintRatio: ratio(mapPaint.median, baseIdle.median),
      sliderStep: slider,
      sliderStepTwoRaf: sliderTwoRaf,
      sliderYearsRedrawn: drawnSteps(apps[0]!).length,
      sliderYears: apps[0]!.slider.length,
      baselineRecolourSettled: recolourSettled,
      baselineRecolourIdle: recolourIdle,
      baselineRecolourTwoRaf: recolourTwoRaf,
      sliderRatio: ratio(slider.median, recolourSettled.median),
      playFrames: stat(firstPlays.map((p) => p.frames)),
      playDuration: stat(firstPlays.map((p) => p.duration)),
      playFps: stat(firstPlays.map((p) => (p.frames / p.duration) * 1000)),
      playLongestFrame: stat(firstPlays.map((p) => p.longest)),
      sourceSetCounts: apps.map((a) => a.sourceSetCount),
      clickToPanelFrame: stat(apps.map((a) => median(a.clicks.map((c) => c.frame)))),
      clickToPanelDom: stat(apps.map((a) => median(a.clicks.map((c) => c.dom)))),
      heapAfterLoadMB: stat(apps.map((a) => a.heapAfterLoad / 1024 ** 2)),
      heapAfterFifthPlayMB: stat(heapApps.map((a) => a.heapAfterPlay[plays - 1]! / 1024 ** 2)),
      heapGrowthPlay1ToPlay5Pct: stat(heapApps.map(growth)),
      heapGrowthLoadToPlay5Pct: stat(heapApps.map(growthFromLoad)),
    },
    geometryRequest: {
      app: stat(apps.map((a) => a.timeline.geometryRequest)),
      base: stat(bases.map((b) => b.timeline.geometryRequest)),
    },
    heapLoads: heapApps.length,
  };
}
