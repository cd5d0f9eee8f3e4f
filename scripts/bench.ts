// npm run bench: the performance benchmark (see bench/README.md for what each figure means).
//
// Builds the app (into bench/dist/app, so that it never replaces dist/ under a browser test
// that may be serving it) and the baseline page (bench/baseline.html, bare MapLibre, into
// bench/dist/baseline), serves both from a static server on 127.0.0.1, measures them in Debian's
// Chromium over several fresh page loads, prints a table against the budgets and writes
// bench/results.json. Options: --runs=N (default 5), --strict (exit 1 when a budget fails), --keep
// (keep bench/dist; by default it is removed at the end).
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { MapHook } from '../src/lib/mapHook';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = join(ROOT, 'bench/dist');
const APP_DIR = join(DIST, 'app');
const BASELINE_DIR = join(DIST, 'baseline');
const HARNESS = join(ROOT, 'bench/harness.js');
const RESULTS = join(ROOT, 'bench/results.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const argRuns = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = Math.max(1, Math.min(20, Number(argRuns?.slice('--runs='.length) ?? 5) || 5));
const STRICT = process.argv.includes('--strict');
/** Keep bench/dist after the run (it is removed by default: ESLint would otherwise lint the built files). */
const KEEP = process.argv.includes('--keep');
const cleanUp = () => {
  if (!KEEP) rmSync(DIST, { recursive: true, force: true });
};
/** Play-throughs per app load; the heap is read after each. */
const PLAYS = 5;
/** The loads that play PLAYS times and read the heap; the others play once (a play-through at 1× takes about 32 s: a year every 0.9 s). */
const HEAP_LOADS = 3;
/** Recolours of every state per baseline load. */
const RECOLOURS = 10;
/** Countries clicked per app load: large, on different continents, all in the browser tests. */
const CLICK_IDS = ['DEU', 'JPN', 'CAN', 'KEN', 'AUS', 'BRA', 'IND'];
const VIEWPORT = { width: 1024, height: 768 };
/** The whole benchmark stops by itself after this long, whatever happens. */
const LIMIT_MS = 10 * 60_000;

const KB = 1024;
const BUDGET = {
  ownJsGzip: 40 * KB,
  cssGzip: 15 * KB,
  geometryGzip: 120 * KB,
  dataGzip: 40 * KB,
  firstIdleRatio: 1.15,
  sliderRatio: 1.2,
  clickMs: 100,
  heapGrowthPct: 5,
};

// ---------------------------------------------------------------------------------------------
// Bytes shipped, read from the built files.

interface Weight {
  raw: number;
  gzip: number;
  files: string[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function weigh(dir: string, files: string[]): Weight {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    // Level 9, as scripts/build-geo.ts measures the geometry.
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

interface Bytes {
  maplibre: Weight;
  own: Weight;
  css: Weight;
  geometry: Weight;
  data: Weight;
  /** Files in the build that no category counts (e.g. a script for host pages outside assets/). */
  uncounted: string[];
}

function weighBuild(dir: string): Bytes {
  const files = listFiles(dir);
  const isJs = (f: string) => /^assets\/[^/]+\.(js|mjs)$/.test(f);
  const isMaplibre = (f: string) =>
    /^assets\/maplibre-gl-worker-[^/]+\.mjs$/.test(f) || /^assets\/maplibre-[^/]+\.js$/.test(f);
  const isData = (f: string) => /^assets\/data-[^/]+\.js$/.test(f);
  const groups = {
    maplibre: files.filter((f) => isJs(f) && isMaplibre(f)),
    data: files.filter((f) => isJs(f) && isData(f)),
    own: files.filter((f) => isJs(f) && !isMaplibre(f) && !isData(f)),
    css: files.filter((f) => /^assets\/[^/]+\.css$/.test(f)),
    geometry: files.filter((f) => f === 'world.topo.json'),
  };
  const counted = new Set(Object.values(groups).flat());
  return {
    maplibre: weigh(dir, groups.maplibre),
    own: weigh(dir, groups.own),
    css: weigh(dir, groups.css),
    geometry: weigh(dir, groups.geometry),
    data: weigh(dir, groups.data),
    uncounted: files.filter((f) => !counted.has(f) && /\.(m?js|css|json)$/.test(f)),
  };
}

// ---------------------------------------------------------------------------------------------
// A static server on the loopback interface for bench/dist.

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    response.end(body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') return fail(new Error('no server address'));
      done({ server, origin: `http://127.0.0.1:${address.port}` });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// In-page measurements (bench/harness.js is injected before the page's own scripts).

interface Settle {
  settled: number | null;
  twoRaf: number;
  pageFrames: number;
}
/** Renderer CPU time in ms (CDP Performance.getMetrics): its main thread, and the whole process. */
interface Cpu {
  cpuThread: number;
  cpuProcess: number;
}
interface SliderStep extends Settle, Cpu {
  year: number;
}
interface Play {
  frames: number;
  duration: number;
  longest: number;
  pageFrames: number;
}
interface Click {
  id: string;
  name: string;
  dom: number;
  frame: number;
}
interface Recolour extends Settle, Cpu {
  idle: number;
}

interface AppRun {
  firstIdle: number;
  timeline: Timeline;
  cpuAtFirstIdle: Cpu;
  map: { width: number; height: number; center: [number, number]; zoom: number };
  loaded: { file: string; bytes: number }[];
  heapAfterLoad: number;
  heapAfterPlay: number[];
  plays: Play[];
  sourceSetCount: number;
  slider: SliderStep[];
  clicks: Click[];
  errors: string[];
}
interface BaselineRun {
  firstIdle: number;
  timeline: Timeline;
  cpuAtFirstIdle: Cpu;
  recolours: Recolour[];
  errors: string[];
}

async function openPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // A new context for every load: an empty cache, as on a first visit.
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ path: HARNESS });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A failed request is reported below with its URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return { context, page, errors };
}

/** Milestones of a load, in ms from navigation start. */
interface Timeline {
  domContentLoaded: number;
  geometryRequest: number;
  geometryResponseEnd: number;
  firstIdle: number;
}

async function firstIdle(page: Page): Promise<Timeline> {
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0);
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const geometry = performance
      .getEntriesByType('resource')
      .find((e) => e.name.endsWith('/world.topo.json')) as PerformanceResourceTiming | undefined;
    return {
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? NaN,
      geometryRequest: geometry?.startTime ?? NaN,
      geometryResponseEnd: geometry?.responseEnd ?? NaN,
      firstIdle: performance.getEntriesByName('map-first-idle')[0]?.startTime ?? NaN,
    };
  });
}

