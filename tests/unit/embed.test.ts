import { describe, expect, it } from 'vitest';
import { parseHostMessage } from '../../src/lib/embedProtocol';
import { parseOrigin } from '../../src/lib/parseOrigin';
import { embedSnippet, embedUrl } from '../../src/lib/embedSnippet';
import { oembedResponse } from '../../src/lib/oembed';
import { toCsv } from '../../src/lib/toCsv';
import type { Country } from '../../src/lib/types';
import { makeCountry } from '../fixtures/makeCountry';

const ctx = { firstYear: 1991, lastYear: 2026, ids: new Set(['BLR', 'DEU']) };

describe('parseHostMessage', () => {
  it('reads every command', () => {
    expect(parseHostMessage({ type: 'belarus-map:setYear', year: 1995 }, ctx)).toEqual({
      type: 'setYear',
      year: 1995,
    });
    expect(parseHostMessage({ type: 'belarus-map:select', country: 'deu' }, ctx)).toEqual({
      type: 'select',
      country: 'DEU',
    });
    expect(parseHostMessage({ type: 'belarus-map:select', country: null }, ctx)).toEqual({
      type: 'select',
      country: null,
    });
    expect(parseHostMessage({ type: 'belarus-map:setTheme', theme: 'dark' }, ctx)).toEqual({
      type: 'setTheme',
      theme: 'dark',
    });
    expect(parseHostMessage({ type: 'belarus-map:play' }, ctx)).toEqual({ type: 'play' });
    expect(parseHostMessage({ type: 'belarus-map:pause' }, ctx)).toEqual({ type: 'pause' });
  });

  const hostile: unknown[] = [
    null,
    undefined,
    42,
    'belarus-map:play',
    [],
    [{ type: 'belarus-map:play' }],
    {},
    { type: 42 },
    { type: 'play' },
    { type: 'belarus-map:' },
    { type: 'belarus-map:explode' },
    { type: `belarus-map:${'x'.repeat(10_000)}` },
    { type: 'belarus-map:setYear', year: '1995' },
    { type: 'belarus-map:setYear', year: 1990 },
    { type: 'belarus-map:setYear', year: 2027 },
    { type: 'belarus-map:setYear', year: 1995.5 },
    { type: 'belarus-map:setYear', year: NaN },
    { type: 'belarus-map:setYear', year: Infinity },
    { type: 'belarus-map:setYear' },
    { type: 'belarus-map:select', country: 'ZZZ' },
    { type: 'belarus-map:select', country: '<img src=x>' },
    { type: 'belarus-map:select', country: { toString: () => 'DEU' } },
    { type: 'belarus-map:setTheme', theme: 'neon' },
    JSON.parse('{"__proto__": {"type": "belarus-map:play"}}'),
    Object.create({ type: 'belarus-map:play' }),
    JSON.parse('{"type": "belarus-map:setYear", "__proto__": {"year": 1995}}'),
  ];
  hostile.forEach((data, i) => {
    it(`ignores hostile message #${i} without throwing`, () => {
      const result = parseHostMessage(data, ctx);
      expect('ignored' in result).toBe(true);
    });
  });

  it('does not pollute prototypes', () => {
    parseHostMessage(JSON.parse('{"type":"belarus-map:setYear","__proto__":{"polluted":true}}'), ctx);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseOrigin', () => {
  it('accepts an http(s) origin only', () => {
    expect(parseOrigin('https://example.org')).toBe('https://example.org');
    expect(parseOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(parseOrigin('https://example.org/path')).toBeNull();
    expect(parseOrigin('javascript:alert(1)')).toBeNull();
    expect(parseOrigin('*')).toBeNull();
  });
});

describe('the embed snippet', () => {
  it('is an iframe with a title, lazy loading, full width, a reserved height and the host script', () => {
    const snippet = embedSnippet('https://maps.example/belarus/?year=1995&country=DEU');
    expect(snippet).toBe(
      '<iframe src="https://maps.example/belarus/?year=1995&amp;country=DEU&amp;embed=1" ' +
        'title="Belarus\'s diplomatic relations: interactive map" loading="lazy" width="100%" height="560" ' +
        'style="width: 100%; height: 560px; border: 0;" allow="fullscreen; clipboard-write" data-belarus-map></iframe>\n' +
        '<script src="https://maps.example/belarus/embed.js" async></script>',
    );
    expect(embedSnippet('https://maps.example/', false)).not.toContain('<script');
  });

  it('escapes what it puts in attributes', () => {
    expect(embedUrl('https://maps.example/?x="><script>')).toBe(
      'https://maps.example/?x=%22%3E%3Cscript%3E&embed=1',
    );
    expect(embedSnippet('https://maps.example/?a=1&b=2')).toContain('?a=1&amp;b=2&amp;embed=1');
    // A title in the reader's language goes into an attribute too.
    expect(embedSnippet('https://maps.example/', false, 'A "map" <of> B & C')).toContain(
      'title="A &quot;map&quot; &lt;of&gt; B &amp; C"',
    );
  });

  it('loads embed.js from beside the page', () => {
    expect(embedSnippet('https://maps.example/a/page.html?x=1')).toContain(
      '<script src="https://maps.example/a/embed.js" async></script>',
    );
  });

  it('is what the oEmbed response carries', () => {
    const response = oembedResponse('https://maps.example/');
    expect(response).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 560 });
    expect(response.title).toContain('CC BY-SA 4.0');
    expect(response.html).toBe(embedSnippet('https://maps.example/'));
  });
});

describe('toCsv', () => {
  const base: Country = makeCountry('DEU', 'Germany', '1992-03-13', {
    iso2: 'DE',
    numeric: '276',
    conflicts: [
      {
        date: { iso: '1923', precision: 'year' },
        text: '1923',
        source: 'Wikipedia: Foreign relations of Belarus, table Europe',
        url: 'https://en.wikipedia.org/wiki/Foreign_relations_of_Belarus#Europe',
        why: 'The year of the first contacts.',
      },
    ],
    sources: [
      {
        url: 'https://example.org/a',
        label: 'BelTA',
        says: '13 March 1992',
        kind: 'secondary',
        gives: '1992-03-13',
      },
      { url: null, label: 'A blog', says: 'relations exist', kind: 'indirect', gives: null },
    ],
    note: 'Germany recognised Belarus in 1991.',
  });

  it('writes a header and a row per state, with the cleaned source names, links and notes', () => {
    const csv = toCsv([base]);
    expect(csv.split('\r\n')[1]).toBe(
      'Germany,DEU,DE,276,Europe,dated,1992-03-13,day,high,,,' +
        '"1923 (Wikipedia: Foreign relations of Belarus, table Europe <https://en.wikipedia.org/wiki/Foreign_relations_of_Belarus#Europe>)",' +
        'BelTA <https://example.org/a>; A blog,BelTA,,Germany recognised Belarus in 1991.',
    );
  });

  it('marks a table row matched by position only', () => {
    const seedRow = {
      region: 'Asia',
      position: 12,
      line: 317,
      dateText: '1993-12-06',
      date: { iso: '1993-12-06', precision: 'day' as const },
      notes: '',
      identifiedBy: 'Only by its position.',
      confidence: 'low' as const,
      positionOnly: true,
    };
    const row = toCsv([{ ...base, seedRow }]).split('\r\n')[1] ?? '';
    expect(row.split(',').at(-2)).toBe('yes');
  });

  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    const csv = toCsv([
      { ...base, name: 'A, "B"\nC' },
      { ...base, name: '=HYPERLINK("x")' },
    ]);
    const lines = csv.split('\r\n');
    expect(csv).toContain('"A, ""B""\nC"');
    expect(lines.some((l) => l.startsWith(`"'=HYPERLINK(""x"")"`))).toBe(true);
  });
});
