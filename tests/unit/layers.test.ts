import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

// A scratch tree with one bad import of each kind the layer rules forbid, and one allowed import.
const PLANTED: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler' } }),
  'node_modules/maplibre-gl/package.json': JSON.stringify({ name: 'maplibre-gl', main: 'index.js' }),
  'node_modules/maplibre-gl/index.js': 'export const Map = 1;\n',
  'node_modules/svelte/package.json': JSON.stringify({ name: 'svelte', main: 'index.js' }),
  'node_modules/svelte/index.js': 'export const mount = 1;\n',
  'src/components/Widget.svelte': '<p>widget</p>\n',
  'src/dom/glue.ts': 'export const glue = 1;\n',
  'src/lib/cycleA.ts': "import { b } from './cycleB';\nexport const a = () => b;\n",
  'src/lib/cycleB.ts': "import { a } from './cycleA';\nexport const b = 1;\nexport const c = () => a;\n",
  'src/lib/importsMapLibre.ts': "import { Map } from 'maplibre-gl';\nexport const m = Map;\n",
  'src/lib/importsComponent.ts':
    "import Widget from '../components/Widget.svelte';\nexport const w = Widget;\n",
  'src/controllers/importsDomGlue.ts': "import { glue } from '../dom/glue';\nexport const g = glue;\n",
  'src/pipeline/importsSvelte.ts': "import { mount } from 'svelte';\nexport const s = mount;\n",
  'src/pipeline/readsFiles.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  'src/lib/importsTests.ts': "import { t } from '../../tests/helper';\nexport const x = t;\n",
  'tests/helper.ts': 'export const t = 1;\n',
  'src/map/drawsTheMap.ts': "import { Map } from 'maplibre-gl';\nexport const ok = Map;\n",
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

let scratch: string;
let violations: Violation[];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'layers-'));
  for (const [path, text] of Object.entries(PLANTED)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
  const cli = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const config = join(ROOT, '.dependency-cruiser.cjs');
  // depcruise exits non-zero when it finds violations: that is the outcome under test.
  const output = await run(process.execPath, [cli, 'src', '--config', config, '--output-type', 'json'], {
    cwd: scratch,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  violations = (JSON.parse(output.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the layer check (npm run check:layers)', () => {
  it.each([
    ['no-circular', 'src/lib/cycleA.ts'],
    ['maplibre-only-in-the-map', 'src/lib/importsMapLibre.ts'],
    ['core-imports-no-component', 'src/lib/importsComponent.ts'],
    ['core-imports-no-dom-glue', 'src/controllers/importsDomGlue.ts'],
    ['core-imports-no-svelte', 'src/pipeline/importsSvelte.ts'],
    ['only-scripts-touch-files', 'src/pipeline/readsFiles.ts'],
    ['src-imports-no-tooling', 'src/lib/importsTests.ts'],
  ])('fails a planted import that breaks %s (%s)', (rule, from) => {
    expect(violations.filter((v) => v.rule.name === rule).map((v) => v.from)).toContain(from);
  });

  it('lets src/map import MapLibre, and flags nothing else', () => {
    expect(violations.filter((v) => v.from.startsWith('src/map/'))).toEqual([]);
    const flagged = new Set(violations.map((v) => v.from));
    expect(flagged).not.toContain('src/dom/glue.ts');
    expect(flagged).not.toContain('tests/helper.ts');
  });
});

describe('the DOM check (ESLint)', () => {
  let eslint: ESLint;
  const lint = async (filePath: string) => {
    const [result] = await eslint.lintText('export const title = () => document.title;\n', {
      filePath: join(ROOT, filePath),
    });
    return result?.messages ?? [];
  };
  // The first lint loads the whole config and its plugins: slow on a busy machine.
  beforeAll(async () => {
    eslint = new ESLint({ cwd: ROOT });
    await lint('src/dom/warm-up.ts');
  }, 60_000);

  it.each(['src/lib/planted.ts', 'src/pipeline/planted.ts', 'src/controllers/planted.ts'])(
    'fails %s when it reads a DOM global',
    async (filePath) => {
      expect((await lint(filePath)).map((m) => m.ruleId)).toContain('no-restricted-globals');
    },
  );

  it('lets DOM glue in src/dom read the page', async () => {
    expect(await lint('src/dom/planted.ts')).toEqual([]);
  });
});
