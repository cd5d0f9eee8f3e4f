import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { firstPaintConfig, shapeInfo } from '../../scripts/firstPaintPlugin';
import { firstPaintShell } from '../../scripts/firstPaintShell';
import { isLang, pickLang } from '../../src/lib/locale';
import { firstPaintScript } from '../../src/dom/firstMap';
import { firstPaintRequest, keyClass, mapViewBox } from '../../src/lib/firstPaint';
import { classOf, mapClasses, YEAR_BINS } from '../../src/lib/mapClass';
import { escapeXml, posterSvg } from '../../src/lib/mapPoster';
import { PALETTES } from '../../src/lib/palette';
import type { Dataset } from '../../src/lib/types';
import { worldSvgShapes } from '../../src/lib/worldSvg';
import { defaultView } from '../../src/map/defaultView';

const dataset = JSON.parse(readFileSync('src/data/relations.json', 'utf8')) as Dataset;
const topology = JSON.parse(readFileSync('static/world.topo.json', 'utf8')) as Topology;
const bins = YEAR_BINS.map((b) => b.from);
const CURRENT = 2026;

describe('keyClass, the first paint’s class rule', () => {
  it('gives every state and territory the class the app gives it, in every year', () => {
    const info = shapeInfo(dataset);
    const ids = [
      dataset.subject.id,
      ...dataset.countries.map((c) => c.id),
      ...dataset.territories.map((t) => t.id),
    ];
    let compared = 0;
    for (let year = 1991; year <= CURRENT; year++) {
      const classes = mapClasses(dataset, year, CURRENT);
      for (const id of ids) {
        expect(keyClass(info(id).key, year, CURRENT, bins), `${id} in ${year}`).toBe(classes[id] ?? 'nodata');
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(36 * 230);
  });

  it('draws a dependency as its state, and a disputed area as no data', () => {
    const info = shapeInfo(dataset);
    expect(info('GRL')).toEqual(info('DNK'));
    expect(info('PRI')).toEqual(info('USA'));
    expect(info('ESH')).toEqual({ key: null, hatched: false });
    expect(mapClasses(dataset, 1992, CURRENT)['GRL']).toBe(
      classOf(
        dataset.countries.find((c) => c.id === 'DNK'),
        1992,
        'BLR',
        'DNK',
        CURRENT,
      ),
    );
    expect(mapClasses(dataset, 1992, CURRENT)['ESH']).toBeUndefined();
  });

  it.each([
    { key: null, year: 2000, expected: 'nodata' },
    { key: 'x', year: 2000, expected: 'nodata' },
    { key: 's', year: 1991, expected: 'subject' },
    { key: 'n', year: 2000, expected: 'none' },
    { key: 'u', year: CURRENT, expected: 'undated' },
    { key: 'u', year: CURRENT - 1, expected: 'undatedpast' },
    { key: '1993', year: 1992, expected: 'notyet' },
    { key: '1993', year: 1993, expected: 'y2' },
    { key: '1991', year: 2000, expected: 'y0' },
    { key: '2011', year: 2020, expected: 'y6' },
  ])('data-k $key in $year is $expected', ({ key, year, expected }) => {
    expect(keyClass(key, year, CURRENT, bins)).toBe(expected);
  });
});

describe('mapViewBox', () => {
  /** Where MapLibre draws a longitude and latitude in a box of this size at the default view. */
  function maplibrePixel(width: number, height: number, lon: number, lat: number) {
    const { center, zoom } = defaultView(width);
    const size = 512 * 2 ** zoom;
    const mx = (l: number) => ((l + 180) / 360) * size;
    const my = (l: number) =>
      ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360) * size;
    return [width / 2 + mx(lon) - mx(center[0]), height / 2 + my(lat) - my(center[1])];
  }

  it.each([
    [1280, 632],
    [1024, 560],
    [390, 468],
    [700, 400],
  ])('puts Minsk and Sydney where MapLibre’s default view does in %i × %i', (width, height) => {
    const [x, y, w, h] = mapViewBox(width, height, null);
    expect(w / h).toBeCloseTo(width / height, 6);
    for (const [lon, lat] of [
      [27.56, 53.9],
      [151.2, -33.87],
    ] as const) {
      const worldX = ((lon + 180) / 360) * 512;
      const worldY =
        ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * 512;
      const [px, py] = maplibrePixel(width, height, lon, lat);
      expect(((worldX - x) / w) * width).toBeCloseTo(px!, 3);
      expect(((worldY - y) / h) * height).toBeCloseTo(py!, 3);
    }
  });

  it('shows the view a URL names', () => {
    const [x, y, w, h] = mapViewBox(512, 512, { center: [0, 0], zoom: 1 });
    expect([x, y, w, h]).toEqual([128, 128, 256, 256]);
  });
});

describe('firstPaintRequest', () => {
  it.each([
    {
      search: '',
      dark: false,
      expected: { year: CURRENT, dark: false, view: null, embedded: false, flow: false, table: false },
    },
    { search: '?year=1995', dark: false, expected: { year: 1995 } },
    { search: '?year=1990', dark: false, expected: { year: CURRENT } },
    { search: '?year=19.5', dark: false, expected: { year: CURRENT } },
    { search: '?theme=dark', dark: false, expected: { dark: true } },
    { search: '?theme=light', dark: true, expected: { dark: false } },
    { search: '', dark: true, expected: { dark: true } },
    { search: '?center=10,50&zoom=3', dark: false, expected: { view: { center: [10, 50], zoom: 3 } } },
    { search: '?center=10,50', dark: false, expected: { view: null } },
    { search: '?center=10,95&zoom=3', dark: false, expected: { view: null } },
    { search: '?embed=1', dark: false, expected: { embedded: true, flow: false } },
    { search: '?childId=x', dark: false, expected: { embedded: true, flow: true } },
    { search: '?embed=1&childId=x', dark: false, expected: { embedded: true, flow: true } },
    { search: '?childId=x&embed=0', dark: false, expected: { embedded: false, flow: false } },
    { search: '?view=table', dark: false, expected: { table: true } },
    // The edges, as src/lib/urlState.ts draws them: the first and the current year, zoom 0 to 8,
    // longitude to ±180, latitude to ±85, exactly two numbers for the centre.
    { search: '?year=1991', dark: false, expected: { year: 1991 } },
    { search: `?year=${CURRENT}`, dark: false, expected: { year: CURRENT } },
    { search: `?year=${CURRENT + 1}`, dark: false, expected: { year: CURRENT } },
    { search: '?center=0,0&zoom=0', dark: false, expected: { view: { center: [0, 0], zoom: 0 } } },
    { search: '?center=0,0&zoom=8', dark: false, expected: { view: { center: [0, 0], zoom: 8 } } },
    { search: '?center=0,0&zoom=-0.5', dark: false, expected: { view: null } },
    { search: '?center=0,0&zoom=8.5', dark: false, expected: { view: null } },
    { search: '?center=180,85&zoom=2', dark: false, expected: { view: { center: [180, 85], zoom: 2 } } },
    { search: '?center=-180,-85&zoom=2', dark: false, expected: { view: { center: [-180, -85], zoom: 2 } } },
    { search: '?center=180.5,0&zoom=2', dark: false, expected: { view: null } },
    { search: '?center=0,-85.5&zoom=2', dark: false, expected: { view: null } },
    { search: '?center=10&zoom=2', dark: false, expected: { view: null } },
    { search: '?center=10,50,3&zoom=2', dark: false, expected: { view: null } },
    { search: '?embed=true', dark: false, expected: { embedded: true, flow: false } },
    { search: '?embed=01', dark: false, expected: { embedded: false } },
    { search: '?embed=10', dark: false, expected: { embedded: false } },
    { search: '?childId=x&embed=false', dark: false, expected: { embedded: false, flow: false } },
    { search: '?childId=x&embed=00', dark: false, expected: { embedded: true, flow: true } },
    { search: '?childId=x&embed=false0', dark: false, expected: { embedded: true, flow: true } },
  ])('$search (system dark: $dark)', ({ search, dark, expected }) => {
    expect(firstPaintRequest(search, dark, CURRENT, 1991)).toMatchObject(expected);
  });
});

describe('firstPaintRequest: the language, as the app will choose it', () => {
  it('speaks English when it is given no languages', () => {
    expect(firstPaintRequest('', false, CURRENT, 1991).lang).toBe('en');
    expect(firstPaintRequest('', false, CURRENT, 1991, ['be']).lang).toBe('en');
    expect(firstPaintRequest('?lang=be', false, CURRENT, 1991, [], []).lang).toBe('en');
  });

  const LANGS = ['en', 'be', 'ru'];
  it.each([
    { search: '?lang=be', languages: ['ru'], lang: 'be' },
    { search: '?lang=ru', languages: [], lang: 'ru' },
    { search: '', languages: ['be-BY', 'ru'], lang: 'be' },
    { search: '', languages: ['de-DE', 'ru_RU', 'be'], lang: 'ru' },
    { search: '', languages: ['de', 'fr'], lang: 'en' },
    { search: '', languages: [], lang: 'en' },
    // A value the map does not speak is refused, as the app refuses it: the browser decides.
    { search: '?lang=xx', languages: ['ru'], lang: 'ru' },
    { search: '?lang=BE', languages: [], lang: 'en' },
    { search: '?lang=be-BY', languages: [], lang: 'en' },
    // English, the first the map speaks, is a choice like the others.
    { search: '?lang=en', languages: ['ru'], lang: 'en' },
    { search: '', languages: ['en-GB', 'ru'], lang: 'en' },
  ])('$search with $languages: $lang', ({ search, languages, lang }) => {
    expect(firstPaintRequest(search, false, CURRENT, 1991, languages, LANGS).lang).toBe(lang);
    // The app's own choice (src/lib/locale.ts, main.ts) for the same URL and browser.
    const fromUrl = new URLSearchParams(search).get('lang');
    expect(fromUrl && isLang(fromUrl) ? fromUrl : pickLang(languages)).toBe(lang);
  });
});

describe('the first paint in Belarusian and Russian', () => {
  it('carries, for each language but English, the words the app shows in the same places', () => {
    const config = firstPaintConfig(dataset.coverage);
    expect(config.langs).toEqual(['en', 'be', 'ru']);
    expect(Object.keys(config.words)).toEqual(['be', 'ru']);
    expect(config.words.be).toMatchObject({
      heading: 'Дыпламатычныя адносіны Беларусі,',
      legendTitle: 'Адносіны ўсталяваны',
      subject: 'Беларусь',
    });
    expect(config.words.ru!.gap).toContain(String(dataset.coverage.noData));
    // Every key the shell marks has a word in each language.
    const shell = firstPaintShell({
      shapes: '',
      palette: PALETTES.light,
      firstYear: 1991,
      lastYear: CURRENT,
      coverage: dataset.coverage,
    });
    const keys = [...shell.matchAll(/data-w="(\w+)"/g)].map((x) => x[1]!);
    expect([...keys].sort()).toEqual([
      'gap',
      'heading',
      'intro',
      'legendTitle',
      'nodata',
      'none',
      'notyet',
      'subject',
      'undated',
    ]);
    for (const lang of ['be', 'ru'])
      for (const key of keys) expect(config.words[lang]![key], `${lang} ${key}`).toBeTruthy();
  });
});

describe('the SVG map', () => {
  const config = firstPaintConfig(dataset.coverage);
  const info = shapeInfo(dataset);
  const shapes = worldSvgShapes(topology, info, () => '#000', '#111');

  it('has a shape or a point for every state in the dataset but those the geometry lacks', () => {
    const drawn = new Set([...shapes.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]));
    const missing = dataset.countries.filter((c) => !drawn.has(c.id)).map((c) => c.id);
    expect(drawn.has(dataset.subject.id)).toBe(true);
    expect(missing.length).toBeLessThanOrEqual(2);
  });

  it('stripes the points of the small states whose date was not found, over the points', () => {
    const hatchedPoints = dataset.countries.filter(
      (c) => info(c.id).hatched && shapes.includes(`<circle data-id="${c.id}"`),
    );
    expect(hatchedPoints.map((c) => c.id)).toContain('LBN');
    const groups = [...shapes.matchAll(/<g class="fp-hatches"[^>]*>(.*?)<\/g>/g)].map((m) => m[1]!);
    expect(groups).toHaveLength(2);
    // The second group follows the points, one striped disc per hatched point.
    expect(shapes.indexOf('class="fp-points"')).toBeLessThan(shapes.lastIndexOf('class="fp-hatches"'));
    expect(groups[1]!.match(/<circle /g)).toHaveLength(hatchedPoints.length);
  });

  it('stays small: under 20 KB gzip (what it adds to index.html)', () => {
    const bytes = gzipSync(shapes, { level: 9 }).length;
    expect(bytes).toBeLessThan(20 * 1024);
    expect(bytes).toBeGreaterThan(5 * 1024);
  });

  it('carries each theme’s colours into the inline script, which compiles', () => {
    expect(config.palettes.dark.classes.nodata).toBe(PALETTES.dark.classes.nodata);
    const script = firstPaintScript(config);
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain('applyFirstPaint(document');
  });
});

describe('the poster (social preview, SVG download)', () => {
  it('escapes text from the data', () => {
    expect(escapeXml(`<b>"A" & 'B'</b>`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
    const svg = posterSvg({
      width: 1200,
      height: 630,
      shapes: '',
      palette: PALETTES.light,
      ink: '#000',
      paper: '#fff',
      past: false,
      title: 'A <script>',
      legendTitle: 'Legend',
      credit: 'Data: "x" & y',
      fontFamily: 'Inter',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('A &lt;script&gt;');
    expect(svg).toContain('Data: &quot;x&quot; &amp; y');
    expect(svg).toContain('width="1200" height="630"');
  });
});
