// The benchmark's report: the budgets' verdicts, the printed table and the lines around it
// (bench/budgets.ts, bench/printTable.ts, bench/report.ts).
import { describe, expect, it } from 'vitest';
import { budgetLine, budgetOutcome, verdict } from '../../bench/budgets';
import { printTable, type Row } from '../../bench/printTable';
import { reportLines, type Environment } from '../../bench/report';

describe('budgets', () => {
  it.each([
    { ok: null, expected: '' },
    { ok: true, expected: 'PASS' },
    { ok: false, expected: 'FAIL' },
  ])('verdict($ok) → "$expected"', ({ ok, expected }) => {
    expect(verdict(ok)).toBe(expected);
  });

  it.each([
    { results: ['', 'PASS', 'PASS'], expected: '2 of 2 budgets pass.' },
    { results: ['PASS', '', 'FAIL'], expected: '1 of 2 budgets pass; FAIL: figure 2.' },
    { results: ['FAIL', 'FAIL', ''], expected: '0 of 2 budgets pass; FAIL: figure 0; figure 1.' },
    { results: ['', ''], expected: '0 of 0 budgets pass.' },
  ] as const)('$results → $expected', ({ results, expected }) => {
    // Indented figures are named without their indent.
    const rows = results.map((result, i) => ({ metric: `  figure ${i}`, result }));
    expect(budgetLine(budgetOutcome(rows))).toBe(expected);
  });
});

describe('printTable', () => {
  // Columns start at 0, 17, 23, 33, 43 and 51: each is as wide as its widest cell, then two spaces.
  it('pads every column to its widest cell and trims the end of each line', () => {
    const rows: Row[] = [
      { metric: 'a', app: '1 ms', baseline: '', ratio: '', budget: '< 5 ms', result: 'PASS' },
      { metric: '  longer figure', app: '', baseline: '2 ms', ratio: '0.50×', budget: '', result: '' },
    ];
    expect(printTable(rows).split('\n')).toEqual([
      'figure           app   baseline  app/base  budget  result',
      '---------------  ----  --------  --------  ------  ----',
      'a                1 ms                      < 5 ms  PASS',
      '  longer figure        2 ms      0.50×',
    ]);
  });
});

describe('reportLines', () => {
  const env = (load: number[]): Environment => ({
    cpu: 'AMD EPYC',
    cores: 2,
    memoryGB: 23.5,
    chromium: '156.0',
    gl: 'SwiftShader',
    node: 'v20.20.2',
    date: '2026-11-27T09:40:59.076Z',
    load,
  });
  const lines = (load: number[], uncounted: string[], errors: string[]) =>
    reportLines({
      env: env(load),
      runs: 5,
      viewport: { width: 1024, height: 768 },
      table: 'TABLE',
      uncounted,
      errors,
      outcome: { checked: 9, failed: [] },
      seconds: 132.6,
    });

  it('prints the machine, the runs, the load, the table and the budgets', () => {
    expect(lines([0.5, 1], [], [])).toEqual([
      '',
      'Machine: AMD EPYC, 2 cores, 23.5 GB; 156.0; GL: SwiftShader; Node v20.20.2; 2026-11-27T09:40:59.076Z',
      '5 fresh loads each (new browser context, empty cache), 1024×768; timings: median over loads (min–max); bytes: raw / gzip -9, 1 KB = 1024 B.',
      'Load average (1 min) before each pair of loads and at the end: 0.50, 1.00',
      '',
      'TABLE',
      '',
      '9 of 9 budgets pass. (133 s; results in bench/results.json)',
    ]);
  });

  it.each([
    { load: [1], warned: false },
    { load: [0.2, 1.01], warned: true },
  ])('warns of a busy machine when the load went above half the cores: $load', ({ load, warned }) => {
    expect(lines(load, [], [])[3]?.includes('WARNING: other work was running')).toBe(warned);
  });

  it('names the files not counted and each page error once', () => {
    expect(lines([1], ['embed.js', 'oembed.json'], ['404 /x', 'boom', '404 /x']).slice(7, 9)).toEqual([
      'Not counted above (not loaded by the app): embed.js, oembed.json',
      'Page errors: 404 /x | boom',
    ]);
  });
});
