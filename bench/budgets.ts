// The budgets the table checks, and the verdicts on them. Pure.
import { KB } from './format';

export const BUDGET = {
  ownJsGzip: 40 * KB,
  cssGzip: 15 * KB,
  geometryGzip: 120 * KB,
  dataGzip: 40 * KB,
  firstIdleRatio: 1.15,
  /** The app shows a map (its SVG) within this share of the time bare MapLibre takes to its first idle. */
  firstMapPaintShare: 1 / 3,
  sliderRatio: 1.2,
  clickMs: 100,
  heapGrowthPct: 5,
};

/** A row's result column: empty for a row without a budget. */
export type Verdict = '' | 'PASS' | 'FAIL';

export const verdict = (ok: boolean | null): Verdict => (ok === null ? '' : ok ? 'PASS' : 'FAIL');

export interface BudgetOutcome {
  /** Rows with a budget. */
  checked: number;
  /** The figures (trimmed of their indent) of the rows whose budget fails, in table order. */
  failed: string[];
}

export function budgetOutcome(rows: readonly { metric: string; result: Verdict }[]): BudgetOutcome {
  return {
    checked: rows.filter((r) => r.result !== '').length,
    failed: rows.filter((r) => r.result === 'FAIL').map((r) => r.metric.trim()),
  };
}

/** "8 of 9 budgets pass; FAIL: …." as printed under the table (without the time it took). */
export const budgetLine = ({ checked, failed }: BudgetOutcome): string =>
  `${checked - failed.length} of ${checked} budgets pass${failed.length ? `; FAIL: ${failed.join('; ')}` : ''}.`;
