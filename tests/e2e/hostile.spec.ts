// Hostile data: the app built against a dataset whose texts and links carry HTML and script.
// Nothing may run, every payload must show as plain text, and only http(s) URLs may become links.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Country, Dataset } from '../../src/lib/types';
import { injectedMarkup } from './hostileChecks';
import { expect, openMap, positionOf, test } from './fixtures';

const PORT = 4174;
const VITE = resolve('node_modules/vite/bin/vite.js');

// Each payload sets window.__xss to its own number if it ever runs.
const P = {
  name: 'Germany <img src=x onerror="window.__xss=1">',
  nameBe: '<script>window.__xss=2</script>',
  nameRu: '<svg onload="window.__xss=3"></svg>',
  note: '<b onmouseover="window.__xss=4">bold</b><iframe src="javascript:window.__xss=5"></iframe>',
  conflictSource: '<img src=x onerror="window.__xss=6">',
  conflictWhy: '<script>window.__xss=7</script>',
  seedNotes: 'See <a href="javascript:window.__xss=8">this</a>',
  seedDate: '<img src=x onerror="window.__xss=9">',
  jsLabel: 'JS source <img src=x onerror="window.__xss=10">',
  jsSays: '<script>window.__xss=11</script>',
  articleTitle: 'Article <img src=x onerror="window.__xss=12">',
  sectionTitle: '<script>window.__xss=13</script> relations',
  paragraph: '<img src=x onerror="window.__xss=14"> and <a href="javascript:window.__xss=15">a link</a>',
  sourceTitle: 'Foreign relations <img src=x onerror="window.__xss=16">',
  unresolvedRegion: '<script>window.__xss=17</script>',
};

// Source URLs that are not http(s), each of which must be shown as text and never as a link.
const NOT_LINKS = [
  { url: 'javascript:window.__xss=20', label: P.jsLabel, says: P.jsSays },
  { url: 'JavaScript:window.__xss=21', label: 'Mixed-case javascript source', says: '' },
  { url: ' javascript:window.__xss=22', label: 'Leading-space javascript source', says: '' },
  { url: 'data:text/html,<script>window.__xss=23</script>', label: 'Data URL source', says: '' },
  { url: 'vbscript:msgbox(24)', label: 'VBScript source', says: '' },
].map((s) => ({ ...s, kind: 'secondary' as const, gives: null }));
// An http(s) URL with markup in it stays a link, with the URL as its literal href.
const QUOTED_URL = 'https://example.org/"><img src=x onerror="window.__xss=25">';

function hostileDataset(): Dataset {
  const dataset = JSON.parse(readFileSync('src/data/relations.json', 'utf8')) as Dataset;
  const byId = (id: string): Country => {
    const found = dataset.countries.find((c) => c.id === id);
    if (!found) throw new Error(`no ${id} in the dataset`);
    return found;
  };
  const deu = byId('DEU');
  Object.assign(deu, { name: P.name, nameBe: P.nameBe, nameRu: P.nameRu, note: P.note });
  deu.conflicts[0]!.source = P.conflictSource;
  deu.conflicts[0]!.why = P.conflictWhy;
  deu.seedRow!.notes = P.seedNotes;
  deu.seedRow!.dateText = P.seedDate;
  deu.conflicts[0]!.url = 'javascript:window.__xss=29';
  deu.sources.push(...NOT_LINKS, {
    url: QUOTED_URL,
    label: 'Quoted https source',
    says: '',
    kind: 'secondary',
    gives: null,
  });
  deu.articles.push({ title: P.articleTitle, url: 'javascript:window.__xss=26' });

  const gbr = byId('GBR');
  const section = dataset.sections.find((s) => s.id === gbr.sections[0]);
  if (!section) throw new Error('no section for GBR');
  section.title = P.sectionTitle;
  section.paragraphs.push(P.paragraph);

  dataset.source.title = P.sourceTitle;
  dataset.source.url = 'javascript:window.__xss=27';
  dataset.source.licenceUrl = 'javascript:window.__xss=28';
  dataset.unresolved[0]!.seedRow.region = P.unresolvedRegion;
  return dataset;
}

let dir = '';
let server: ChildProcess | undefined;

