/** The dataset written by `npm run build:data` (or a test fixture: see vite.config.ts). */
declare module '$dataset' {
  const data: import('./lib/types').Dataset;
  export default data;
}
