import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { createScratchDatabase } from '../../fixtures/scratch-db';
import { DEMO_CASE, signIn } from '../../fixtures/e2e';

const adminUrl = process.env.TEST_DATABASE_URL;
test.skip(!adminUrl && process.env.CI !== 'true', 'needs TEST_DATABASE_URL (bash scripts/with-postgres.sh npm test)');

function startInstance(port: number, databaseUrl: string): ChildProcess {
  // Same build as the suite's server; no AUTH_SECRET given, so both must agree on the one kept in the database.
  fs.mkdirSync('artifacts', { recursive: true });
  const log = fs.openSync(`artifacts/instance-${port}.log`, 'w');
  return spawn('npx', ['tsx', 'scripts/start.ts', '--no-build'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, SEED_DEMO: 'yes', AUTH_SECRET: '' },
    stdio: ['ignore', log, log],
    detached: true,
  });
}

async function waitUp(port: number) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance on ${port} did not start`);
}

test('two app processes on one PostgreSQL behave as one app', async ({ browser }) => {
  test.setTimeout(240_000);
  expect(adminUrl, 'CI must provide TEST_DATABASE_URL').toBeTruthy();
  const scratch = await createScratchDatabase(adminUrl!);
  const [portA, portB] = [3231, 3232];
  // Started together: migrations and seeding must serialise between them.
  const a = startInstance(portA, scratch.url);
  const b = startInstance(portB, scratch.url);
  try {
    await Promise.all([waitUp(portA), waitUp(portB)]);
    const pageA = await (await browser.newContext({ baseURL: `http://127.0.0.1:${portA}` })).newPage();
    const pageB = await (await browser.newContext({ baseURL: `http://127.0.0.1:${portB}` })).newPage();
    await signIn(pageA, 'counsel@demo.example');
    await signIn(pageB, 'counsel@demo.example');

    await pageB.goto('/cases');
    await pageB.getByRole('link', { name: DEMO_CASE }).click();
    await expect(pageB).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    const casePath = new URL(pageB.url()).pathname;
    await pageB.getByRole('link', { name: 'Edit details' }).click();
    await pageB.getByLabel('Description').fill('Changed on instance B');
    await pageB.getByRole('button', { name: 'Save changes' }).click();
    await expect(pageB.getByText('Changed on instance B')).toBeVisible();

    await pageA.goto(casePath);
    await expect(pageA.getByText('Changed on instance B')).toBeVisible();

    // A session issued by one instance is honoured by the other (one secret, kept in the database).
    const cookies = await pageA.context().cookies();
    const other = await browser.newContext({ baseURL: `http://127.0.0.1:${portB}` });
    await other.addCookies(cookies.map((c) => ({ ...c, domain: '127.0.0.1' })));
    const crossPage = await other.newPage();
    await crossPage.goto(casePath);
    await expect(crossPage.getByText('Changed on instance B')).toBeVisible();
  } finally {
    for (const p of [a, b]) {
      try {
        if (p.pid) process.kill(-p.pid, 'SIGTERM');
      } catch {} // already gone: its log in artifacts/ says why
    }
    await new Promise((r) => setTimeout(r, 3000));
    await scratch.drop();
  }
});
