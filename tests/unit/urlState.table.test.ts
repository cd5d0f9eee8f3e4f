import { describe, expect, it } from 'vitest';
import { encodeUrlState, parseUrlState, type UrlState } from '../../src/lib/urlState';

const ctx = { ids: new Set(['BLR', 'DEU', 'TUV']), firstYear: 1991, lastYear: 2026 };

describe('parseUrlState accepts each parameter at its limits', () => {
  const good: { search: string; state: UrlState }[] = [
    { search: '?year=1991', state: { year: 1991 } },
    { search: '?year=2026', state: { year: 2026 } },
    { search: '?country=blr', state: { country: 'BLR' } },
    { search: '?country=TUV', state: { country: 'TUV' } },
    { search: '?center=180,85', state: { center: [180, 85] } },
    { search: '?center=-180,-85', state: { center: [-180, -85] } },
    { search: '?center=-0.12345678,51.5', state: { center: [-0.12345678, 51.5] } },
    { search: '?zoom=0', state: { zoom: 0 } },
    { search: '?zoom=8', state: { zoom: 8 } },
    { search: '?zoom=7.99999999', state: { zoom: 7.99999999 } },
    { search: '?theme=auto', state: { theme: 'auto' } },
    { search: '?theme=light', state: { theme: 'light' } },
    { search: '?theme=dark', state: { theme: 'dark' } },
    { search: '?embed=1', state: { embed: true } },
    { search: '?embed=true', state: { embed: true } },
    { search: '?embed=0', state: { embed: false } },
    { search: '?embed=false', state: { embed: false } },
    { search: '?view=map', state: { view: 'map' } },
    { search: '?view=table', state: { view: 'table' } },
    { search: '?id=a', state: { id: 'a' } },
    { search: `?id=${'x'.repeat(40)}`, state: { id: 'x'.repeat(40) } },
    { search: '?id=Map_2-b', state: { id: 'Map_2-b' } },
    { search: '?origin=https://example.org', state: { origin: 'https://example.org' } },
    { search: '?origin=https://example.org/', state: { origin: 'https://example.org' } },
    { search: '?origin=http://localhost:8080', state: { origin: 'http://localhost:8080' } },
    { search: `?id=${'y'.repeat(40)}&year=2000`, state: { id: 'y'.repeat(40), year: 2000 } },
  ];
  for (const { search, state } of good) {
    it(`reads ${search.slice(0, 50)} without a warning`, () => {
      expect(parseUrlState(search, ctx)).toEqual({ state, warnings: [] });
    });
  }

  it('takes a value of exactly 64 characters to the parameter check, and refuses 65 as too long', () => {
    const at = parseUrlState(`?id=${'a'.repeat(64)}`, ctx);
    expect(at.warnings).toEqual([
      `Ignoring URL parameter id="${'a'.repeat(64)}": expected up to 40 letters, digits, "-" or "_"`,
    ]);
    const over = parseUrlState(`?id=${'a'.repeat(65)}`, ctx);
    expect(over.warnings).toEqual([`Ignoring URL parameter id="${'a'.repeat(64)}": too long`]);
  });
});

