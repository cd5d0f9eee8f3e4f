import { describe, expect, it } from 'vitest';
import { sortRows } from '../../src/lib/sortRows';
import type { Country } from '../../src/lib/types';
import { makeCountry } from '../fixtures/makeCountry';

const make = (id: string, name: string, iso: string | null, region: Country['region']): Country =>
  makeCountry(id, name, iso, { region });

const rows = [
  make('AND', 'Andorra', '2011-08-01', 'Europe'),
  make('AFG', 'Afghanistan', null, 'Asia'),
  make('USA', 'United States', '1991-12-28', 'Americas'),
  make('ZMB', 'Zambia', null, 'Africa'),
  make('DEU', 'Germany', '1992-03-13', 'Europe'),
];
const ids = (key: 'name' | 'date' | 'region', ascending: boolean) =>
  sortRows(rows, key, ascending).map((c) => c.id);

describe('sortRows', () => {
  it('sorts by name both ways', () => {
    expect(ids('name', true)).toEqual(['AFG', 'AND', 'DEU', 'USA', 'ZMB']);
    expect(ids('name', false)).toEqual(['ZMB', 'USA', 'DEU', 'AND', 'AFG']);
  });

  it('sorts by date both ways, with undated states last either way', () => {
    expect(ids('date', true)).toEqual(['USA', 'DEU', 'AND', 'AFG', 'ZMB']);
    expect(ids('date', false)).toEqual(['AND', 'DEU', 'USA', 'AFG', 'ZMB']);
  });

  it('sorts by region, names A to Z within a region', () => {
    expect(ids('region', true)).toEqual(['ZMB', 'USA', 'AFG', 'AND', 'DEU']);
    expect(ids('region', false)).toEqual(['AND', 'DEU', 'AFG', 'USA', 'ZMB']);
  });
});

describe('sortRows by region in another language', () => {
  it('orders regions by their names as shown, not by their English names', () => {
    const rows = [
      makeCountry('ZMB', 'Zambia', '1992-01-01', { region: 'Africa' }),
      makeCountry('AFG', 'Afghanistan', '1992-01-01', { region: 'Asia' }),
      makeCountry('DEU', 'Germany', '1992-01-01', { region: 'Europe' }),
    ];
    const belarusian: Record<string, string> = { Africa: 'Афрыка', Asia: 'Азія', Europe: 'Еўропа' };
    const collator = new Intl.Collator('ru');
    const sorted = (ascending: boolean) =>
      sortRows(
        rows,
        'region',
        ascending,
        (c) => c.name,
        collator.compare,
        (r) => belarusian[r] ?? r,
      ).map((c) => c.id);
    // Азія, Афрыка, Еўропа: Asia before Africa, as the Belarusian alphabet has them.
    expect(sorted(true)).toEqual(['AFG', 'ZMB', 'DEU']);
    expect(sorted(false)).toEqual(['DEU', 'ZMB', 'AFG']);
  });
});
