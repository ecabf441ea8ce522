// Signs in as a demo user and screenshots pages: node scripts/screenshot.mjs BASE EMAIL OUT_DIR PATH [PATH…]
import { chromium } from 'playwright-core';
import path from 'node:path';

const [, , base, email, outDir, ...paths] = process.argv;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(base + '/sign-in');
await page.getByLabel('Email').fill(email);
await page.getByLabel('Password').fill(process.env.PASSWORD ?? 'merger-review-demo');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL(/home|account/);
// "{case}" in a path stands for the demo case's id.
await page.goto(base + '/cases');
const demoHref = await page.getByRole('link', { name: /Colossus/ }).first().getAttribute('href').catch(() => null);
for (const [i, raw] of paths.entries()) {
  const p = raw.replace('{case}', demoHref?.split('/').pop() ?? 'none');
  await page.goto(base + p);
  const out = path.join(outDir, `${String(i).padStart(2, '0')}-${p.replace(/[^a-z0-9]+/gi, '_').slice(0, 60)}.png`);
  await page.screenshot({ path: out, fullPage: true });
  console.log(out, page.url());
}
await browser.close();
