// `npm run lighthouse`: Lighthouse (pinned in package.json) against the production build, served
// compressed as a real host serves it (vite preview does not compress), with the mobile and the
// desktop preset; prints first contentful paint, largest contentful paint, cumulative layout
// shift, total blocking time and the performance score of each. Not part of `npm test`.
//   npx tsx scripts/lighthouse.ts [--dist=dist] [--runs=1] [--keep=DIR] [--no-webgl]
// --no-webgl runs Chromium without WebGL, where the SVG map is the whole map: what the page
// costs without MapLibre, for comparison.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { requestedFile } from '../bench/serveStatic.ts';
import { CHROMIUM_ARGS } from '../playwright.config.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
/** Types worth compressing; PNG is compressed already. */
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

/** Serves root on 127.0.0.1, gzip -9 where the browser accepts it. */
function serveCompressed(root: string): Promise<{ close: () => void; origin: string }> {
  const server = createServer((request, response) => {
    const file = requestedFile(root, request.url);
    if (typeof file === 'number') return void response.writeHead(file).end();
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return void response.writeHead(404).end();
    }
    const headers: Record<string, string | number> = {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    if (COMPRESS.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers).end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ close: () => server.close(), origin: `http://127.0.0.1:${port}` });
    }),
  );
}

interface Figures {
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
  score: number;
  /** The element Lighthouse took for the largest contentful paint, as an HTML snippet. */
  lcpElement: string;
  /** Render-blocking requests with the milliseconds each is estimated to cost. */
  blocking: string[];
}

// Asynchronous: the static server runs in this process and must answer while Lighthouse loads the page.
const run = promisify(execFile);

async function runLighthouse(url: string, preset: 'mobile' | 'desktop', out: string): Promise<Figures> {
  const flags = [...CHROMIUM_ARGS, ...(noWebGL ? ['--disable-webgl', '--disable-3d-apis'] : [])].join(' ');
  await run(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${flags}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    },
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    audits: Record<string, { numericValue: number; errorMessage?: string; details?: { items?: unknown[] } }>;
    categories: { performance: { score: number } };
  };
  const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
  // The LCP element audit nests a table of nodes inside its first item.
  const lcpItem = report.audits['largest-contentful-paint-element']?.details?.items?.[0] as
    { items?: { node?: { snippet?: string } }[] } | undefined;
  const blockingItems = (report.audits['render-blocking-resources']?.details?.items ?? []) as {
    url: string;
    wastedMs: number;
  }[];
  return {
    // Lighthouse 12.2's audit fails in some Chromium versions ("reading 'frame_sequence'"): say so.
    lcpElement:
      lcpItem?.items?.[0]?.node?.snippet ??
      `(not found: ${report.audits['largest-contentful-paint-element']?.errorMessage ?? 'no element'})`,
    blocking: blockingItems.map((b) => `${new URL(b.url).pathname} ${Math.round(b.wastedMs)} ms`),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    score: Math.round(report.categories.performance.score * 100),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const dist = resolve(option('dist', 'dist'));
const noWebGL = process.argv.includes('--no-webgl');
const runs = Math.max(1, Math.min(5, Number(option('runs', '1')) || 1));
// --keep=DIR keeps the JSON reports there (to read the LCP breakdown, the long tasks...).
const keep = option('keep', '');
const work = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'lighthouse-'));
mkdirSync(work, { recursive: true });
const { close, origin } = await serveCompressed(dist);
try {
  console.log(
    `Lighthouse 12 on ${dist}, served gzip from ${origin}; median of ${runs} run(s) per preset${noWebGL ? '; Chromium without WebGL' : ''}`,
  );
  console.log('preset    FCP (s)  LCP (s)  CLS     TBT (ms)  score');
  for (const preset of ['mobile', 'desktop'] as const) {
    // One run at a time: two at once would each slow the other.
    const all: Figures[] = [];
    for (let i = 0; i < runs; i++)
      all.push(await runLighthouse(`${origin}/`, preset, join(work, `${preset}-${i}.json`)));
    const m = (k: 'fcp' | 'lcp' | 'cls' | 'tbt' | 'score') => median(all.map((f) => f[k]));
    console.log(
      `${preset.padEnd(8)}  ${(m('fcp') / 1000).toFixed(2).padStart(7)}  ${(m('lcp') / 1000).toFixed(2).padStart(7)}  ${m('cls').toFixed(3).padEnd(6)}  ${Math.round(m('tbt')).toString().padStart(8)}  ${String(m('score')).padStart(5)}`,
    );
    // What to work on next: the first run's LCP element and render-blocking requests.
    console.log(`          LCP element: ${all[0]!.lcpElement.slice(0, 100)}`);
    for (const b of all[0]!.blocking) console.log(`          render-blocking: ${b}`);
  }
} finally {
  close();
  if (!keep) rmSync(work, { recursive: true, force: true });
}
