import { describe, expect, it } from 'vitest';
import { makeTimeline, playInterval, type Timeline } from '../../src/lib/timeline';

const span = (first: number, last: number): Timeline => ({ first, last, added: new Map() });

describe('playInterval', () => {
  const rows = [
    { last: 1991, ms: 400, why: 'a single year plays at the slowest pace' },
    { last: 2001, ms: 400, why: '10 steps would take 400 ms each: the ceiling' },
    { last: 2011, ms: 200, why: '20 steps share four seconds' },
    { last: 2026, ms: 114, why: '35 steps share four seconds, rounded to a whole ms' },
    { last: 2035, ms: 91, why: '44 steps share four seconds, just above the floor' },
    { last: 2091, ms: 90, why: '100 steps would be 40 ms each: the 90 ms floor' },
  ];
  for (const { last, ms, why } of rows) {
    it(`gives ${ms} ms a year from 1991 to ${last}: ${why}`, () => {
      expect(playInterval(span(1991, last))).toBe(ms);
    });
  }

  it('works on a real timeline', () => {
    expect(playInterval(makeTimeline([], 2026))).toBe(114);
  });
});
