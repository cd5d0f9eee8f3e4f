import { describe, expect, it } from 'vitest';
import { formatDate, localTableDate, tableDateText, yearsAgo } from '../../src/lib/formatDate';
import type { PartialDate } from '../../src/lib/types';

describe('formatDate says a date as precisely as it is known', () => {
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
  months.forEach((month, i) => {
    const mm = String(i + 1).padStart(2, '0');
    it(`names month ${mm} ${month}`, () => {
      expect(formatDate({ iso: `1995-${mm}`, precision: 'month' })).toBe(`${month} 1995`);
      expect(formatDate({ iso: `1995-${mm}-01`, precision: 'day' })).toBe(`1 ${month} 1995`);
    });
  });

  const rows: { date: PartialDate; text: string }[] = [
    { date: { iso: '1995-04-09', precision: 'day' }, text: '9 April 1995' },
    { date: { iso: '1995-04-24', precision: 'month' }, text: 'April 1995' },
    { date: { iso: '1995-04', precision: 'day' }, text: 'April 1995' },
    { date: { iso: '1995-04-24', precision: 'year' }, text: '1995' },
    { date: { iso: '1995-04', precision: 'year' }, text: '1995' },
    { date: { iso: '1995', precision: 'month' }, text: '1995' },
    { date: { iso: '1995', precision: 'day' }, text: '1995' },
  ];
  for (const { date, text } of rows) {
    it(`writes ${date.iso} to ${date.precision} precision as "${text}"`, () => {
      expect(formatDate(date)).toBe(text);
    });
  }
});

describe('yearsAgo counts whole years, as far as the precision allows', () => {
  // 15 April 2026, late in the day in UTC: the tests pass the date in, never read the clock.
  const now = new Date(Date.UTC(2026, 3, 15, 23, 30));
  const rows: { date: PartialDate; text: string }[] = [
    { date: { iso: '2025-04-15', precision: 'day' }, text: '1 year ago' },
    { date: { iso: '2025-04-16', precision: 'day' }, text: 'less than a year ago' },
    { date: { iso: '2025-04-14', precision: 'day' }, text: '1 year ago' },
    { date: { iso: '2024-04-16', precision: 'day' }, text: '1 year ago' },
    { date: { iso: '2024-03-31', precision: 'day' }, text: '2 years ago' },
    { date: { iso: '2024-05-01', precision: 'day' }, text: '1 year ago' },
    { date: { iso: '2025-04', precision: 'month' }, text: '1 year ago' },
    { date: { iso: '2024-04', precision: 'month' }, text: '2 years ago' },
    { date: { iso: '2024-05', precision: 'month' }, text: '1 year ago' },
    { date: { iso: '2024-03', precision: 'month' }, text: '2 years ago' },
    { date: { iso: '2025-05', precision: 'month' }, text: 'less than a year ago' },
    { date: { iso: '2025', precision: 'year' }, text: 'about 1 year ago' },
    { date: { iso: '1992', precision: 'year' }, text: 'about 34 years ago' },
    { date: { iso: '2026', precision: 'year' }, text: 'less than a year ago' },
    { date: { iso: '2026-04-15', precision: 'day' }, text: 'less than a year ago' },
    { date: { iso: '2030-01-01', precision: 'day' }, text: 'less than a year ago' },
  ];
  for (const { date, text } of rows) {
    it(`says a ${date.precision} date ${date.iso} was "${text}" on 15 April 2026`, () => {
      expect(yearsAgo(date, now)).toBe(text);
    });
  }

  it('counts the anniversary in the current month as reached for a month date, not yet for a later day', () => {
    const first = new Date(Date.UTC(2026, 3, 1));
    expect(yearsAgo({ iso: '2016-04', precision: 'month' }, first)).toBe('10 years ago');
    expect(yearsAgo({ iso: '2016-04-02', precision: 'day' }, first)).toBe('9 years ago');
    expect(yearsAgo({ iso: '2016-04-01', precision: 'day' }, first)).toBe('10 years ago');
  });
});

describe('tableDateText shows the article’s date cell as readers should see it', () => {
  it.each([
    { cell: '1993-12-06', date: { iso: '1993-12-06', precision: 'day' as const }, shown: '6 December 1993' },
    { cell: '1996-07', date: { iso: '1996-07', precision: 'month' as const }, shown: 'July 1996' },
    { cell: '1992', date: { iso: '1992', precision: 'year' as const }, shown: '1992' },
    {
      cell: '24 October 1991',
      date: { iso: '1991-10-24', precision: 'day' as const },
      shown: '24 October 1991',
    },
    { cell: '1993-12-06', date: null, shown: '1993-12-06' },
    { cell: '', date: null, shown: '' },
    // Only a bare ISO date is rewritten; a cell that has one among other words keeps its words.
    {
      cell: ' 1993-12-06 ',
      date: { iso: '1993-12-06', precision: 'day' as const },
      shown: '6 December 1993',
    },
    {
      cell: 'c. 1993-12-06',
      date: { iso: '1993-12-06', precision: 'day' as const },
      shown: 'c. 1993-12-06',
    },
    {
      cell: '1993-12-06 (signed)',
      date: { iso: '1993-12-06', precision: 'day' as const },
      shown: '1993-12-06 (signed)',
    },
  ])('"$cell" reads "$shown"', ({ cell, date, shown }) => {
    expect(tableDateText(cell, date)).toBe(shown);
  });

  it('gives a cell that is only a date in the reader’s language, and a cell with words of its own as it is', () => {
    const day = { iso: '1991-12-27', precision: 'day' as const };
    // "Азия, строка 24: 27 December 1991" in the Russian notes.
    expect(tableDateText('27 December 1991', day, 'ru')).toBe('27 декабря 1991\u00a0г.');
    expect(tableDateText('1991-12-27', day, 'be')).toBe('27 снежня 1991\u00a0г.');
    expect(tableDateText('April 1992', { iso: '1992-04', precision: 'month' }, 'ru')).toBe(
      'апрель 1992\u00a0г.',
    );
    expect(tableDateText('c. 27 December 1991', day, 'ru')).toBe('c. 27 December 1991');
    expect(localTableDate('c. 27 December 1991', day, 'ru')).toBeNull();
    expect(localTableDate('27 December 1991', null, 'ru')).toBeNull();
  });
});
