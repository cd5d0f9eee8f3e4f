// The hooks the bench reads in the pages: the app's (src/lib/mapHook.ts) and the baseline's
// (bench/baseline.ts). Types only; `import type {} from './pageHooks'` brings them in.
import type { MapHook } from '../src/lib/mapHook';

export interface BaselineHook {
  recolourAll(): Promise<number>;
}

declare global {
  interface Window {
    __belarusMap?: MapHook;
    __baseline?: BaselineHook;
  }
}
