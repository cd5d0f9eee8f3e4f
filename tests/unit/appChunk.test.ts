import { describe, expect, it } from 'vitest';
import { appChunkModules, staticGraph, type ModuleLinks } from '../../scripts/appChunk';

// boot imports the stylesheet and the preload helper; main imports App (which imports the
// helper too, and the dataset), and a lazy chunk's module only dynamically (not listed here).
const graph: Record<string, string[]> = {
  boot: ['app.css', 'preload'],
  main: ['App', 'data', 'preload'],
  App: ['lib/a', 'lib/b', 'svelte'],
  'lib/a': ['lib/b'],
  'lib/b': ['lib/a'],
  svelte: [],
  data: [],
  preload: [],
  'app.css': [],
};
const info = (id: string): ModuleLinks | null => (id in graph ? { importedIds: graph[id]! } : null);

describe('staticGraph', () => {
  it('is the entry and everything it imports, directly or not, each once, cycles included', () => {
    expect([...staticGraph('main', info)].sort()).toEqual(
      ['App', 'data', 'lib/a', 'lib/b', 'main', 'preload', 'svelte'].sort(),
    );
  });

  it('is the entry alone when the bundler knows nothing of it', () => {
    expect([...staticGraph('elsewhere', info)]).toEqual(['elsewhere']);
  });
});

describe('appChunkModules', () => {
  it('is what the app imports statically, less what the first script imports: the preload helper stays with it', () => {
    const app = appChunkModules('boot', 'main', info);
    expect([...app].sort()).toEqual(['App', 'data', 'lib/a', 'lib/b', 'main', 'svelte'].sort());
    expect(app.has('preload')).toBe(false);
    expect(app.has('app.css')).toBe(false);
  });
});
