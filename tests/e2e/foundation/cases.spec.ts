import { expect, test } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

test('counsel creates a case, adds parties in several scripts and edits it', async ({ browser }) => {
  const page = await personPage(browser, 'counsel@demo.example');
  await page.goto('/cases/new');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByText('Case name is required.')).toBeVisible();
  await page.getByLabel('Case name').fill('Project Helios: Ανθρωπική ← 深度求索');
  await page.getByLabel('Codename').fill('HELIOS');
  await page.getByLabel('Deal type').selectOption('merger');
  await page.getByLabel('Estimated value, low (millions)').fill('900');
  await page.getByLabel('Estimated value, high (millions)').fill('800');
  await page.getByLabel('Long-stop date').fill('2027-03-31');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByText('The high estimate must not be below the low estimate.')).toBeVisible();
  await page.getByLabel('Estimated value, high (millions)').fill('1100');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Project Helios: Ανθρωπική ← 深度求索');

  await page.getByRole('button', { name: 'Add a party' }).click();
  for (const [name, role] of [
    ['ООО Колосс', 'target'],
    ['<script>alert(1)</script>', 'other'],
  ]) {
    await page.getByLabel('Party name').fill(name);
    await page.getByLabel('Role').selectOption(role);
    await page.getByRole('button', { name: 'Add party' }).click();
    if (name.startsWith('<')) await expect(page.getByText('Party name may not contain script tags.')).toBeVisible();
    else await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  }

  // Removing asks first: dismissing keeps the party, accepting removes it.
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Remove ООО Колосс' }).click();
  await expect(page.getByRole('cell', { name: 'ООО Колосс', exact: true })).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Remove ООО Колосс' }).click();
  await expect(page.getByRole('cell', { name: 'ООО Колосс', exact: true })).toHaveCount(0);

  await page.getByRole('link', { name: 'Edit details' }).click();
  await page.getByLabel('Status').selectOption('under-review');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('p', { hasText: 'HELIOS' }).getByText('Under review')).toBeVisible();
  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('cell', { name: 'case.update' })).toBeVisible();
});

test('a conflicting edit is refused and neither side loses input', async ({ browser }) => {
  const a = await personPage(browser, 'counsel@demo.example');
  const url = await demoCaseUrl(a);
  const b = await personPage(browser, 'counsel@demo.example');
  await a.goto(`${url}/edit`);
  await b.goto(`${url}/edit`);
  const mine = 'Description written in window A';
  const theirs = 'Description written in window B';
  await a.getByLabel('Description').fill(mine);
  await b.getByLabel('Description').fill(theirs);
  await a.getByRole('button', { name: 'Save changes' }).click();
  await expect(a).toHaveURL(new RegExp(`${url}$`));
  await expect(a.getByText(mine)).toBeVisible();

  await b.getByRole('button', { name: 'Save changes' }).click();
  const alert = b.locator('.conflict');
  await expect(alert).toContainText('Not saved.');
  await expect(alert).toContainText('Clara Counsel');
  await expect(alert).toContainText(mine);
  await expect(b.getByLabel('Description')).toHaveValue(theirs);

  await b.getByRole('button', { name: 'Keep my input and edit over their version' }).click();
  await b.getByRole('button', { name: 'Save changes' }).click();
  await expect(b).toHaveURL(new RegExp(`${url}$`));
  await expect(b.getByText(theirs)).toBeVisible();
});

test('the auditor sees no edit controls and a direct POST of the edit action is refused', async ({ browser }) => {
  const counsel = await personPage(browser, 'counsel@demo.example');
  const url = await demoCaseUrl(counsel);
  await counsel.goto(`${url}/edit`);
  // Capture the edit action's id and body as counsel's browser sends them.
  const requestPromise = counsel.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await counsel.getByRole('button', { name: 'Save changes' }).click();
  const captured = await requestPromise;
  await expect(counsel).toHaveURL(new RegExp(`${url}$`));

  const auditor = await personPage(browser, 'auditor@demo.example');
  await auditor.goto(url);
  await expect(auditor.getByRole('heading', { level: 1 })).toContainText('Colossus');
  for (const name of ['Edit details', 'Archive case', 'Add a party', 'Add party', 'Add member', 'Edit', 'Remove']) {
    await expect(auditor.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(auditor.getByRole('link', { name, exact: true })).toHaveCount(0);
  }
  expect((await auditor.goto(`${url}/edit`))?.status()).toBe(404);

  const forged = (captured.postData() ?? '').replace(/"name":"[^"]*"/, '"name":"Forged by auditor"');
  const res = await auditor.request.post(url, {
    headers: { 'Next-Action': captured.headers()['next-action'], 'Content-Type': captured.headers()['content-type'] ?? 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
    data: forged,
  });
  expect(await res.text()).toContain('Auditors have read-only access');
  await counsel.reload();
  await expect(counsel.getByRole('heading', { level: 1 })).not.toContainText('Forged');
});
