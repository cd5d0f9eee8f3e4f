// What a finished run prints (the machine, the load average, the table, the budgets) and writes
// to bench/results.json.
import { writeFileSync } from 'node:fs';
import { BUDGET, budgetLine, budgetOutcome, type BudgetOutcome } from './budgets';
import type { Bytes } from './classifyBuild';
import type { Machine } from './machineInfo';
import { PLAYS, VIEWPORT, type Options } from './options';
import { PATHS } from './paths';
import { printTable } from './printTable';
import type { AppRun, BaselineRun } from './runTypes';
import { summarize } from './summarize';
import { tableRows } from './tableRows';
import { weigh } from './weighBuild';

/** The machine, and the 1-minute load average before each pair of loads and at the end. */
export type Environment = Machine & { load: number[] };

/** The lines around the table, and the table. Pure. */
export function reportLines(input: {
  env: Environment;
  runs: number;
  viewport: { width: number; height: number };
  table: string;
  uncounted: readonly string[];
  errors: readonly string[];
  outcome: BudgetOutcome;
  seconds: number;
}): string[] {
  const { env, runs, viewport, table, uncounted, errors, outcome, seconds } = input;
  const busiest = Math.max(...env.load);
  return [
    '',
    `Machine: ${env.cpu}, ${env.cores} cores, ${env.memoryGB} GB; ${env.chromium}; GL: ${env.gl}; Node ${env.node}; ${env.date}`,
    `${runs} fresh loads each (new browser context, empty cache), ${viewport.width}×${viewport.height}; ` +
      `timings: median over loads (min–max); bytes: raw / gzip -9, 1 KB = 1024 B.`,
    `Load average (1 min) before each pair of loads and at the end: ${env.load.map((l) => l.toFixed(2)).join(', ')}` +
      (busiest > env.cores / 2
        ? ` — WARNING: other work was running on this ${env.cores}-core machine; timings are skewed by it.`
        : ''),
    '',
    table,
    '',
    ...(uncounted.length ? [`Not counted above (not loaded by the app): ${uncounted.join(', ')}`] : []),
    ...(errors.length ? [`Page errors: ${[...new Set(errors)].join(' | ')}`] : []),
    `${budgetLine(outcome)} (${seconds.toFixed(0)} s; results in bench/results.json)`,
  ];
}

/** Prints the report and writes bench/results.json; with --strict, a failed budget sets exit code 1. */
export function report(input: {
  options: Options;
  appBytes: Bytes;
  baseBytes: Bytes;
  apps: AppRun[];
  bases: BaselineRun[];
  env: Environment;
  started: number;
}): void {
  const { options, appBytes, baseBytes, apps, bases, env, started } = input;
  const figures = summarize(apps, bases, PLAYS);
  const loadedFirst = (file: string) => apps[0]!.loaded.some((l) => l.file === file);
  const rows = tableRows({
    figures,
    appBytes,
    baseBytes,
    ownLoadedByFirstIdle: weigh(PATHS.app, appBytes.own.files.filter(loadedFirst)),
    plays: PLAYS,
  });
  const outcome = budgetOutcome(rows);
  const errors = [...apps.flatMap((a) => a.errors), ...bases.flatMap((b) => b.errors)];
  const lines = reportLines({
    env,
    runs: options.runs,
    viewport: VIEWPORT,
    table: printTable(rows),
    uncounted: appBytes.uncounted,
    errors,
    outcome,
    seconds: (Date.now() - started) / 1000,
  });
  for (const line of lines) console.log(line);

  const results = {
    machine: env,
    runs: options.runs,
    viewport: VIEWPORT,
    budgets: BUDGET,
    bytes: { app: appBytes, baseline: baseBytes },
    summary: figures.summary,
    table: rows,
    failed: outcome.failed,
    errors,
    app: apps,
    baseline: bases,
  };
  writeFileSync(PATHS.results, `${JSON.stringify(results, null, 2)}\n`);
  if (options.strict && outcome.failed.length) process.exitCode = 1;
}
