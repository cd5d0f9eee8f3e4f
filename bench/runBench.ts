// npm run bench, start to end: build both pages, weigh them, serve them, measure RUNS fresh
// loads of each in Chromium, report. A watchdog stops everything after LIMIT_MS.
import { chromium } from '@playwright/test';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { CHROMIUM_ARGS } from '../playwright.config';
import { appRun } from './appRun';
import { baselineRun } from './baselineRun';
import { buildPages } from './buildPages';
import { ms } from './format';
import { machineInfo, probeGl } from './machineInfo';
import { HEAP_LOADS, LIMIT_MS, PLAYS, type Options } from './options';
import { PATHS } from './paths';
import { report } from './report';
import type { AppRun, BaselineRun } from './runTypes';
import { serveStatic } from './serveStatic';
import { median, stat } from './stat';
import { weighBuild } from './weighBuild';

async function main(options: Options, cleanUp: () => void): Promise<void> {
  const started = Date.now();
  console.log('bench: building the app (bench/dist/app) and the baseline (bench/dist/baseline)…');
  await buildPages();
  const appBytes = weighBuild(PATHS.app);
  const baseBytes = weighBuild(PATHS.baseline);

  const { server, origin } = await serveStatic(PATHS.dist);
  const browser = await chromium.launch({ executablePath: PATHS.chromium, args: CHROMIUM_ARGS });
  /** The 1-minute load average before each pair of loads: other work on the machine skews every timing. */
  const load: number[] = [];
  const apps: AppRun[] = [];
  const bases: BaselineRun[] = [];
  let gl = '';
  try {
    for (let i = 0; i < options.runs; i++) {
      load.push(loadavg()[0] ?? NaN);
      // The app and the baseline take turns going first, so neither always runs after the other.
      let base: BaselineRun | null = null;
      if (i % 2 === 1) base = await baselineRun(browser, origin, apps[0]!.map);
      const app = await appRun(browser, origin, i < HEAP_LOADS ? PLAYS : 1);
      apps.push(app);
      base ??= await baselineRun(browser, origin, apps[0]!.map);
      bases.push(base);
      const slider = stat(app.slider.flatMap((s) => (s.settled === null ? [] : [s.settled])));
      console.log(
        `bench: load ${i + 1}/${options.runs}: first idle ${ms(app.firstIdle)} ms (baseline ${ms(base.firstIdle)} ms), ` +
          `slider step ${ms(slider.median)} ms (baseline recolour ${ms(median(base.recolours.map((r) => r.idle)))} ms)`,
      );
    }
    gl = await probeGl(browser);
    load.push(loadavg()[0] ?? NaN);
  } finally {
    const version = browser.version();
    await browser.close();
    server.close();
    gl = gl || 'unknown';
    try {
      if (apps.length === options.runs)
        report({
          options,
          appBytes,
          baseBytes,
          apps,
          bases,
          env: { ...machineInfo(version, gl), load },
          started,
        });
    } finally {
      cleanUp();
    }
  }
}

export function runBench(options: Options): void {
  const cleanUp = () => {
    if (!options.keep) rmSync(PATHS.dist, { recursive: true, force: true });
  };
  const watchdog = setTimeout(() => {
    console.error(`bench: stopped after ${LIMIT_MS / 60_000} minutes`);
    cleanUp();
    process.exit(2);
  }, LIMIT_MS);
  watchdog.unref();

  main(options, cleanUp).catch((error: unknown) => {
    console.error('bench failed:', error instanceof Error ? error.stack : error);
    cleanUp();
    process.exit(1);
  });
}
