import { describe, expect, it } from 'vitest';
import { partnerCoverage } from '../../src/pipeline/partnerCoverage';
import { makeCountry } from '../fixtures/makeCountry';

describe('partnerCoverage', () => {
  it('counts the UN partners the article has that the map cannot name, leaving non-UN states out', () => {
    const countries = [
      makeCountry('DEU', 'Germany', '1992-03-13'),
      makeCountry('BOL', 'Bolivia', null),
      makeCountry('VAT', 'Holy See', '1992-11-11'),
      makeCountry('PSE', 'State of Palestine', null),
      makeCountry('ALB', 'Albania', null, { status: 'unknown' }),
      makeCountry('BRN', 'Brunei', null, { status: 'unknown' }),
      makeCountry('BTN', 'Bhutan', null, { status: 'none' }),
    ];
    expect(partnerCoverage(countries, { numbered: 3, nonUn: 2 })).toEqual({
      unPartners: 3,
      nonUnPartners: 2,
      unWithRelations: 2,
      unnamedUnPartners: 1,
      noData: 2,
    });
  });

  it('never counts fewer than zero unnamed partners', () => {
    const countries = [makeCountry('DEU', 'Germany', '1992-03-13'), makeCountry('FRA', 'France', '1992-01')];
    expect(partnerCoverage(countries, { numbered: 1, nonUn: 0 }).unnamedUnPartners).toBe(0);
  });
});
