/// <reference types="svelte" />
/// <reference types="vite/client" />

declare global {
  /** The build's CORRECTIONS_URL (vite.config.ts): a template for "Suggest a source" links, or "". */
  const __CORRECTIONS_URL__: string;

  interface Window {
    __belarusMap?: import('./lib/mapHook').MapHook;
  }
}

export {};
