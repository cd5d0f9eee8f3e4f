// Builds the benchmark's baseline page (bench/baseline.html) into bench/dist/baseline, with the
// same MapLibre package and the same geometry file (static/) as the app. Used by bench/buildPages.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: here('../static'),
  logLevel: 'error',
  build: {
    target: 'es2022',
    outDir: here('dist/baseline'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: here('baseline.html'),
      output: {
        // As in the app's build: MapLibre in a chunk of its own, so the two can be compared.
        manualChunks(id: string) {
          return id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined;
        },
      },
    },
  },
});
