import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'bench/dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results.json',
      'reports/',
      // A git-ignored folder for one's own experiments.
      '.scratch/',
      '.stryker-tmp/',
      // Compiled from messages/ by Paraglide (npm run build:messages).
      'src/paraglide/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    // __CORRECTIONS_URL__ is replaced at build time (vite.config.ts `define`, typed in src/global.d.ts).
    languageOptions: { globals: { ...globals.browser, ...globals.node, __CORRECTIONS_URL__: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Layers (ARCHITECTURE.md): the pure core and the controllers reach the page only through
  // what they are given, so they run in unit tests with no DOM. Imports are checked by
  // dependency-cruiser (.dependency-cruiser.cjs); globals are checked here.
  {
    files: ['src/lib/**/*.ts', 'src/pipeline/**/*.ts', 'src/controllers/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage'].map(
          (name) => ({
            name,
            message: 'src/lib, src/pipeline and src/controllers touch no DOM: take it as a parameter.',
          }),
        ),
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
);
