import { expect, test } from '@playwright/test';
import { demoCaseUrl, personPage, signIn } from '../../fixtures/e2e';

test('a session cookie replayed after sign-out lands on sign-in and downloads nothing', async ({ browser }) => {
  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);
  const exportUrl = `/api${caseUrl}/exports/audit-events.json`;
  expect((await counsel.request.get(exportUrl)).status()).toBe(200);

  const cookies = await counsel.context().cookies();
  const session = cookies.find((c) => /authjs\.session-token/.test(c.name))!;
  // The cookie lives as long as the configured session (8 hours in the demo), not 14 days.
  const lifetimeHours = (session.expires - Date.now() / 1000) / 3600;
  expect(lifetimeHours).toBeGreaterThan(7.9);
  expect(lifetimeHours).toBeLessThanOrEqual(8);

  await counsel.getByRole('button', { name: 'Sign out' }).click();
  await expect(counsel).toHaveURL(/sign-in/);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const page = await replay.newPage();
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in\?expired=1/);
  expect((await page.request.get(exportUrl)).status()).not.toBe(200);
  // next-auth's own endpoint refuses it too, and does not hand out a fresh cookie.
  const endpoint = await page.request.get('/api/auth/session');
  expect(await endpoint.json()).toBeNull();
  expect(endpoint.headers()['set-cookie'] ?? '').not.toMatch(/authjs\.session-token=[^;]+;/);
  await replay.close();
  await counsel.context().close();
});

test('Your sessions lists each browser and signs one out', async ({ browser }) => {
  const laptop = await personPage(browser, 'reviewer@demo.example');
  const phone = await personPage(browser, 'reviewer@demo.example');
  await laptop.goto('/account/sessions');
  await expect(laptop.getByRole('heading', { name: 'Your sessions' })).toBeVisible();
  const rows = laptop.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await expect(laptop.locator('tbody tr', { hasText: 'This browser' })).toHaveCount(1);

  laptop.on('dialog', (d) => d.accept());
  const before = await rows.count();
  await laptop.getByRole('button', { name: /^Sign out Chrome/ }).first().click();
  await expect(rows).toHaveCount(before - 1);

  // Whichever other session was signed out first, sign out everywhere ends the phone's for certain.
  await laptop.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(laptop).toHaveURL(/sign-in/);
  await phone.goto('/home');
  await expect(phone).toHaveURL(/sign-in/);

  await signIn(laptop, 'reviewer@demo.example');
  await laptop.goto('/account/sessions');
  await expect(laptop.locator('tbody tr')).toHaveCount(1);
  await laptop.context().close();
  await phone.context().close();
});