async function cpu(cdp: CDPSession): Promise<Cpu> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { cpuThread: seconds('ThreadTime') * 1000, cpuProcess: seconds('ProcessTime') * 1000 };
}

/** Runs an in-page measurement and adds the renderer CPU time it took. */
async function withCpu<T>(page: Page, cdp: CDPSession, expression: string): Promise<T & Cpu> {
  const before = await cpu(cdp);
  const result = await page.evaluate<T>(expression);
  const after = await cpu(cdp);
  return {
    ...result,
    cpuThread: after.cpuThread - before.cpuThread,
    cpuProcess: after.cpuProcess - before.cpuProcess,
  };
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

async function appRun(browser: Browser, origin: string, plays: number): Promise<AppRun> {
  const { context, page, errors } = await openPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/app/`);
    const timeline = await firstIdle(page);
    const cpuAtFirstIdle = await cpu(cdp);
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({ file: e.name, bytes: (e as PerformanceResourceTiming).encodedBodySize })),
    );
    const map = await page.evaluate(() => {
      const box = document.querySelector('[data-testid=map]')?.getBoundingClientRect();
      const view = window.__belarusMap?.view();
      if (!box || !view) throw new Error('the app exposes no map');
      return { width: box.width, height: box.height, center: view.center, zoom: view.zoom };
    });
    await page.evaluate('window.__bench.quiet()');
    const heapAfterLoad = await usedHeap(cdp);

    const slider = page.getByTestId('year-slider');
    const first = Number(await slider.getAttribute('min'));
    const last = Number(await slider.getAttribute('max'));

    const played: Play[] = [];
    const heapAfterPlay: number[] = [];
    for (let i = 0; i < plays; i++) {
      // The state of ?year=1991, reached through the slider.
      await page.evaluate(`window.__bench.sliderStep(${first})`);
      played.push(await page.evaluate<Play>('window.__bench.play()'));
      await page.evaluate('window.__bench.quiet()');
      heapAfterPlay.push(await usedHeap(cdp));
    }
    const sourceSetCount = await page.evaluate(() => window.__belarusMap?.sourceSetCount() ?? -1);

    // Every year, one step each: the first step is from the last year (where play stops) to the first.
    const steps: SliderStep[] = [];
    for (let year = first; year <= last; year++)
      steps.push(await withCpu<Omit<SliderStep, keyof Cpu>>(page, cdp, `window.__bench.sliderStep(${year})`));

    const clicks: Click[] = [];
    for (const id of CLICK_IDS) {
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
    return {
      firstIdle: timeline.firstIdle,
      timeline,
      cpuAtFirstIdle,
      map,
      loaded: loaded.map((l) => ({ file: l.file.replace(`${origin}/app/`, ''), bytes: l.bytes })),
      heapAfterLoad,
      heapAfterPlay,
      plays: played,
      sourceSetCount,
      slider: steps,
      clicks,
      errors,
    };
  } finally {
    await context.close();
  }
}

async function baselineRun(browser: Browser, origin: string, view: AppRun['map']): Promise<BaselineRun> {
  const { context, page, errors } = await openPage(browser);
  try {
    // The same map size and view as the app's, so both draw the same pixels.
    const query = new URLSearchParams({
      w: String(Math.round(view.width)),
      h: String(Math.round(view.height)),
      lng: String(view.center[0]),
      lat: String(view.center[1]),
      z: String(view.zoom),
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/baseline/baseline.html?${query}`);
    const timeline = await firstIdle(page);
    const cpuAtFirstIdle = await cpu(cdp);
    await page.waitForFunction(() => window.__baseline !== undefined);
    await page.evaluate('window.__bench.quiet()');
    const recolours: Recolour[] = [];
    for (let i = 0; i < RECOLOURS; i++)
      recolours.push(await withCpu<Omit<Recolour, keyof Cpu>>(page, cdp, 'window.__bench.recolour()'));
    return { firstIdle: timeline.firstIdle, timeline, cpuAtFirstIdle, recolours, errors };
  } finally {
    await context.close();
  }
}