describe('parseUrlState refuses a bad value, saying why', () => {
  const bad: { search: string; warning: string }[] = [
    { search: '?year=1990', warning: 'year="1990": expected a year from 1991 to 2026' },
    { search: '?year=2027', warning: 'year="2027": expected a year from 1991 to 2026' },
    { search: '?year=01995', warning: 'year="01995": expected a year from 1991 to 2026' },
    { search: '?year=x1995', warning: 'year="x1995": expected a year from 1991 to 2026' },
    { search: '?country=DE', warning: 'country="DE": not a country code or organisation id on this map' },
    { search: '?country=DEUT', warning: 'country="DEUT": not a country code or organisation id on this map' },
    { search: '?country=xDEU', warning: 'country="xDEU": not a country code or organisation id on this map' },
    { search: '?country=FRA', warning: 'country="FRA": not a country code or organisation id on this map' },
    {
      search: '?center=180.001,0',
      warning: 'center="180.001,0": expected "longitude,latitude" within ±180,±85',
    },
    {
      search: '?center=-180.5,0',
      warning: 'center="-180.5,0": expected "longitude,latitude" within ±180,±85',
    },
    { search: '?center=0,85.01', warning: 'center="0,85.01": expected "longitude,latitude" within ±180,±85' },
    { search: '?center=0,-86', warning: 'center="0,-86": expected "longitude,latitude" within ±180,±85' },
    { search: '?center=1,2,3', warning: 'center="1,2,3": expected "longitude,latitude" within ±180,±85' },
    { search: '?center=1,', warning: 'center="1,": expected "longitude,latitude" within ±180,±85' },
    { search: '?center=,1', warning: 'center=",1": expected "longitude,latitude" within ±180,±85' },
    { search: '?center=x1,2', warning: 'center="x1,2": expected "longitude,latitude" within ±180,±85' },
    { search: '?center=1,2x', warning: 'center="1,2x": expected "longitude,latitude" within ±180,±85' },
    { search: '?zoom=8.01', warning: 'zoom="8.01": expected a number from 0 to 8' },
    { search: '?zoom=-0.01', warning: 'zoom="-0.01": expected a number from 0 to 8' },
    { search: '?zoom=1.123456789', warning: 'zoom="1.123456789": expected a number from 0 to 8' },
    { search: '?zoom=1234', warning: 'zoom="1234": expected a number from 0 to 8' },
    { search: '?zoom=1.', warning: 'zoom="1.": expected a number from 0 to 8' },
    { search: '?theme=Dark', warning: 'theme="Dark": expected auto, light or dark' },
    { search: '?theme=', warning: 'theme="": expected auto, light or dark' },
    { search: '?embed=yes', warning: 'embed="yes": expected 1 or 0' },
    { search: '?embed=', warning: 'embed="": expected 1 or 0' },
    { search: '?view=', warning: 'view="": expected map or table' },
    { search: '?view=Table', warning: 'view="Table": expected map or table' },
    { search: '?id=', warning: 'id="": expected up to 40 letters, digits, "-" or "_"' },
    {
      search: `?id=${'x'.repeat(41)}`,
      warning: `id="${'x'.repeat(41)}": expected up to 40 letters, digits, "-" or "_"`,
    },
    { search: '?id=a.b', warning: 'id="a.b": expected up to 40 letters, digits, "-" or "_"' },
    { search: '?id=a%20b', warning: 'id="a b": expected up to 40 letters, digits, "-" or "_"' },
    { search: '?id=%3Cb', warning: 'id="<b": expected up to 40 letters, digits, "-" or "_"' },
    { search: '?id=b%3E', warning: 'id="b>": expected up to 40 letters, digits, "-" or "_"' },
    {
      search: '?origin=ftp://example.org',
      warning: 'origin="ftp://example.org": expected an http(s) origin such as https://example.org',
    },
    {
      search: '?origin=https://example.org/path',
      warning: 'origin="https://example.org/path": expected an http(s) origin such as https://example.org',
    },
    {
      search: '?origin=example',
      warning: 'origin="example": expected an http(s) origin such as https://example.org',
    },
    { search: '?view=map&view=table', warning: 'view="map,table": given more than once' },
    { search: '?embed=1&embed=1', warning: 'embed="1,1": given more than once' },
  ];
  for (const { search, warning } of bad) {
    it(`ignores ${search.slice(0, 50)} and says why`, () => {
      expect(parseUrlState(search, ctx)).toEqual({
        state: {},
        warnings: [`Ignoring URL parameter ${warning}`],
      });
    });
  }

  it('reads only plain decimals as numbers, never exponents', () => {
    expect(parseUrlState('?zoom=1e0', ctx).warnings).toEqual([
      'Ignoring URL parameter zoom="1e0": expected a number from 0 to 8',
    ]);
    expect(parseUrlState('?center=1e1,0', ctx).warnings).toEqual([
      'Ignoring URL parameter center="1e1,0": expected "longitude,latitude" within ±180,±85',
    ]);
  });

  it('takes two to four letters as a code (a state, or EU and NATO), even where the map has other ids', () => {
    const odd = { ...ctx, ids: new Set(['D', 'DEUTS', 'D1U', 'DEU', 'EU', 'NATO']) };
    for (const value of ['D', 'DEUTS', 'D1U']) {
      expect(parseUrlState(`?country=${value}`, odd).warnings).toEqual([
        `Ignoring URL parameter country="${value}": not a country code or organisation id on this map`,
      ]);
    }
    expect(parseUrlState('?country=deu', odd).state).toEqual({ country: 'DEU' });
    expect(parseUrlState('?country=eu', odd).state).toEqual({ country: 'EU' });
    expect(parseUrlState('?country=NATO', odd).state).toEqual({ country: 'NATO' });
  });

  it('cuts the quoted value in a warning to 64 characters', () => {
    const { warnings } = parseUrlState(`?theme=${'z'.repeat(200)}`, ctx);
    expect(warnings).toEqual([`Ignoring URL parameter theme="${'z'.repeat(64)}": too long`]);
  });

  it('warns about each bad parameter in the order of the parameter list, not of the URL', () => {
    const { warnings } = parseUrlState('?origin=x&year=1&theme=x', ctx);
    expect(warnings.map((w) => w.split('=')[0])).toEqual([
      'Ignoring URL parameter year',
      'Ignoring URL parameter theme',
      'Ignoring URL parameter origin',
    ]);
  });

  it('ignores parameters it does not know, without a warning', () => {
    expect(parseUrlState('?utm_source=news&hl=be', ctx)).toEqual({ state: {}, warnings: [] });
  });
});

