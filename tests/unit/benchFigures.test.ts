// The benchmark's arithmetic and number formatting (bench/stat.ts, bench/format.ts).
import { describe, expect, it } from 'vitest';
import { fmtCount, fmtCpu, fmtFixed, fmtKb, fmtMs, fmtRatio, ms } from '../../bench/format';
import { median, ratio, stat, type Stat } from '../../bench/stat';

const s = (median: number, min: number, max: number): Stat => ({ median, min, max, n: 3 });

describe('stat', () => {
  it.each([
    { values: [], expected: { median: NaN, min: NaN, max: NaN, n: 0 } },
    { values: [3], expected: { median: 3, min: 3, max: 3, n: 1 } },
    { values: [5, 1, 3], expected: { median: 3, min: 1, max: 5, n: 3 } },
    { values: [4, 1, 3, 2], expected: { median: 2.5, min: 1, max: 4, n: 4 } },
    { values: [1, NaN, Infinity, 3, -Infinity], expected: { median: 2, min: 1, max: 3, n: 2 } },
    { values: [NaN], expected: { median: NaN, min: NaN, max: NaN, n: 0 } },
  ])('$values → median $expected.median', ({ values, expected }) => {
    expect(stat(values)).toEqual(expected);
  });

  it('does not reorder the values it is given', () => {
    const values = [3, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  it.each([
    { a: 2, b: 1, expected: 2 },
    { a: 1, b: 4, expected: 0.25 },
    { a: 1, b: 0, expected: NaN },
    { a: 1, b: -1, expected: NaN },
    { a: NaN, b: 1, expected: NaN },
    { a: 1, b: Infinity, expected: NaN },
  ])('$a ÷ $b → $expected', ({ a, b, expected }) => {
    expect(ratio(a, b)).toBe(expected);
  });
});

describe('figure formatting', () => {
  it.each([
    { value: 5, expected: '5.0' },
    { value: 8.64, expected: '8.6' },
    { value: 99.94, expected: '99.9' },
    { value: 100, expected: '100' },
    { value: 1234.4, expected: '1234' },
    { value: -12.34, expected: '-12.3' },
  ])('ms($value) → $expected', ({ value, expected }) => {
    expect(ms(value)).toBe(expected);
  });

  it.each([
    { name: 'fmtMs, small', got: () => fmtMs(s(8.6, 5, 12.5)), expected: '8.6 ms (5.0–12.5)' },
    { name: 'fmtMs, large', got: () => fmtMs(s(1223, 1185, 1429)), expected: '1223 ms (1185–1429)' },
    { name: 'fmtMs, mixed', got: () => fmtMs(s(102, 40.3, 164)), expected: '102 ms (40.3–164)' },
    { name: 'fmtKb', got: () => fmtKb({ raw: 97382, gzip: 37376 }), expected: '95.1 / 36.5 KB' },
    { name: 'fmtRatio', got: () => fmtRatio(1.1449), expected: '1.14×' },
    { name: 'fmtRatio, none', got: () => fmtRatio(NaN), expected: '' },
    { name: 'fmtCpu', got: () => fmtCpu(s(224, 0, 0), s(850, 0, 0)), expected: '224 / 850 ms' },
    { name: 'fmtCount', got: () => fmtCount(s(10.5, 7, 14)), expected: '10.5 (7–14)' },
    { name: 'fmtFixed', got: () => fmtFixed(s(41.63, 30.6, 43.3), 1), expected: '41.6 (30.6–43.3)' },
    {
      name: 'fmtFixed with a unit',
      got: () => fmtFixed(s(2.614, 2.61, 2.67), 2, ' %'),
      expected: '2.61 % (2.61–2.67)',
    },
  ])('$name', ({ got, expected }) => {
    expect(got()).toBe(expected);
  });
});
