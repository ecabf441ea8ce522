import { expect, test, type Page } from '@playwright/test';
import { adminCreatesUser, firstSignIn, personPage, signIn } from '../../fixtures/e2e';

async function tryPassword(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// Two client addresses on one machine: the real user on 127.0.0.1 (baseURL), the stranger on the
// IPv6 loopback, [::1]. The server believes only the connection's own address (no TRUSTED_PROXIES),
// so the stranger's forged X-Forwarded-For naming the user's address changes nothing.
test('five wrong passwords from another address do not stop the real user; an admin can unlock', async ({ browser, baseURL }) => {
  const email = `throttle-${Date.now()}@demo.example`;
  const oneTime = await adminCreatesUser(browser, { email, name: 'Throttle Witness', role: 'reviewer' });
  const user = await (await browser.newContext()).newPage();
  await firstSignIn(user, email, oneTime, 'the-real-users-password');
  await user.getByRole('button', { name: 'Sign out' }).click();

  const admin = await personPage(browser, 'admin@demo.example');
  const strangerBase = baseURL!.replace('127.0.0.1', '[::1]');
  const stranger = await (await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '127.0.0.1' } })).newPage();
  await stranger.goto(`${strangerBase}/sign-in`);
  for (let i = 1; i <= 5; i++) {
    await tryPassword(stranger, email, `wrong-${i}`);
    await expect(stranger.locator('#sign-in-error')).toHaveText('The email or password is not correct.');
  }
  await tryPassword(stranger, email, 'the-real-users-password');
  await expect(stranger.locator('#sign-in-error')).toContainText('Too many failed sign-in attempts');

  await signIn(user, email, 'the-real-users-password'); // from their usual address: not held up

  await admin.goto('/admin/users'); // within the 30 s the stranger's address now waits
  const row = admin.getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('sign-in paused until');
  await admin.getByRole('button', { name: `Unlock sign-in of ${email}` }).click();
  await expect(row.getByRole('status')).toHaveText('Unlocked: they can sign in again now.');
  await expect(row).not.toContainText('sign-in paused until');

  await tryPassword(stranger, email, 'the-real-users-password');
  await expect(stranger).toHaveURL(/\/home/);

  // The trail has the stranger's real address, not the one they forged.
  await admin.goto(`/admin/audit?actor=${encodeURIComponent(email)}&action=auth.sign-in`);
  await expect(admin.locator('tbody tr').first()).toContainText('::1');
  for (const p of [admin, stranger, user]) await p.context().close();
});