describe('encodeUrlState writes every parameter', () => {
  const rows: { state: UrlState; search: string }[] = [
    { state: {}, search: '' },
    { state: { year: 1991 }, search: '?year=1991' },
    { state: { country: 'BLR' }, search: '?country=BLR' },
    { state: { country: '' }, search: '' },
    { state: { center: [-180, -85] }, search: '?center=-180%2C-85' },
    { state: { center: [0, 0] }, search: '?center=0%2C0' },
    { state: { center: [1.0005, -2.0004] }, search: '?center=1%2C-2' },
    { state: { zoom: 0 }, search: '?zoom=0' },
    { state: { zoom: 7.996 }, search: '?zoom=8' },
    { state: { theme: 'light' }, search: '?theme=light' },
    { state: { theme: 'auto' }, search: '' },
    { state: { embed: true }, search: '?embed=1' },
    { state: { embed: false }, search: '' },
    { state: { view: 'table' }, search: '?view=table' },
    { state: { view: 'map' }, search: '' },
    { state: { id: 'map-2' }, search: '?id=map-2' },
    { state: { id: '' }, search: '' },
    { state: { origin: 'https://example.org' }, search: '?origin=https%3A%2F%2Fexample.org' },
    { state: { origin: '' }, search: '' },
  ];
  for (const { state, search } of rows) {
    it(`writes ${JSON.stringify(state)} as "${search}"`, () => {
      expect(encodeUrlState(state)).toBe(search);
    });
  }

  it('writes an embed with a table view, an id and an origin that parseUrlState reads back', () => {
    const state: UrlState = {
      year: 2026,
      country: 'TUV',
      center: [-180, 85],
      zoom: 8,
      theme: 'light',
      embed: true,
      view: 'table',
      id: 'Map_2-b',
      origin: 'http://localhost:8080',
    };
    const search = encodeUrlState(state);
    expect(search).toBe(
      '?year=2026&country=TUV&center=-180%2C85&zoom=8&theme=light&embed=1&view=table&id=Map_2-b&origin=http%3A%2F%2Flocalhost%3A8080',
    );
    expect(parseUrlState(search, ctx)).toEqual({ state, warnings: [] });
  });
});