// The hooks read here: the app's (src/lib/mapHook.ts) and the baseline's (bench/baseline.ts).
declare global {
  interface Window {
    __belarusMap?: MapHook;
    __baseline?: { recolourAll(): Promise<number> };
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics and the table.

interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

function stat(values: number[]): Stat {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: NaN, min: NaN, max: NaN, n };
  const mid = Math.floor(n / 2);
  const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[n - 1]!, n };
}
const median = (values: number[]) => stat(values).median;

const ms = (v: number) => (Math.abs(v) < 100 ? v.toFixed(1) : v.toFixed(0));
const fmtMs = (s: Stat) => `${ms(s.median)} ms (${ms(s.min)}–${ms(s.max)})`;
const fmtKb = (w: Weight) => `${(w.raw / KB).toFixed(1)} / ${(w.gzip / KB).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const fmtRatio = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '');

interface Row {
  metric: string;
  app: string;
  baseline: string;
  ratio: string;
  budget: string;
  result: '' | 'PASS' | 'FAIL';
}
const verdict = (ok: boolean | null): Row['result'] => (ok === null ? '' : ok ? 'PASS' : 'FAIL');

function printTable(rows: Row[]): string {
  const head: Row = {
    metric: 'figure',
    app: 'app',
    baseline: 'baseline',
    ratio: 'app/base',
    budget: 'budget',
    result: '' as const,
  };
  const keys = ['metric', 'app', 'baseline', 'ratio', 'budget', 'result'] as const;
  const widths = keys.map((k) => Math.max(...[head, ...rows].map((r) => r[k].length)));
  const line = (r: Row) =>
    keys
      .map((k, i) => r[k].padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line({ ...head, result: 'result' as Row['result'] }), rule, ...rows.map(line)].join('\n');
}

function machine(browserVersion: string, gl: string) {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model.trim(),
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    chromium: browserVersion,
    gl,
    node: process.version,
    date: new Date().toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  console.log('bench: building the app (bench/dist/app) and the baseline (bench/dist/baseline)…');
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'error',
    build: { outDir: APP_DIR, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
  await build({ configFile: join(ROOT, 'bench/vite.config.ts'), logLevel: 'error' });
  const appBytes = weighBuild(APP_DIR);
  const baseBytes = weighBuild(BASELINE_DIR);

  const { server, origin } = await serve(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  /** The 1-minute load average before each pair of loads: other work on the machine skews every timing. */
  const load: number[] = [];
  const apps: AppRun[] = [];
  const bases: BaselineRun[] = [];
  let gl = '';
  try {
    for (let i = 0; i < RUNS; i++) {
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
        `bench: load ${i + 1}/${RUNS}: first idle ${ms(app.firstIdle)} ms (baseline ${ms(base.firstIdle)} ms), ` +
          `slider step ${ms(slider.median)} ms (baseline recolour ${ms(median(base.recolours.map((r) => r.idle)))} ms)`,
      );
    }
    const probe = await browser.newPage();
    gl = await probe.evaluate(() => {
      const context = document.createElement('canvas').getContext('webgl2');
      if (!context) return 'no WebGL2';
      const info = context.getExtension('WEBGL_debug_renderer_info');
      return String(context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER));
    });
    await probe.close();
    load.push(loadavg()[0] ?? NaN);
  } finally {
    const version = browser.version();
    await browser.close();
    server.close();
    gl = gl || 'unknown';
    try {
      if (apps.length === RUNS)
        report(appBytes, baseBytes, apps, bases, { ...machine(version, gl), load }, started);
    } finally {
      cleanUp();
    }
  }
}

function report(
  appBytes: Bytes,
  baseBytes: Bytes,
  apps: AppRun[],
  bases: BaselineRun[],
  env: ReturnType<typeof machine> & { load: number[] },
  started: number,
) {
  // Per load: one figure each (the median over that load's steps, clicks or recolours); the
  // table gives the median over loads and their range.
  const firstIdle = stat(apps.map((a) => a.firstIdle));
  const baseIdle = stat(bases.map((b) => b.firstIdle));
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
  const geometryRequest = {
    app: stat(apps.map((a) => a.timeline.geometryRequest)),
    base: stat(bases.map((b) => b.timeline.geometryRequest)),
  };
  const fmtCpu = (thread: Stat, process: Stat) => `${ms(thread.median)} / ${ms(process.median)} ms`;
  const firstPlays = apps.map((a) => a.plays[0]!);
  const playFrames = stat(firstPlays.map((p) => p.frames));
  const playDuration = stat(firstPlays.map((p) => p.duration));
  const playLongest = stat(firstPlays.map((p) => p.longest));
  const playFps = stat(firstPlays.map((p) => (p.frames / p.duration) * 1000));
  const click = stat(apps.map((a) => median(a.clicks.map((c) => c.frame))));
  const clickDom = stat(apps.map((a) => median(a.clicks.map((c) => c.dom))));
  const growth = (a: AppRun) =>
    ((a.heapAfterPlay[PLAYS - 1]! - a.heapAfterPlay[0]!) / a.heapAfterPlay[0]!) * 100;
  const growthFromLoad = (a: AppRun) =>
    ((a.heapAfterPlay[PLAYS - 1]! - a.heapAfterLoad) / a.heapAfterLoad) * 100;
  const heapApps = apps.filter((a) => a.heapAfterPlay.length === PLAYS);
  const heapGrowth = stat(heapApps.map(growth));
  const heapGrowthFromLoad = stat(heapApps.map(growthFromLoad));
  const heapLoad = stat(apps.map((a) => a.heapAfterLoad / 1024 ** 2));
  const heapFifth = stat(heapApps.map((a) => a.heapAfterPlay[PLAYS - 1]! / 1024 ** 2));
  const sourceSets = apps.map((a) => a.sourceSetCount);
  const stepsDrawn = apps[0]!.slider.filter((s) => s.settled !== null).length;
  const stepsAll = apps[0]!.slider.length;
  const total = (b: Bytes) =>
    [b.maplibre, b.own, b.css, b.geometry, b.data].reduce(
      (sum, w) => ({ raw: sum.raw + w.raw, gzip: sum.gzip + w.gzip, files: [] }),
      { raw: 0, gzip: 0, files: [] } as Weight,
    );

  const bytesRow = (metric: string, app: Weight, base: Weight | null, budget: number | null): Row => ({
    metric,
    app: fmtKb(app),
    baseline: base ? fmtKb(base) : '',
    ratio: base ? fmtRatio(ratio(app.gzip, base.gzip)) : '',
    budget: budget === null ? '' : `≤ ${budget / KB} KB gzip`,
    result: verdict(budget === null ? null : app.gzip <= budget),
  });
  const firstIdleRatio = ratio(firstIdle.median, baseIdle.median);
  const sliderRatio = ratio(slider.median, recolourSettled.median);
  const rows: Row[] = [
    bytesRow('JS MapLibre (chunk + worker), raw / gzip', appBytes.maplibre, baseBytes.maplibre, null),
    bytesRow("JS app's own code, raw / gzip", appBytes.own, baseBytes.own, BUDGET.ownJsGzip),
    bytesRow(
      '  of it loaded by the first idle',
      weigh(
        APP_DIR,
        appBytes.own.files.filter((f) => apps[0]!.loaded.some((l) => l.file === f)),
      ),
      null,
      null,
    ),
    bytesRow('CSS (incl. MapLibre CSS), raw / gzip', appBytes.css, baseBytes.css, BUDGET.cssGzip),
    bytesRow(
      'geometry world.topo.json, raw / gzip',
      appBytes.geometry,
      baseBytes.geometry,
      BUDGET.geometryGzip,
    ),
    bytesRow('dataset (data-*.js), raw / gzip', appBytes.data, null, BUDGET.dataGzip),
    bytesRow('total of the above, raw / gzip', total(appBytes), total(baseBytes), null),
    {
      metric: 'first map idle from navigation',
      app: fmtMs(firstIdle),
      baseline: fmtMs(baseIdle),
      ratio: fmtRatio(firstIdleRatio),
      budget: `≤ ${BUDGET.firstIdleRatio}× baseline`,
      result: verdict(firstIdleRatio <= BUDGET.firstIdleRatio),
    },
    {
      metric: '  geometry request starts',
      app: fmtMs(geometryRequest.app),
      baseline: fmtMs(geometryRequest.base),
      ratio: fmtRatio(ratio(geometryRequest.app.median, geometryRequest.base.median)),
      budget: '',
      result: '',
    },
    {
      metric: '  renderer CPU by first idle, main thread / process',
      app: fmtCpu(idleCpu.app, idleCpu.appProcess),
      baseline: fmtCpu(idleCpu.base, idleCpu.baseProcess),
      ratio: fmtRatio(ratio(idleCpu.app.median, idleCpu.base.median)),
      budget: '',
      result: '',
    },
    {
      metric: `slider step → map drawn (${stepsDrawn}/${stepsAll} years redraw)`,
      app: fmtMs(slider),
      baseline: fmtMs(recolourSettled),
      ratio: fmtRatio(sliderRatio),
      budget: `≤ ${BUDGET.sliderRatio}× baseline recolour`,
      result: verdict(sliderRatio <= BUDGET.sliderRatio),
    },
    {
      metric: "  baseline recolour to MapLibre 'idle' event",
      app: '',
      baseline: fmtMs(recolourIdle),
      ratio: fmtRatio(ratio(slider.median, recolourIdle.median)),
      budget: '',
      result: '',
    },
    {
      metric: '  renderer CPU per step, main thread / process',
      app: fmtCpu(stepCpu.app, stepCpu.appProcess),
      baseline: fmtCpu(stepCpu.base, stepCpu.baseProcess),
      ratio: fmtRatio(ratio(stepCpu.app.median, stepCpu.base.median)),
      budget: '',
      result: '',
    },
    {
      metric: '  step → second rAF (all years)',
      app: fmtMs(sliderTwoRaf),
      baseline: fmtMs(recolourTwoRaf),
      ratio: fmtRatio(ratio(sliderTwoRaf.median, recolourTwoRaf.median)),
      budget: '',
      result: '',
    },
    {
      metric: 'play-through 1991→last: frames',
      app: `${playFrames.median} (${playFrames.min}–${playFrames.max})`,
      baseline: '',
      ratio: '',
      budget: '',
      result: '',
    },
    { metric: '  duration', app: fmtMs(playDuration), baseline: '', ratio: '', budget: '', result: '' },
    {
      metric: '  frames per second',
      app: `${playFps.median.toFixed(1)} (${playFps.min.toFixed(1)}–${playFps.max.toFixed(1)})`,
      baseline: '',
      ratio: '',
      budget: '',
      result: '',
    },
    { metric: '  longest frame', app: fmtMs(playLongest), baseline: '', ratio: '', budget: '', result: '' },
    {
      metric: 'geometry source set count after the plays',
      app: sourceSets.every((n) => n === sourceSets[0])
        ? `${sourceSets[0]} (every load)`
        : sourceSets.join(', '),
      baseline: '',
      ratio: '',
      budget: '= 1',
      result: verdict(sourceSets.every((n) => n === 1)),
    },
    {
      metric: 'click → notes panel visible (next frame)',
      app: fmtMs(click),
      baseline: '',
      ratio: '',
      budget: `< ${BUDGET.clickMs} ms median`,
      result: verdict(click.median < BUDGET.clickMs),
    },
    {
      metric: '  click → panel in DOM',
      app: fmtMs(clickDom),
      baseline: '',
      ratio: '',
      budget: '',
      result: '',
    },
    {
      metric: 'JS heap after load (MB)',
      app: `${heapLoad.median.toFixed(2)} (${heapLoad.min.toFixed(2)}–${heapLoad.max.toFixed(2)})`,
      baseline: '',
      ratio: '',
      budget: '',
      result: '',
    },
    {
      metric: `JS heap after play ${PLAYS} (MB, ${heapApps.length} loads)`,
      app: `${heapFifth.median.toFixed(2)} (${heapFifth.min.toFixed(2)}–${heapFifth.max.toFixed(2)})`,
      baseline: '',
      ratio: '',
      budget: '',
      result: '',
    },
    {
      metric: `heap growth, play 1 → play ${PLAYS}`,
      app: `${heapGrowth.median.toFixed(2)} % (${heapGrowth.min.toFixed(2)}–${heapGrowth.max.toFixed(2)})`,
      baseline: '',
      ratio: '',
      budget: `< ${BUDGET.heapGrowthPct} %`,
      result: verdict(heapGrowth.median < BUDGET.heapGrowthPct),
    },
    {
      metric: `  heap growth, load → play ${PLAYS}`,
      app: `${heapGrowthFromLoad.median.toFixed(2)} % (${heapGrowthFromLoad.min.toFixed(2)}–${heapGrowthFromLoad.max.toFixed(2)})`,
      baseline: '',
      ratio: '',
      budget: '',
      result: '',
    },
  ];

  const table = printTable(rows);
  const failed = rows.filter((r) => r.result === 'FAIL').map((r) => r.metric.trim());
  const checked = rows.filter((r) => r.result !== '').length;
  const errors = [...apps.flatMap((a) => a.errors), ...bases.flatMap((b) => b.errors)];
  console.log('');
  console.log(
    `Machine: ${env.cpu}, ${env.cores} cores, ${env.memoryGB} GB; ${env.chromium}; GL: ${env.gl}; Node ${env.node}; ${env.date}`,
  );
  console.log(
    `${RUNS} fresh loads each (new browser context, empty cache), ${VIEWPORT.width}×${VIEWPORT.height}; ` +
      `timings: median over loads (min–max); bytes: raw / gzip -9, 1 KB = 1024 B.`,
  );
  const busiest = Math.max(...env.load);
  console.log(
    `Load average (1 min) before each pair of loads and at the end: ${env.load.map((l) => l.toFixed(2)).join(', ')}` +
      (busiest > env.cores / 2
        ? ` — WARNING: other work was running on this ${env.cores}-core machine; timings are skewed by it.`
        : ''),
  );
  console.log('');
  console.log(table);
  console.log('');
  if (appBytes.uncounted.length)
    console.log(`Not counted above (not loaded by the app): ${appBytes.uncounted.join(', ')}`);
  if (errors.length) console.log(`Page errors: ${[...new Set(errors)].join(' | ')}`);
  console.log(
    `${checked - failed.length} of ${checked} budgets pass${failed.length ? `; FAIL: ${failed.join('; ')}` : ''}. ` +
      `(${((Date.now() - started) / 1000).toFixed(0)} s; results in bench/results.json)`,
  );

  const results = {
    machine: env,
    runs: RUNS,
    viewport: VIEWPORT,
    budgets: BUDGET,
    bytes: { app: appBytes, baseline: baseBytes },
    summary: {
      firstIdle,
      baselineFirstIdle: baseIdle,
      rendererCpuAtFirstIdle: idleCpu,
      rendererCpuPerStep: stepCpu,
      firstIdleRatio,
      sliderStep: slider,
      sliderStepTwoRaf: sliderTwoRaf,
      sliderYearsRedrawn: stepsDrawn,
      sliderYears: stepsAll,
      baselineRecolourSettled: recolourSettled,
      baselineRecolourIdle: recolourIdle,
      baselineRecolourTwoRaf: recolourTwoRaf,
      sliderRatio,
      playFrames,
      playDuration,
      playFps,
      playLongestFrame: playLongest,
      sourceSetCounts: sourceSets,
      clickToPanelFrame: click,
      clickToPanelDom: clickDom,
      heapAfterLoadMB: heapLoad,
      heapAfterFifthPlayMB: heapFifth,
      heapGrowthPlay1ToPlay5Pct: heapGrowth,
      heapGrowthLoadToPlay5Pct: heapGrowthFromLoad,
    },
    table: rows,
    failed,
    errors,
    app: apps,
    baseline: bases,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  if (STRICT && failed.length) process.exitCode = 1;
}

const watchdog = setTimeout(() => {
  console.error(`bench: stopped after ${LIMIT_MS / 60_000} minutes`);
  cleanUp();
  process.exit(2);
}, LIMIT_MS);
watchdog.unref();

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? error.stack : error);
  cleanUp();
  process.exit(1);
});
