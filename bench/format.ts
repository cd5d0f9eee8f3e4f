// How each kind of figure is written in the table. Pure.
import type { Stat } from './stat';

/** 1 KB = 1024 bytes, in the table and in the budgets. */
export const KB = 1024;

/** Milliseconds: one decimal under 100, none from 100 up. */
export const ms = (v: number): string => (Math.abs(v) < 100 ? v.toFixed(1) : v.toFixed(0));

/** A timing: "median ms (min–max)". */
export const fmtMs = (s: Stat): string => `${ms(s.median)} ms (${ms(s.min)}–${ms(s.max)})`;

/** Bytes: "raw / gzip KB". */
export const fmtKb = (w: { raw: number; gzip: number }): string =>
  `${(w.raw / KB).toFixed(1)} / ${(w.gzip / KB).toFixed(1)} KB`;

/** A ratio of medians: "1.23×", or nothing when there is none. */
export const fmtRatio = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '');

/** Renderer CPU: "main thread / process ms", medians only. */
export const fmtCpu = (thread: Stat, process: Stat): string =>
  `${ms(thread.median)} / ${ms(process.median)} ms`;

/** A count as it is: "median (min–max)". */
export const fmtCount = (s: Stat): string => `${s.median} (${s.min}–${s.max})`;

/** A figure with a fixed number of decimals and an optional unit after the median: "8.73 (8.72–8.75)". */
export const fmtFixed = (s: Stat, digits: number, unit = ''): string =>
  `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
