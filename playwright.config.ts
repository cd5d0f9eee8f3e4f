import { defineConfig } from '@playwright/test';

// Debian's Chromium with SwiftShader: the flags that give MapLibre a working WebGL2 in
// headless mode on these machines (see README.md, "Tests"). Browser downloads are not used.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Rasterise the page on the CPU, as Chrome does on a machine without a usable GPU. Without it,
  // SwiftShader (here only for MapLibre's WebGL) also rasterises every page tile through emulated
  // GL, which no reader's browser does: index.html's SVG map then took 2–3 s longer to appear
  // (first contentful paint at 4× CPU throttling: 3.0–3.5 s against 1.0–1.1 s with this flag).
  '--disable-gpu-rasterization',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the production build is served for the tests; set E2E_PORT/E2E_DIST to run two suites side by side. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const DIST = process.env.E2E_DIST ?? 'dist';
export const BASE_URL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1024, height: 768 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
