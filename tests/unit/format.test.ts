import { describe, expect, it } from 'vitest';
import { articleLinks } from '../../src/pipeline/articleLinks';
import { formatDate, yearsAgo } from '../../src/lib/formatDate';
import { nearestPoint } from '../../src/lib/nearestPoint';
import { nextInDirection } from '../../src/lib/nextInDirection';
import { searchCountries } from '../../src/lib/searchCountries';

describe('formatDate', () => {
  it('says a date as precisely as it is known', () => {
    expect(formatDate({ iso: '1995-04-24', precision: 'day' })).toBe('24 April 1995');
    expect(formatDate({ iso: '1993-03', precision: 'month' })).toBe('March 1993');
    expect(formatDate({ iso: '1992', precision: 'year' })).toBe('1992');
  });

  it('counts whole years since, only as far as the precision allows', () => {
    const now = new Date(Date.UTC(2026, 10, 27));
    expect(yearsAgo({ iso: '1995-04-24', precision: 'day' }, now)).toBe('31 years ago');
    expect(yearsAgo({ iso: '1992-12-30', precision: 'day' }, now)).toBe('33 years ago');
    expect(yearsAgo({ iso: '1992', precision: 'year' }, now)).toBe('about 34 years ago');
    expect(yearsAgo({ iso: '2026-01', precision: 'month' }, now)).toBe('less than a year ago');
  });
});

describe('articleLinks', () => {
  it('finds the articles a note names', () => {
    expect(
      articleLinks('See Belarus–Iran relations. Bilateral relations were established on 18 March 1993.'),
    ).toEqual([
      {
        title: 'Belarus–Iran relations',
        url: 'https://en.wikipedia.org/wiki/Belarus%E2%80%93Iran_relations',
      },
    ]);
    expect(articleLinks('See Foreign relations of North Korea.')[0]?.title).toBe(
      'Foreign relations of North Korea',
    );
    expect(articleLinks('Bilateral relations began on 6 April 1992.')).toEqual([]);
  });
});

describe('searchCountries', () => {
  const items = [
    { id: 'CZE', name: 'Czech Republic', aliases: ['Czechia'], nameRu: 'Чехия', nameBe: 'Чэхія' },
    { id: 'CIV', name: "Côte d'Ivoire", aliases: ['Ivory Coast'] },
    { id: 'VAT', name: 'Holy See', aliases: ['Vatican City'] },
    { id: 'BLR', name: 'Belarus', nameBe: 'Беларусь' },
    { id: 'BEL', name: 'Belgium' },
  ];
  const ids = (q: string) => searchCountries(items, q).map((h) => h.id);

  it('finds by English name, alias, Belarusian or Russian name, ignoring case and accents', () => {
    expect(ids('czechia')).toEqual(['CZE']);
    expect(ids('ivory')).toEqual(['CIV']);
    expect(ids('cote d')).toEqual(['CIV']);
    expect(ids('vatican')).toEqual(['VAT']);
    expect(ids('Holy See')).toEqual(['VAT']);
    expect(ids('Чех')).toEqual(['CZE']);
    expect(ids('бела')).toEqual(['BLR']);
  });

  it('ranks names that start with the query first and says which name matched', () => {
    expect(ids('bel')).toEqual(['BLR', 'BEL']);
    expect(searchCountries(items, 'czechia')[0]?.matched).toBe('Czechia');
    expect(ids('')).toEqual([]);
  });
});

describe('nearestPoint', () => {
  const points = [
    { id: 'MLT', x: 100, y: 100 },
    { id: 'SMR', x: 110, y: 90 },
  ];
  it('finds the nearest point within the radius, or none', () => {
    expect(nearestPoint(points, 103, 103, 12)).toBe('MLT');
    expect(nearestPoint(points, 109, 92, 12)).toBe('SMR');
    expect(nearestPoint(points, 130, 130, 12)).toBeNull();
    expect(nearestPoint(points, 112, 112, 20)).toBe('MLT');
  });
});

describe('nextInDirection', () => {
  const anchors = [
    { id: 'BLR', lon: 28, lat: 53.5 },
    { id: 'POL', lon: 19.4, lat: 52.1 },
    { id: 'LTU', lon: 23.9, lat: 55.3 },
    { id: 'UKR', lon: 31.3, lat: 49 },
    { id: 'RUS', lon: 95, lat: 62 },
    { id: 'FJI', lon: 178, lat: -17.8 },
    { id: 'WSM', lon: -172.1, lat: -13.7 },
  ];
  it('moves to the nearest country in the direction of the arrow', () => {
    expect(nextInDirection(anchors, 'POL', 'right')).toBe('BLR');
    expect(nextInDirection(anchors, 'BLR', 'left')).toBe('POL');
    expect(nextInDirection(anchors, 'BLR', 'down')).toBe('UKR');
    expect(nextInDirection(anchors, 'BLR', 'up')).toBe('LTU');
  });
  it('crosses the antimeridian', () => {
    expect(nextInDirection(anchors, 'FJI', 'right')).toBe('WSM');
  });
  it('stays put at the edge of the world', () => {
    expect(nextInDirection(anchors.slice(0, 2), 'BLR', 'right')).toBeNull();
  });
});
