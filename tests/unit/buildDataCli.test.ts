// `npm run build:data` as a user runs it: a child process reading the seed and the overlay named by
// SEED_FILE and OVERLAY_FILE and writing DATASET_FILE. On any bad input it must exit non-zero, say
// which file, line or entry and what is wrong, and leave the previous dataset exactly as it was.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Overlay, OverlayCountry } from '../../src/pipeline/overlayTypes';

const SEED = 'data/foreign-relations-of-belarus.txt';
const OVERLAY = 'data/overlay.json';
const PREVIOUS = 'tests/fixtures/previous-relations.json';
const seedText = readFileSync(SEED, 'utf8');
const overlayText = readFileSync(OVERLAY, 'utf8');
const previous = readFileSync(PREVIOUS);

// Each case starts a tsx process (about a second, more on a busy machine).
vi.setConfig({ testTimeout: 30_000 });

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  dir: string;
  seedPath: string;
  overlayPath: string;
  datasetPath: string;
}

/**
 * Runs `npx tsx scripts/build-data.ts` on the given seed and overlay text, written to a temp dir of
 * their own (or on the delivered files when none is given), with a previous dataset already in place.
 */
function runBuild(seed?: string, overlay?: string): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'build-data-'));
  dirs.push(dir);
  const seedPath = seed === undefined ? SEED : join(dir, 'seed.txt');
  const overlayPath = overlay === undefined ? OVERLAY : join(dir, 'overlay.json');
  const datasetPath = join(dir, 'relations.json');
  if (seed !== undefined) writeFileSync(seedPath, seed);
  if (overlay !== undefined) writeFileSync(overlayPath, overlay);
  copyFileSync(PREVIOUS, datasetPath);
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/build-data.ts'], {
      env: { ...process.env, SEED_FILE: seedPath, OVERLAY_FILE: overlayPath, DATASET_FILE: datasetPath },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, dir, seedPath, overlayPath, datasetPath }));
  });
}

/** The 1-based line of the seed that holds `text`, which must occur exactly once. */
function lineOf(text: string): number {
  const lines = seedText.split('\n');
  const index = lines.findIndex((l) => l.includes(text));
  expect(index, `seed line with ${text}`).toBeGreaterThanOrEqual(0);
  expect(
    lines.filter((l) => l.includes(text)),
    `one seed line with ${text}`,
  ).toHaveLength(1);
  return index + 1;
}

function replaceLine(line: number, next: string): string {
  const lines = seedText.split('\n');
  lines[line - 1] = next;
  return lines.join('\n');
}

function overlayWith(change: (overlay: Overlay) => void): string {
  const overlay = JSON.parse(overlayText) as Overlay;
  change(overlay);
  return JSON.stringify(overlay, null, 2);
}

function entry(overlay: Overlay, id: string): OverlayCountry {
  const found = overlay.countries.find((c) => c.id === id);
  if (!found) throw new Error(`no overlay entry ${id}`);
  return found;
}

/** A failed build: non-zero exit, nothing claimed as written, the previous dataset untouched, no temp file. */
function expectFailedCleanly(run: Run): string {
  expect(run.code, `exit code; stdout: ${run.stdout}; stderr: ${run.stderr}`).not.toBe(0);
  expect(run.code).not.toBeNull();
  expect(run.stdout).not.toMatch(/wrote/);
  expect(run.stderr).toMatch(/^build:data failed/m);
  expect(readFileSync(run.datasetPath).equals(previous), 'previous dataset byte-for-byte').toBe(true);
  expect(readdirSync(run.dir).sort()).toEqual(['overlay.json', 'relations.json', 'seed.txt']);
  return run.stderr;
}

// Germany's row in the Europe table: `| | 1923 | See Belarus–Germany relations |`.
const GERMANY_ROW = '| | 1923 | See Belarus–Germany relations |';

