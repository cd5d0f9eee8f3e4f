// The layers of ARCHITECTURE.md, checked by `npm run check:layers` (part of `npm test`).
// Paths are relative to the folder cruised from; tests/unit/layers.test.ts plants a bad import
// of each kind in a scratch tree and checks that the matching rule fails it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules import each other in one direction only.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'maplibre-only-in-the-map',
      comment: 'Only the map component (src/components/MapView.svelte) and src/map/ import MapLibre.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(map/|components/MapView[.]svelte$)' },
      // Type-only imports resolve to the bare name, others into node_modules.
      to: { path: '(^|node_modules/)(maplibre-gl|@maplibre/)' },
    },
    {
      name: 'core-imports-no-component',
      comment: 'src/lib, src/pipeline, src/controllers and src/map import no component.',
      severity: 'error',
      from: { path: '^src/(lib|pipeline|controllers|map)/' },
      to: { path: '[.]svelte$' },
    },
    {
      name: 'core-imports-no-dom-glue',
      comment:
        'src/lib, src/pipeline and src/controllers are plain logic: no DOM glue (src/dom) or map code (src/map).',
      severity: 'error',
      from: { path: '^src/(lib|pipeline|controllers)/' },
      to: { path: '^src/(dom|map)/' },
    },
    {
      name: 'core-imports-no-svelte',
      comment: 'src/lib and src/pipeline run without Svelte (the data build and the unit tests use them).',
      severity: 'error',
      from: { path: '^src/(lib|pipeline)/' },
      to: { path: '(^|node_modules/)svelte(/|$)' },
    },
    {
      name: 'only-scripts-touch-files',
      comment:
        'scripts/ is the only code that reads or writes files or starts processes; src/ gets text, not paths.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|worker_threads)$' },
    },
    {
      name: 'src-imports-no-tooling',
      comment: 'The app never imports the scripts, the benchmark or the tests.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|bench|tests)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.svelte', '.json'] },
  },
};
