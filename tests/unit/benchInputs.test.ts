// What the benchmark reads: its command line, the built files, request URLs, /proc/cpuinfo.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBuild, totalWeight, type Bytes } from '../../bench/classifyBuild';
import { cpuModel } from '../../bench/machineInfo';
import { parseOptions } from '../../bench/options';
import { requestedFile } from '../../bench/serveStatic';

describe('parseOptions', () => {
  it.each([
    { argv: [], expected: { runs: 5, strict: false, keep: false } },
    { argv: ['--runs=3'], expected: { runs: 3, strict: false, keep: false } },
    { argv: ['--runs=50'], expected: { runs: 20, strict: false, keep: false } },
    { argv: ['--runs=-2'], expected: { runs: 1, strict: false, keep: false } },
    { argv: ['--runs=0'], expected: { runs: 5, strict: false, keep: false } },
    { argv: ['--runs=many'], expected: { runs: 5, strict: false, keep: false } },
    // A fraction ran one more load than it reported on, and printed nothing.
    { argv: ['--runs=2.5'], expected: { runs: 2, strict: false, keep: false } },
    { argv: ['--strict', '--keep', '--runs=2'], expected: { runs: 2, strict: true, keep: true } },
  ])('$argv', ({ argv, expected }) => {
    expect(parseOptions(argv)).toEqual(expected);
  });
});

describe('classifyBuild', () => {
  const files = [
    'assets/App-a1.js',
    'assets/Share-b2.js',
    'assets/data-c3.js',
    'assets/events-h8.js',
    'assets/eventsish.js',
    'assets/index-d4.css',
    'assets/maplibre-e5.js',
    'assets/maplibre-gl-worker-f6.mjs',
    'assets/nested/g7.js',
    'embed.js',
    'favicon.svg',
    'index.html',
    'oembed.json',
    'world.topo.json',
  ];
  const { groups, uncounted } = classifyBuild(files);

  it.each([
    { category: 'maplibre', expected: ['assets/maplibre-e5.js', 'assets/maplibre-gl-worker-f6.mjs'] },
    { category: 'own', expected: ['assets/App-a1.js', 'assets/Share-b2.js', 'assets/eventsish.js'] },
    { category: 'css', expected: ['assets/index-d4.css'] },
    { category: 'geometry', expected: ['world.topo.json'] },
    { category: 'data', expected: ['assets/data-c3.js', 'assets/events-h8.js'] },
  ] as const)('$category', ({ category, expected }) => {
    expect(groups[category]).toEqual(expected);
  });

  it('lists the JS, CSS and JSON that no category counts, and nothing else', () => {
    expect(uncounted).toEqual(['assets/nested/g7.js', 'embed.js', 'oembed.json']);
  });

  it('totals every category', () => {
    const w = (raw: number, gzip: number) => ({ raw, gzip, files: ['x'] });
    const bytes: Bytes = {
      maplibre: w(1000, 300),
      own: w(100, 40),
      css: w(50, 10),
      geometry: w(200, 70),
      data: w(150, 30),
      uncounted: ['embed.js'],
    };
    expect(totalWeight(bytes)).toEqual({ raw: 1500, gzip: 450, files: [] });
  });
});

describe('requestedFile', () => {
  const root = '/srv/bench/dist';
  it.each([
    { url: '/app/', expected: join(root, 'app/index.html') },
    { url: undefined, expected: join(root, 'index.html') },
    { url: '/app/assets/a.js?v=1#x', expected: join(root, 'app/assets/a.js') },
    { url: '/a%20b.json', expected: join(root, 'a b.json') },
    { url: '/../../etc/passwd', expected: join(root, 'etc/passwd') },
    { url: '/..%2F..%2Fetc%2Fpasswd', expected: 403 },
    { url: '/%2e%2e%2fdist-other/x.js', expected: 403 },
    { url: '/%E0%A4%A', expected: 400 },
  ])('$url → $expected', ({ url, expected }) => {
    expect(requestedFile(root, url)).toBe(expected);
  });
});

describe('cpuModel', () => {
  it.each([
    {
      cpuinfo: 'processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13  \nflags\t: fpu\n',
      fallback: 'other',
      expected: 'AMD EPYC 7B13',
    },
    { cpuinfo: '', fallback: ' Apple M2 ', expected: 'Apple M2' },
    { cpuinfo: 'processor\t: 0\n', fallback: undefined, expected: 'unknown' },
  ])('$expected', ({ cpuinfo, fallback, expected }) => {
    expect(cpuModel(cpuinfo, fallback)).toBe(expected);
  });
});