describe('build:data refuses bad input and keeps the previous dataset', () => {
  it('a table row with too few cells: names the seed file, the line and the cell counts', async () => {
    const line = lineOf(GERMANY_ROW);
    const run = await runBuild(replaceLine(line, '| | 1923 |'), overlayText);
    const message = expectFailedCleanly(run);
    expect(message).toContain(run.seedPath);
    expect(message).toContain(`line ${line}:`);
    expect(message).toMatch(/row has 2 cells but the table header \(line \d+\) has 3/);
  });

  it('a stray pipe in a row: names the seed file, the line and the cell counts', async () => {
    const line = lineOf(GERMANY_ROW);
    const run = await runBuild(
      replaceLine(line, '| | 1923 | See Belarus–Germany | relations |'),
      overlayText,
    );
    const message = expectFailedCleanly(run);
    expect(message).toContain(run.seedPath);
    expect(message).toContain(`line ${line}:`);
    expect(message).toMatch(/row has 4 cells but the table header \(line \d+\) has 3/);
  });

  it('an unparseable date in the seed: names the seed file, the line and the date', async () => {
    const line = lineOf(GERMANY_ROW);
    // The overlay is changed to match, so that the date itself is the only problem.
    const overlay = overlayWith((o) => {
      entry(o, 'DEU').seedRow!.date = '19x3';
    });
    const run = await runBuild(replaceLine(line, '| | 19x3 | See Belarus–Germany relations |'), overlay);
    const message = expectFailedCleanly(run);
    expect(message).toContain(`${run.seedPath} line ${line}: unparseable date: "19x3"`);
  });

  it('an impossible date in the seed (31 February): names the line and the date', async () => {
    const line = lineOf('| | 1992-02-21 |');
    const overlay = overlayWith((o) => {
      const row = o.countries.find((c) => c.seedRow?.date === '1992-02-21')!.seedRow!;
      row.date = '1992-02-31';
    });
    const run = await runBuild(
      replaceLine(line, seedText.split('\n')[line - 1]!.replace('1992-02-21', '1992-02-31')),
      overlay,
    );
    const message = expectFailedCleanly(run);
    expect(message).toContain(`${run.seedPath} line ${line}: not a real date: "1992-02-31"`);
  });

  it('a country twice in the overlay: names the overlay file, the entry and says it appears twice', async () => {
    const overlay = overlayWith((o) => {
      o.countries.push(structuredClone(entry(o, 'ALB')));
    });
    const run = await runBuild(seedText, overlay);
    const message = expectFailedCleanly(run);
    expect(message).toContain(`${run.overlayPath}: entry ALB (Albania): the country appears twice`);
  });

  it('an overlay date that no longer matches the seed: names the entry, the seed line and both values', async () => {
    const line = lineOf(GERMANY_ROW);
    const overlay = overlayWith((o) => {
      entry(o, 'DEU').seedRow!.date = '1924';
    });
    const run = await runBuild(seedText, overlay);
    const message = expectFailedCleanly(run);
    expect(message).toContain(
      `${run.overlayPath}: entry DEU (Germany): does not match ${run.seedPath} line ${line}`,
    );
    expect(message).toContain('overlay has ["1924","See Belarus–Germany relations"]');
    expect(message).toContain('seed has ["1923","See Belarus–Germany relations"]');
  });

  it('overlay notes that no longer match the seed: names the entry, the seed line and both values', async () => {
    const line = lineOf(GERMANY_ROW);
    const overlay = overlayWith((o) => {
      entry(o, 'DEU').seedRow!.notes = 'See Belarus–Germany ties';
    });
    const run = await runBuild(seedText, overlay);
    const message = expectFailedCleanly(run);
    expect(message).toContain(
      `${run.overlayPath}: entry DEU (Germany): does not match ${run.seedPath} line ${line}`,
    );
    expect(message).toContain('overlay has ["1923","See Belarus–Germany ties"]');
  });

  it('a seed row the overlay changed in the seed only: the overlay entry no longer matches', async () => {
    const line = lineOf(GERMANY_ROW);
    const run = await runBuild(
      replaceLine(line, '| | 1992-03-13 | See Belarus–Germany relations |'),
      overlayText,
    );
    const message = expectFailedCleanly(run);
    expect(message).toContain(
      `${run.overlayPath}: entry DEU (Germany): does not match ${run.seedPath} line ${line}`,
    );
    expect(message).toContain('seed has ["1992-03-13","See Belarus–Germany relations"]');
  });

  it('malformed overlay JSON: names the overlay file and says it is not valid JSON', async () => {
    // A trailing comma after the last country, as a hand edit easily leaves.
    const broken = overlayText.replace(/\}\s*\],\s*"organisations"/, '},\n  ],\n  "organisations"');
    expect(broken).not.toBe(overlayText);
    const run = await runBuild(seedText, broken);
    const message = expectFailedCleanly(run);
    expect(message).toContain(run.overlayPath);
    expect(message).toMatch(/JSON/);
  });

  it('a truncated overlay file: names the overlay file and says it is not valid JSON', async () => {
    const run = await runBuild(seedText, overlayText.slice(0, overlayText.length / 2));
    const message = expectFailedCleanly(run);
    expect(message).toContain(run.overlayPath);
    expect(message).toMatch(/JSON/);
  });

  it('an overlay that is JSON but not an overlay: names the overlay file and what is missing', async () => {
    const run = await runBuild(seedText, '{"countries": {}}\n');
    const message = expectFailedCleanly(run);
    expect(message).toContain(run.overlayPath);
    expect(message).toMatch(/countries/);
  });

  it('an overlay entry without a field the build reads: names the overlay file and the field', async () => {
    const overlay = overlayWith((o) => {
      delete (entry(o, 'DEU') as Partial<OverlayCountry>).sources;
    });
    const run = await runBuild(seedText, overlay);
    const message = expectFailedCleanly(run);
    expect(message).toContain(run.overlayPath);
    expect(message).toMatch(/lacks a field/);
  });
});

describe('build:data when the dataset cannot be written', () => {
  it('fails naming the output and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-data-'));
    dirs.push(dir);
    // The output path is a directory: the temporary file can be written, the rename cannot.
    const out = join(dir, 'relations.json');
    mkdirSync(out);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn('npx', ['tsx', 'scripts/build-data.ts'], {
        env: { ...process.env, DATASET_FILE: out },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(out);
    expect(readdirSync(dir)).toEqual(['relations.json']);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('build:data on the delivered seed and overlay', () => {
  it('replaces the previous dataset with exactly the committed src/data/relations.json', async () => {
    const run = await runBuild();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`wrote ${run.datasetPath}`);
    expect(readFileSync(run.datasetPath, 'utf8')).toBe(readFileSync('src/data/relations.json', 'utf8'));
    expect(readdirSync(run.dir)).toEqual(['relations.json']);
  });
});