test.use({ baseURL: `http://127.0.0.1:${PORT}/` });
// One build and one server for the whole file, in one worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const datasetFile = join(dir, 'relations.json');
  const outDir = join(dir, 'dist');
  writeFileSync(datasetFile, JSON.stringify(hostileDataset()));
  const build = spawnSync(
    process.execPath,
    [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      env: { ...process.env, DATASET_FILE: datasetFile },
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<div id="app">');

  server = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`vite preview exited:\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${PORT}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`vite preview did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Nothing ran and no element came from a payload (links are checked on their own). */
async function expectNothingRan(page: Page): Promise<void> {
  const found = await injectedMarkup(page);
  expect(found.xss, 'window.__xss').toBeUndefined();
  expect(found.elements, 'elements from a payload').toEqual([]);
  expect(found.handlers, 'inline event handlers').toEqual([]);
}

test('the notes panel shows every payload as text and runs none of them', async ({ page }) => {
  await openMap(page, '?country=DEU');
  const panel = page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(P.name);
  await expect(panel).toContainText(P.nameBe);
  await expect(panel).toContainText(P.nameRu);
  await expect(panel).toContainText(P.note);
  await expect(page.getByTestId('panel-conflicts')).toContainText(`in ${P.conflictSource}.`);
  await expect(page.getByTestId('panel-conflicts')).toContainText(P.conflictWhy);
  // A conflict's source with a non-http(s) URL is named as text, never linked.
  await expect(page.getByTestId('panel-conflicts').getByRole('link', { name: P.conflictSource })).toHaveCount(
    0,
  );
  await expect(page.getByTestId('panel-seed')).toContainText(`${P.seedDate} — ${P.seedNotes}`);
  await expect(page.getByTestId('panel-sources')).toContainText(P.jsLabel);
  await expect(page.getByTestId('panel-sources')).toContainText(`“${P.jsSays}”`);
  await expect(page.getByTestId('panel-sources')).toContainText(P.articleTitle);
  await expectNothingRan(page);
});

test('source links in the panel are http(s) only: other URLs are shown as text, not links', async ({
  page,
}) => {
  await openMap(page, '?country=DEU');
  const sources = page.getByTestId('panel-sources');
  for (const source of NOT_LINKS) {
    await expect(sources).toContainText(source.label);
    await expect(sources.getByRole('link', { name: source.label })).toHaveCount(0);
  }
  await expect(sources.getByRole('link', { name: 'Quoted https source' })).toHaveAttribute(
    'href',
    QUOTED_URL,
  );
  const hrefs = await sources.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(1);
  expect(
    hrefs.filter((href) => !/^https?:\/\//.test(href ?? '')),
    'non-http(s) links',
  ).toEqual([]);
  await expectNothingRan(page);
});

test('a section of the article shows its title and paragraphs as text', async ({ page }) => {
  await openMap(page, '?country=GBR');
  const panel = page.getByTestId('panel');
  await expect(panel).toContainText(`From the article: ${P.sectionTitle}`);
  await expect(panel.locator('p.prose').filter({ hasText: 'a link' })).toHaveText(P.paragraph);
  await expect(panel.getByRole('link', { name: 'a link' })).toHaveCount(0);
  await expectNothingRan(page);
});

test('the tooltip, search list, live region and table show a hostile name as text', async ({ page }) => {
  await openMap(page);
  const at = await positionOf(page, 'DEU');
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('tooltip')).toContainText(P.name);

  await page.getByRole('combobox', { name: 'Find a country' }).fill('Germany');
  await expect(page.getByRole('option').first()).toContainText(P.name);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live')).toContainText(`Selected ${P.name}`);
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(P.name);

  await page.getByTestId('table-toggle').click();
  await expect(page.locator('[data-testid="table-view"] tr[data-id="DEU"] th')).toHaveText(P.name);
  await expectNothingRan(page);
});

test('the page’s own source link is http(s) only, and its texts show as text', async ({ page }) => {
  await openMap(page);
  await expect(page.getByTestId('attribution')).toContainText(P.sourceTitle);
  await expect(page.getByTestId('page-about')).toContainText(P.sourceTitle);
  await expect(page.getByTestId('page-about')).toContainText(P.unresolvedRegion);
  await expectNothingRan(page);
  expect((await injectedMarkup(page)).badLinks, 'links that are not http(s)').toEqual([]);
});
