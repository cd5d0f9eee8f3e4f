import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/pipeline/parsePartialDate';
import type { PartialDate } from '../../src/lib/types';

describe('parsePartialDate at the edges', () => {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  months.forEach((name, i) => {
    const mm = String(i + 1).padStart(2, '0');
    it(`reads the month name ${name} as month ${mm}, in any case`, () => {
      expect(parsePartialDate(`${name} 1995`)).toEqual({ iso: `1995-${mm}`, precision: 'month' });
      expect(parsePartialDate(`1 ${name.toUpperCase()} 1995`)).toEqual({
        iso: `1995-${mm}-01`,
        precision: 'day',
      });
    });
  });

  const good: { input: string; date: PartialDate }[] = [
    { input: '1000', date: { iso: '1000', precision: 'year' } },
    { input: '2999', date: { iso: '2999', precision: 'year' } },
    { input: '1995-01', date: { iso: '1995-01', precision: 'month' } },
    { input: '1995-12', date: { iso: '1995-12', precision: 'month' } },
    { input: '1995-01-01', date: { iso: '1995-01-01', precision: 'day' } },
    { input: '1995-01-31', date: { iso: '1995-01-31', precision: 'day' } },
    { input: '1995-04-30', date: { iso: '1995-04-30', precision: 'day' } },
    { input: '1996-02-29', date: { iso: '1996-02-29', precision: 'day' } },
    { input: '  1995-04-24\t', date: { iso: '1995-04-24', precision: 'day' } },
    { input: '01 May 1995', date: { iso: '1995-05-01', precision: 'day' } },
    { input: '9  May   1995', date: { iso: '1995-05-09', precision: 'day' } },
    { input: '31 December 2999', date: { iso: '2999-12-31', precision: 'day' } },
  ];
  for (const { input, date } of good) {
    it(`reads ${JSON.stringify(input)} as ${date.iso} (${date.precision})`, () => {
      expect(parsePartialDate(input)).toEqual(date);
    });
  }

  const notReal = ['0999', '3000', '1995-00', '1995-13', '1995-01-00', '1995-04-31', '1900-02-29', '0999-01'];
  for (const input of notReal) {
    it(`rejects ${input} as not a real date`, () => {
      expect(() => parsePartialDate(input)).toThrow(`not a real date: "${input}"`);
    });
  }

  const unparseable = [
    'May 0999',
    'May 3000',
    '0 May 1995',
    '32 May 1995',
    '30 February 1996',
    '123 May 1995',
    'Mayo 1995',
    '1995 May',
    'x1995',
    '1995-4',
    '1995-04-4',
    '1995-04-24x',
    'May 1995x',
    'May 95',
    'May',
  ];
  for (const input of unparseable) {
    it(`rejects ${JSON.stringify(input)} as unparseable`, () => {
      expect(() => parsePartialDate(input)).toThrow(`unparseable date: "${input}"`);
    });
  }
});
