import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expectAccessible } from '../../fixtures/axe';
import { adminCreatesUser, firstSignIn, personPage } from '../../fixtures/e2e';

const codeAt = (secret: string, offsetSteps = 0) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });

// The app accepts each 30-second step once and one step of drift: like a person, the test waits for
// a step it has not used yet (the next one), which at most takes one period.
let lastStep = -1;
async function nextCode(page: Page, secret: string) {
  for (;;) {
    const step = Math.floor(Date.now() / 30_000) + 1;
    if (step > lastStep) {
      lastStep = step;
      return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: step * 30_000 });
    }
    await page.waitForTimeout(1000);
  }
}

async function enrol(page: Page, checkAccessibility = false) {
  if (checkAccessibility) await expectAccessible(page, 'two-step sign-in, off');
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  if (checkAccessibility) await expectAccessible(page, 'two-step sign-in, set-up');
  const secret = (await page.getByLabel('Set-up key').textContent())!.trim();
  await page.getByLabel('Code from the app').fill(await nextCode(page, secret));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  const items = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(items).toHaveCount(10);
  const recoveryCodes = (await items.allTextContents()).map((c) => c.trim());
  await page.getByRole('button', { name: 'I have saved them' }).click();
  return { secret, recoveryCodes };
}

async function signInWith(page: Page, email: string, password: string, code: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#sign-in-error')).toHaveText('Enter the code from your authenticator app.');
  await page.getByLabel('Authentication code').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('two-step sign-in: set up from the QR key, then signing in asks for a code', async ({ browser }) => {
  test.setTimeout(240_000);
  const email = `mfa-${Date.now()}@demo.example`;
  const oneTime = await adminCreatesUser(browser, { email, name: 'Two Step', role: 'counsel' });
  const page = await (await browser.newContext()).newPage();
  await firstSignIn(page, email, oneTime, 'two-step-password-1');
  await page.goto('/account/mfa');
  const { secret, recoveryCodes } = await enrol(page, true);
  await expect(page).toHaveURL(/\/home/);

  // Re-verification: this session signed in before two-step sign-in was on, so the auditor package
  // (a sensitive act) asks for a current code first, and the download route refuses until then.
  await page.goto('/cases/new');
  await page.getByLabel('Case name').fill(`Two-step check ${Date.now()}`);
  await page.getByLabel('Codename').fill('TWOSTEP');
  await page.getByLabel('Deal type').selectOption('merger');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseId = new URL(page.url()).pathname.split('/')[2];
  const packageUrl = `/api/cases/${caseId}/exports/auditor-package`;
  expect((await page.request.get(packageUrl)).status()).toBe(403);
  await page.goto(`/cases/${caseId}/documents`);
  await expect(page.getByRole('link', { name: 'Download the auditor package (ZIP)' })).toHaveCount(0);
  const confirm = page.getByRole('form', { name: 'Confirm to download the auditor package' });
  await expectAccessible(page, 'documents, asking for a code');
  await confirm.getByLabel('Code from the app').fill('12');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm.getByText('That code is not correct.', { exact: false }).first()).toBeVisible();
  await confirm.getByLabel('Code from the app').fill(await nextCode(page, secret));
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('link', { name: 'Download the auditor package (ZIP)' })).toBeVisible();
  const zip = await page.request.get(packageUrl);
  expect(zip.status()).toBe(200);
  expect(zip.headers()['content-type']).toContain('application/zip');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('two-step-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#sign-in-error')).toHaveText('Enter the code from your authenticator app.');
  await page.getByLabel('Authentication code').fill([-1, 0, 1].some((d) => codeAt(secret, d) === '000000') ? '111111' : '000000');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#sign-in-error')).toHaveText('That code is not correct.');
  await page.getByLabel('Authentication code').fill(await nextCode(page, secret));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/home/);

  // A recovery code signs in once; the second time it is refused.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInWith(page, email, 'two-step-password-1', recoveryCodes[0]);
  await expect(page).toHaveURL(/\/home/);
  await page.goto('/account/mfa');
  await expect(page.getByText('Recovery codes left: 9.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInWith(page, email, 'two-step-password-1', recoveryCodes[0]);
  await expect(page.locator('#sign-in-error')).toHaveText('That code is not correct.');
  await page.goto('/home');
  await expect(page).toHaveURL(/sign-in/);
  await page.context().close();
});

test('an administrator requires two-step sign-in for a role: its people must set it up before anything else', async ({ browser }) => {
  test.setTimeout(180_000);
  const email = `mfa-required-${Date.now()}@demo.example`;
  const oneTime = await adminCreatesUser(browser, { email, name: 'Must Enrol', role: 'auditor' });
  const admin = await personPage(browser, 'admin@demo.example');
  const setAuditorRequired = async (on: boolean) => {
    await admin.goto('/admin/users');
    const box = admin.getByRole('checkbox', { name: 'Auditor' });
    if (on) await box.check();
    else await box.uncheck();
    await admin.getByRole('group', { name: 'Require two-step sign-in for' }).locator('..').getByRole('button', { name: 'Save' }).click();
    await expect(admin.getByText('Saved.')).toBeVisible();
  };
  await setAuditorRequired(true);
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(oneTime);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/account\/password/);
    await page.getByLabel('Current password').fill(oneTime);
    await page.getByLabel('New password', { exact: true }).fill('must-enrol-password-1');
    await page.getByLabel('Repeat the new password').fill('must-enrol-password-1');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('must-enrol-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/account\/mfa\?required=1/);
    await page.goto('/cases');
    await expect(page).toHaveURL(/account\/mfa\?required=1/);
    await enrol(page);
    await page.goto('/cases');
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
    await page.context().close();
  } finally {
    await setAuditorRequired(false);
    await admin.context().close();
  }
});
