import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/pipeline/parsePartialDate';

describe('parsePartialDate', () => {
  const shapes: { input: string; iso: string | null; precision?: string }[] = [
    { input: '1995-04-24', iso: '1995-04-24', precision: 'day' },
    { input: '1994-05', iso: '1994-05', precision: 'month' },
    { input: 'March 1993', iso: '1993-03', precision: 'month' },
    { input: '22 September 2000', iso: '2000-09-22', precision: 'day' },
    { input: 'January 1992', iso: '1992-01', precision: 'month' },
    { input: '27 December 1991', iso: '1991-12-27', precision: 'day' },
    { input: '9 January 1992', iso: '1992-01-09', precision: 'day' },
    { input: '1923', iso: '1923', precision: 'year' },
    { input: '2000-02-29', iso: '2000-02-29', precision: 'day' },
    { input: '', iso: null },
    { input: '   ', iso: null },
  ];
  for (const { input, iso, precision } of shapes) {
    it(`reads ${JSON.stringify(input)} as ${iso ?? 'no date'}`, () => {
      const date = parsePartialDate(input);
      expect(date?.iso ?? null).toBe(iso);
      if (precision) expect(date?.precision).toBe(precision);
    });
  }

  const malformed = [
    '1992-13',
    '1993-02-30',
    '1999-02-29',
    '92',
    '1992/04/16',
    'Marchember 1993',
    '32 March 1993',
    'around 1992',
    '1992?',
    '199a',
    'March',
    '12345',
  ];
  for (const input of malformed) {
    it(`rejects ${JSON.stringify(input)} and names it`, () => {
      expect(() => parsePartialDate(input)).toThrow(input);
    });
  }
});
