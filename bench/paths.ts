// Where the benchmark builds, serves from, injects and writes, and the browser it runs.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const PATHS = {
  root: ROOT,
  /** Both builds, served as they are; removed after the run unless --keep. */
  dist: join(ROOT, 'bench/dist'),
  app: join(ROOT, 'bench/dist/app'),
  baseline: join(ROOT, 'bench/dist/baseline'),
  /** Injected into every page before its own scripts (window.__bench). */
  harness: join(ROOT, 'bench/harness.js'),
  results: join(ROOT, 'bench/results.json'),
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};
