// Makes sure the browser tests have Debian's Chromium. Installs it with apt-get when this runs
// as root (as on CI and the development machines); otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

if (process.getuid?.() === 0) {
  console.log(`${path} is missing: installing Debian's chromium (about 30 s)…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${path}.\n` +
    'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n' +
    '(or set CHROMIUM_PATH to another Chromium binary).',
);
process.exit(1);
