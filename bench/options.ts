// The command line of `npm run bench`, and the fixed shape of a run.

export interface Options {
  /** Fresh loads of the app and of the baseline each: --runs=N, 1 to 20, 5 by default. */
  runs: number;
  /** --strict: exit 1 when a budget fails. */
  strict: boolean;
  /** --keep: keep bench/dist after the run (it is removed by default: ESLint would otherwise lint the built files). */
  keep: boolean;
}

export function parseOptions(argv: readonly string[]): Options {
  const argRuns = argv.find((a) => a.startsWith('--runs='));
  return {
    runs: Math.max(1, Math.min(20, Math.trunc(Number(argRuns?.slice('--runs='.length) ?? 5)) || 5)),
    strict: argv.includes('--strict'),
    keep: argv.includes('--keep'),
  };
}

/** Play-throughs per app load; the heap is read after each. */
export const PLAYS = 5;
/** The loads that play PLAYS times and read the heap; the others play once (a play-through at 2× takes ~16 s). */
export const HEAP_LOADS = 3;
/** Recolours of every state per baseline load. */
export const RECOLOURS = 10;
/** Countries clicked per app load: large, on different continents, all in the browser tests. */
export const CLICK_IDS = ['DEU', 'JPN', 'CAN', 'KEN', 'AUS', 'BRA', 'IND'];
export const VIEWPORT = { width: 1024, height: 768 };
/** The whole benchmark stops by itself after this long, whatever happens. */
export const LIMIT_MS = 10 * 60_000;
