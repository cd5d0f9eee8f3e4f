import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { appChunkModules } from './scripts/appChunk.ts';
import { dropMaplibreLogoCss } from './scripts/dropCssRules.ts';
import { firstPaint } from './scripts/firstPaintPlugin.ts';
import { inlinePageCss } from './scripts/inlinePageCss.ts';
import { lazyMessages } from './scripts/lazyMessagesPlugin.ts';
// The languages as Paraglide compiled them (`npm run build:messages` runs first, see below).
import { baseLocale, locales } from './src/paraglide/runtime.js';
import { oembedResponse } from './src/lib/oembed.ts';

// The dataset the app is built with; the browser tests build against hostile fixtures through it.
const dataset = resolve(process.env.DATASET_FILE ?? 'src/data/relations.json');

// The app's module: src/boot.ts imports it after the first paint; it and what it imports
// statically make one chunk (scripts/appChunk.ts). Worked out once per process, on the first
// module the bundler asks about: `vite build` bundles once.
const bootEntry = resolve('src/boot.ts');
const appEntry = resolve('src/main.ts');
let appModules: Set<string> | undefined;

// Where the build will be served, for the absolute URLs oEmbed needs (see README.md, "Deploying").
const publicUrl = (process.env.PUBLIC_URL ?? 'http://localhost:4173/').replace(/\/?$/, '/');

// Where readers suggest a date with its source (see README.md, "Corrections"); empty hides the link.
const correctionsUrl = process.env.CORRECTIONS_URL ?? '';

function oembed(): Plugin {
  return {
    name: 'oembed',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'oembed.json',
        source: JSON.stringify(oembedResponse(publicUrl), null, 2),
      });
    },
  };
}

// The interface's words: messages/{en,be,ru}.json compiled into src/paraglide/ (git-ignored) at
// the start of every build, dev server and unit-test run. Keep the options in sync with the
// `build:messages` script in package.json, which compiles them (with type declarations) before
// the type check and before every build, dev server and benchmark: this file itself imports,
// through the first paint's plugin, code that reads the compiled messages, before any plugin
// has run (without it, `npm ci && npm start` failed on a fresh clone). `globalVariable` only: App sets the language itself (src/lib/locale.ts), so no
// cookie, storage or URL rewriting of Paraglide's runs. `cleanOutdir: false` keeps the declarations.
// One module per language, so that a build loads only the reader's (scripts/lazyMessagesPlugin.ts).
const messages = paraglideVitePlugin({
  project: './project.inlang',
  outdir: './src/paraglide',
  strategy: ['globalVariable', 'baseLocale'],
  outputStructure: 'locale-modules',
  cleanOutdir: false,
});

export default defineConfig({
  plugins: [
    messages,
    lazyMessages({ locales, baseLocale, messagesDir: 'src/paraglide/messages' }),
    svelte(),
    oembed(),
    // The map, title and legend in index.html before any script, and the social preview (README.md, "First paint").
    firstPaint({ datasetFile: dataset, geometryFile: resolve('static/world.topo.json'), publicUrl }),
    inlinePageCss(),
    // MapLibre's logo, drawn three times in its stylesheet and never shown here (scripts/dropCssRules.ts).
    dropMaplibreLogoCss(),
  ],
  resolve: { alias: { $dataset: dataset } },
  define: { __CORRECTIONS_URL__: JSON.stringify(correctionsUrl) },
  // Relative asset paths let the build be served from any sub-path of a host.
  base: './',
  publicDir: 'static',
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // MapLibre in a chunk of its own, so the benchmark can weigh the app's own code apart from it.
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/, priority: 3 },
            // The dataset in a file of its own: it is weighed apart and cached apart from the code.
            { name: 'data', test: (id) => id === dataset, priority: 2 },
            {
              name: (id, chunking) => {
                appModules ??= appChunkModules(bootEntry, appEntry, (m) => chunking.getModuleInfo(m));
                return appModules.has(id) ? 'app' : null;
              },
              priority: 1,
              debugName: 'app',
              // Not the preload helper that the app shares with the first script: that stays with the first script.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // No test is about speed: on a shared 2-core machine under load, a test that takes 50 ms
    // alone can take seconds, and vitest's 5 s default would fail it for nothing.
    testTimeout: 30_000,
  },
});
