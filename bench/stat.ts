// Medians and ranges over the loads, and the ratio of two medians. Pure.

export interface Stat {
  median: number;
  min: number;
  max: number;
  /** How many of the values were finite numbers (the others are left out). */
  n: number;
}

export function stat(values: readonly number[]): Stat {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: NaN, min: NaN, max: NaN, n };
  const mid = Math.floor(n / 2);
  const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[n - 1]!, n };
}

export const median = (values: readonly number[]): number => stat(values).median;

/** a ÷ b, or NaN when either is not a finite number or b is not above zero. */
export const ratio = (a: number, b: number): number =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN;
