// Builds the app (with its own vite.config.ts, into bench/dist/app, so that it never replaces
// dist/ under a browser test that may be serving it) and the baseline page (bench/vite.config.ts,
// into bench/dist/baseline).
import { join } from 'node:path';
import { build } from 'vite';
import { PATHS } from './paths';

export async function buildPages(): Promise<void> {
  await build({
    configFile: join(PATHS.root, 'vite.config.ts'),
    root: PATHS.root,
    logLevel: 'error',
    build: { outDir: PATHS.app, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
  await build({ configFile: join(PATHS.root, 'bench/vite.config.ts'), logLevel: 'error' });
}
