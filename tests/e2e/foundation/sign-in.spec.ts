import { expect, test } from '@playwright/test';
import { adminCreatesUser, demoCaseUrl, firstSignIn, personPage, signIn, DEMO_CASE } from '../../fixtures/e2e';

test('each demo role signs in and sees its name and role', async ({ page }) => {
  for (const [email, role] of [
    ['admin@demo.example', 'Administrator'],
    ['counsel@demo.example', 'Counsel'],
    ['reviewer@demo.example', 'Reviewer'],
    ['auditor@demo.example', 'Auditor'],
    ['counsel2@demo.example', 'Counsel'],
  ]) {
    await signIn(page, email);
    await expect(page.locator('header')).toContainText(role);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/sign-in/);
  }
});

test('a wrong password gets a plain refusal', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('counsel@demo.example');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#sign-in-error')).toHaveText('The email or password is not correct.');
});

test('counsel outside the ethical wall gets 404 at the demo case', async ({ browser }) => {
  const member = await personPage(browser, 'counsel@demo.example');
  const url = await demoCaseUrl(member);
  const outsider = await personPage(browser, 'counsel2@demo.example');
  await outsider.goto('/cases');
  await expect(outsider.getByRole('link', { name: DEMO_CASE })).toHaveCount(0);
  const res = await outsider.goto(url);
  expect(res?.status()).toBe(404);
  expect((await outsider.goto(`${url}/activity`))?.status()).toBe(404);
  expect((await outsider.goto(`${url}/edit`))?.status()).toBe(404);
});

test('a disabled user is out at their next request', async ({ browser }) => {
  const email = `leaver-${Date.now()}@demo.example`;
  const oneTime = await adminCreatesUser(browser, { email, name: 'Leaving Lawyer', role: 'counsel' });
  const leaver = await (await browser.newContext()).newPage();
  await firstSignIn(leaver, email, oneTime, 'a-long-new-password-1');
  await leaver.goto('/cases');
  await expect(leaver.getByRole('heading', { name: 'Cases' })).toBeVisible();

  const admin = await personPage(browser, 'admin@demo.example');
  await admin.goto('/admin/users');
  await admin.getByRole('button', { name: `Disable ${email}` }).click();
  await expect(admin.getByRole('row', { name: new RegExp(email) })).toContainText('disabled');

  await leaver.goto('/cases');
  await expect(leaver).toHaveURL(/sign-in/);
});

test('a deep link opened signed out returns to that page after sign-in', async ({ browser }) => {
  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);
  await counsel.context().close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${caseUrl}/reviews`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel('Email').fill('counsel@demo.example');
  await page.getByLabel('Password').fill('merger-review-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}/reviews$`));
  await context.close();
});

test('a forged or ended session gets no further than sign-in, and signing in again returns to the page', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'authjs.session-token', value: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged', url: baseURL! }]);
  const page = await context.newPage();
  await page.goto('/cases?status=pre-filing');
  await expect(page).toHaveURL(/\/sign-in\?expired=1&callbackUrl=%2Fcases%3Fstatus%3Dpre-filing$/);
  await expect(page.getByRole('status')).toContainText('Your session has ended');
  await expect(page.getByRole('link', { name: DEMO_CASE })).toHaveCount(0);
  // Signing in again returns to the page the ended session was on.
  await page.getByLabel('Email').fill('counsel@demo.example');
  await page.getByLabel('Password').fill('merger-review-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/cases\?status=pre-filing$/);
  await expect(page.getByRole('link', { name: DEMO_CASE })).toBeVisible();
  await context.close();
});
