// The table as printed: one row per figure, columns padded to their widest cell. Pure.
import type { Verdict } from './budgets';

export interface Row {
  metric: string;
  app: string;
  baseline: string;
  ratio: string;
  budget: string;
  result: Verdict;
}

const KEYS = ['metric', 'app', 'baseline', 'ratio', 'budget', 'result'] as const;

export function printTable(rows: readonly Row[]): string {
  const head: Row = {
    metric: 'figure',
    app: 'app',
    baseline: 'baseline',
    ratio: 'app/base',
    budget: 'budget',
    result: '',
  };
  // The result column is as wide as its verdicts; its heading, the last cell, may run over.
  const widths = KEYS.map((k) => Math.max(...[head, ...rows].map((r) => r[k].length)));
  const cells = (r: Record<(typeof KEYS)[number], string>) =>
    KEYS.map((k, i) => r[k].padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [cells({ ...head, result: 'result' }), rule, ...rows.map(cells)].join('\n');
}
