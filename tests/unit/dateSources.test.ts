import { describe, expect, it } from 'vitest';
import { dateSources } from '../../src/lib/dateSources';
import type { Country, Source } from '../../src/lib/types';

const source = (label: string, kind: Source['kind'], gives: string | null): Source => ({
  url: null,
  label,
  says: '',
  kind,
  gives,
});
const country = (sources: Source[], iso: string | null = '1992-01-09') =>
  ({ date: iso ? { iso, precision: 'day' } : null, sources }) as unknown as Country;

describe('dateSources', () => {
  it('credits the sources that give the map’s date, and no other', () => {
    const belta = source('BelTA', 'secondary', '1992-01-09');
    const other = source('Sputnik', 'secondary', '1993');
    expect(dateSources(country([belta, other]))).toEqual([belta]);
  });

  it('credits the article once: its table, not also its 2019 version (Australia)', () => {
    const table = source('Wikipedia: Foreign relations of Belarus, table Oceania', 'article', '1992-01-09');
    const older = source('Wikipedia: Foreign relations of Belarus, as of 2019', 'article', '1992-01-09');
    const embassy = source('Embassy', 'official', '1992-01-09');
    expect(dateSources(country([table, older, embassy]))).toEqual([table, embassy]);
    // Where only the 2019 version gives the date (the Netherlands), it is credited.
    expect(dateSources(country([source('table', 'article', '1994'), older, embassy]))).toEqual([
      older,
      embassy,
    ]);
  });

  it('credits nothing to a country without a date', () => {
    expect(dateSources(country([source('BelTA', 'secondary', null)], null))).toEqual([]);
  });
});
