import { describe, expect, it } from 'vitest';
import { filterRows, regionsOf } from '../../src/lib/filterRows';
import { makeCountry } from '../fixtures/makeCountry';

const countries = [
  makeCountry('KEN', 'Kenya', '1993-11-17', { region: 'Africa' }),
  makeCountry('DEU', 'Germany', '1992-03-13', { region: 'Europe' }),
  makeCountry('EGY', 'Egypt', '1992-02-01', { region: 'Africa' }),
  makeCountry('FJI', 'Fiji', null, { region: 'Oceania' }),
];

describe('the table’s region filter', () => {
  it('lists the regions that have states, A to Z, once each', () => {
    expect(regionsOf(countries)).toEqual(['Africa', 'Europe', 'Oceania']);
  });

  it.each([
    ['Africa', ['KEN', 'EGY']],
    ['Europe', ['DEU']],
    ['Asia', []],
    ['all', ['KEN', 'DEU', 'EGY', 'FJI']],
  ] as const)('%s keeps %j, in their order', (region, ids) => {
    expect(filterRows(countries, region).map((c) => c.id)).toEqual(ids);
  });
});
