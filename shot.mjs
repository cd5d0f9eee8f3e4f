import { chromium } from '@playwright/test';
const args = [
  '--headless=new',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const [url, out, w = '1024', h = '768', extra] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const logs = [];
page.on('console', (m) => logs.push(m.type() + ': ' + m.text()));
page.on('pageerror', (e) => logs.push('PAGEERROR: ' + e.message));
page.on('request', (r) => {
  if (!r.url().startsWith('http://127.0.0.1:4173')) logs.push('EXTERNAL: ' + r.url());
});
await page.goto(url);
try {
  await page.waitForSelector('[data-testid=map]', { timeout: 30000 });
} catch (e) {
  logs.push('no map: ' + e.message);
}
if (extra) await eval(extra);
await page.waitForTimeout(500);
await page.screenshot({ path: out });
console.log(logs.join('\n'));
await browser.close();
