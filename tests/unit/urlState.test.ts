import { describe, expect, it } from 'vitest';
import { encodeUrlState, parseUrlState, unpairedViewWarning } from '../../src/lib/urlState';

const ctx = { ids: new Set(['BLR', 'DEU', 'TUV']), firstYear: 1991, lastYear: 2026 };

describe('parseUrlState', () => {
  it('reads every parameter', () => {
    const { state, warnings } = parseUrlState(
      '?year=1995&country=deu&center=27.5,53.9&zoom=3.5&theme=dark&embed=1&view=table',
      ctx,
    );
    expect(state).toEqual({
      year: 1995,
      country: 'DEU',
      center: [27.5, 53.9],
      zoom: 3.5,
      theme: 'dark',
      embed: true,
      view: 'table',
    });
    expect(warnings).toEqual([]);
  });

  const bad: [string, string][] = [
    ['?year=1990', 'year'],
    ['?year=2027', 'year'],
    ['?year=abcd', 'year'],
    ['?year=1995.5', 'year'],
    ['?year=', 'year'],
    ['?year=-1995', 'year'],
    ['?country=XXX', 'country'],
    ['?country=<script>', 'country'],
    ['?center=200,10', 'center'],
    ['?center=10', 'center'],
    ['?center=NaN,NaN', 'center'],
    ['?center=1e3,5', 'center'],
    ['?zoom=-1', 'zoom'],
    ['?zoom=99', 'zoom'],
    ['?zoom=Infinity', 'zoom'],
    ['?theme=blue', 'theme'],
    ['?embed=yes', 'embed'],
    ['?view=globe', 'view'],
    ['?year=1995&year=1996', 'year'],
    [`?country=${'A'.repeat(5000)}`, 'country'],
  ];
  for (const [search, key] of bad) {
    it(`ignores ${search.slice(0, 40)} with a warning naming ${key}`, () => {
      const { state, warnings } = parseUrlState(search, ctx);
      expect(state).toEqual({});
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`URL parameter ${key}=`);
      expect(warnings[0]!.length).toBeLessThan(200);
    });
  }

  it('keeps the good parameters when others are bad', () => {
    const { state, warnings } = parseUrlState('?year=1993&zoom=banana&country=TUV', ctx);
    expect(state).toEqual({ year: 1993, country: 'TUV' });
    expect(warnings).toHaveLength(1);
  });
});

describe('encodeUrlState', () => {
  it('writes what parseUrlState reads back', () => {
    const state = {
      year: 1995,
      country: 'DEU',
      center: [27.5, 53.9] as [number, number],
      zoom: 3.25,
      theme: 'dark' as const,
    };
    const search = encodeUrlState(state);
    expect(search).toBe('?year=1995&country=DEU&center=27.5%2C53.9&zoom=3.25&theme=dark');
    expect(parseUrlState(search, ctx).state).toEqual(state);
  });

  it('leaves out defaults and rounds the view', () => {
    expect(encodeUrlState({ theme: 'auto', view: 'map' })).toBe('');
    expect(encodeUrlState({ center: [27.123456, 53.987654], zoom: 2.33333 })).toBe(
      '?center=27.123%2C53.988&zoom=2.33',
    );
  });
});

describe('a view needs both center and zoom', () => {
  it.each([
    ['?center=-55,15', 'Ignoring URL parameter center="-55,15": a view needs zoom as well'],
    ['?zoom=3', 'Ignoring URL parameter zoom="3": a view needs center as well'],
    ['?center=-55,15&zoom=3', null],
    ['?year=1995', null],
  ])('%s', (search, expected) => {
    expect(unpairedViewWarning(parseUrlState(search, ctx).state)).toBe(expected);
  });
});
