import { describe, expect, it } from 'vitest';
import { CLASS_LABELS, relationSummary, territorySummary } from '../../src/lib/describe';
import type { Territory } from '../../src/lib/types';
import { makeCountry } from '../fixtures/makeCountry';

describe('relationSummary', () => {
  it('says the subject is the country the map is about, whatever its data', () => {
    expect(relationSummary(makeCountry('BLR', 'Belarus', null), true)).toBe('The country this map is about');
    expect(relationSummary(undefined, true)).toBe('The country this map is about');
  });

  it('says a place missing from the data is not a state', () => {
    expect(relationSummary(undefined, false)).toBe('A disputed area or a territory, not a state');
  });

  it('gives a dated partner its date, marking a low-confidence one provisional', () => {
    expect(relationSummary(makeCountry('DEU', 'Germany', '1992-03-13'), false)).toBe(
      'Relations since 13 March 1992',
    );
    expect(relationSummary(makeCountry('DEU', 'Germany', '1992-03', { confidence: 'medium' }), false)).toBe(
      'Relations since March 1992',
    );
    expect(relationSummary(makeCountry('DEU', 'Germany', '1992', { confidence: 'low' }), false)).toBe(
      'Relations since 1992 (provisional)',
    );
  });

  it('names the class of a state without a date', () => {
    expect(relationSummary(makeCountry('DEU', 'Germany', null, { status: 'dated' }), false)).toBe(
      'Relations, date not found',
    );
    expect(relationSummary(makeCountry('DEU', 'Germany', null), false)).toBe('Relations, date not found');
    expect(relationSummary(makeCountry('DEU', 'Germany', null, { status: 'none' }), false)).toBe(
      'No relations',
    );
    expect(relationSummary(makeCountry('DEU', 'Germany', null, { status: 'unknown' }), false)).toBe(
      'No data: no source found either way',
    );
  });

  it('in a past year, says a state with relations but no date may not have had them yet', () => {
    const then = 'Relations today, date not found: unknown whether there were any in 1995';
    expect(relationSummary(makeCountry('AFG', 'Afghanistan', null), false, 1995)).toBe(then);
    expect(relationSummary(makeCountry('AFG', 'Afghanistan', null, { status: 'dated' }), false, 1995)).toBe(
      then,
    );
    // Everything else reads as in the current year.
    expect(relationSummary(makeCountry('DEU', 'Germany', '1992-03-13'), false, 1995)).toBe(
      'Relations since 13 March 1992',
    );
    expect(relationSummary(makeCountry('BTN', 'Bhutan', null, { status: 'none' }), false, 1995)).toBe(
      'No relations',
    );
    expect(relationSummary(makeCountry('XXX', 'Nowhere', null, { status: 'unknown' }), false, 1995)).toBe(
      'No data: no source found either way',
    );
    expect(relationSummary(undefined, false, 1995)).toBe('A disputed area or a territory, not a state');
    expect(relationSummary(makeCountry('AFG', 'Afghanistan', null), true, 1995)).toBe(
      'The country this map is about',
    );
  });

  it('labels every fixed class of the legend in words', () => {
    expect(CLASS_LABELS).toEqual({
      subject: 'Belarus',
      notyet: 'Not yet (came later)',
      undated: 'Relations, date not found',
      undatedpast: 'Relations today, date not found: unknown then',
      none: 'No relations',
      nodata: 'No data',
    });
  });
});

describe('territorySummary', () => {
  const place = (kind: Territory['kind'], of: string | null): Territory => ({
    id: 'XXX',
    name: 'Somewhere',
    nameBe: 'Somewhere',
    nameRu: 'Somewhere',
    kind,
    of,
  });

  it('names the state a dependency belongs to, or the one a place is associated with', () => {
    expect(territorySummary(place('dependency', 'DNK'), 'Denmark')).toBe('A territory belonging to: Denmark');
    expect(territorySummary(place('associated', 'NZL'), 'New Zealand')).toBe(
      'In free association with New Zealand; not covered by the sources',
    );
  });

  it('leaves a disputed area to relationSummary', () => {
    expect(territorySummary(place('other', null), '')).toBeNull();
  });
});
