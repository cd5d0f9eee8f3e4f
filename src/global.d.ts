/// <reference types="svelte" />
/// <reference types="vite/client" />

declare global {
  interface Window {
    __belarusMap?: import('./lib/mapHook').MapHook;
  }
}

export {};
