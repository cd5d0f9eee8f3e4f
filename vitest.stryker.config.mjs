// The unit tests as Stryker runs them: the same as `npm run test:unit` less the tests of the
// build-data command line, which start child processes, and of the layer rules. Stryker activates a mutant inside the
// test process only, so those children always run the unmutated code: they can kill no mutant
// and only slow the first (unmutated) run down by minutes. Instrumented code runs several times
// slower, so a test gets a minute rather than Vitest's default 5 s. Paraglide's plugin is left
// out: each of Stryker's test processes would recompile src/paraglide/ into the same folder at
// the same time, and one process could import a half-written message file (`npm run
// test:mutation` compiles the messages once, before Stryker starts).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config.ts';

const withoutCompiler = {
  ...base,
  plugins: base.plugins.flat().filter((plugin) => plugin?.name !== 'unplugin-paraglide-js'),
};

export default mergeConfig(
  withoutCompiler,
  defineConfig({
    test: {
      // layers.test.ts runs dependency-cruiser and ESLint over files, never the mutated code.
      exclude: ['tests/unit/buildDataCli.test.ts', 'tests/unit/layers.test.ts', 'node_modules/**'],
      testTimeout: 60_000,
    },
  }),
);
