import { expect, test, type Page } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

/*
 * Every market form in each variant a person can choose, through the real UI, checking what the
 * page shows after saving: scenarios (full merger; transfer exact; transfer ranged; a transfer
 * beyond the seller's holding), clusters (optional bounds blank; everything filled), and what
 * people really type (amounts with units, other scripts). One sign-in for the whole file.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let page: Page;
let market: string;

test.beforeAll(async ({ browser }) => {
  page = await personPage(browser, 'counsel@demo.example');
  market = `${await demoCaseUrl(page)}/market`;
});
// The demo market re-runs every scenario's Monte Carlo on each view: leave it as the other specs expect.
test.afterAll(async () => {
  page.on('dialog', (d) => d.accept());
  await page.goto(market);
  for (;;) {
    const remove = page.getByRole('button', { name: /^Remove scenario .*\(e2e\)$/ }).first();
    if (!(await remove.count())) break;
    const before = await page.getByRole('button', { name: /^Remove scenario / }).count();
    await remove.click();
    await expect(page.getByRole('button', { name: /^Remove scenario / })).toHaveCount(before - 1);
  }
  await page.context().close();
});

const scenarioRows = () => page.locator('#scenarios').getByRole('row');

async function addScenario(fill: (form: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.goto(market);
  const details = page.locator('details', { has: page.getByText('Add a scenario', { exact: true }) });
  if (!(await details.getAttribute('open'))) await details.locator('summary').click();
  const form = page.getByRole('form', { name: 'Add scenario' });
  await fill(form);
  await form.getByRole('button', { name: 'Add scenario' }).click();
  return form;
}

test('a full merger is added from the form and the seeded one re-saves unchanged', async () => {
  await addScenario(async (form) => {
    await form.getByLabel('Scenario name').fill('Merger: Meta + OpenAI (e2e)');
    await form.getByLabel('Kind').selectOption({ label: 'Full merger of two firms' });
    await expect(form.getByLabel('Number, central')).toHaveCount(0);
    await form.getByLabel('Target').selectOption({ label: 'Meta' });
    await form.getByLabel('Acquirer').selectOption({ label: 'OpenAI' });
  });
  await expect(scenarioRows().filter({ hasText: 'Merger: Meta + OpenAI (e2e)' })).toContainText('Meta merges into OpenAI');

  await page.getByRole('button', { name: 'Edit scenario For comparison: full merger of xAI and Anthropic' }).click();
  const edit = page.getByRole('form', { name: 'Save scenario' });
  await edit.getByRole('button', { name: 'Save scenario' }).click();
  await expect(edit).toHaveCount(0);
  await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
  await expect(scenarioRows().filter({ hasText: 'For comparison: full merger of xAI and Anthropic' })).toContainText('xAI merges into Anthropic');
});

test('a transfer with blank bounds is an exact number; a ranged one keeps its range', async () => {
  await addScenario(async (form) => {
    await form.getByLabel('Scenario name').fill('Сделка 交易: exact (e2e)');
    await form.getByLabel('From (transferring firm)').selectOption({ label: 'Meta' });
    await form.getByLabel('To (receiving firm)').selectOption({ label: 'OpenAI' });
    await form.getByLabel('Accelerator transferred').selectOption({ label: 'NVIDIA H100 SXM' });
    await form.getByLabel('Number, central').fill('20,000');
  });
  await expect(scenarioRows().filter({ hasText: 'Сделка 交易: exact (e2e)' })).toContainText('20,000 NVIDIA H100 SXM from Meta to OpenAI');

  await addScenario(async (form) => {
    await form.getByLabel('Scenario name').fill('Ranged sale (e2e)');
    await form.getByLabel('From (transferring firm)').selectOption({ label: 'OpenAI' });
    await form.getByLabel('To (receiving firm)').selectOption({ label: 'Meta' });
    await form.getByLabel('Accelerator transferred').selectOption({ label: 'NVIDIA H100 SXM' });
    await form.getByLabel('Number, low').fill('200000');
    await form.getByLabel('Number, central').fill('250,000');
    await form.getByLabel('Number, high').fill('300,000');
  });
  await expect(scenarioRows().filter({ hasText: 'Ranged sale (e2e)' })).toContainText('200,000 – 300,000 (central 250,000) NVIDIA H100 SXM from OpenAI to Meta');
});

test('a transfer beyond what the seller holds is refused at the field, naming the holding', async () => {
  const form = await addScenario(async (f) => {
    await f.getByLabel('Scenario name').fill('Too many (e2e)');
    await f.getByLabel('From (transferring firm)').selectOption({ label: 'xAI' });
    await f.getByLabel('To (receiving firm)').selectOption({ label: 'Anthropic' });
    await f.getByLabel('Accelerator transferred').selectOption({ label: 'NVIDIA H100 SXM' });
    await f.getByLabel('Number, low').fill('50,000');
    await f.getByLabel('Number, central').fill('90,000');
    await f.getByLabel('Number, high').fill('150,000');
  });
  await expect(form.getByText('More than the seller has: xAI holds 100,000 NVIDIA H100 SXM in operational clusters, and the high figure moves 150,000.')).toBeVisible();
  await expect(form.getByLabel('Number, high')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'artifacts/forms/scenario-beyond-holding.png', fullPage: false });
  await page.goto(market);
  await expect(scenarioRows().filter({ hasText: 'Too many (e2e)' })).toHaveCount(0);
});

test('hostile counts are refused with the reason, at the field', async () => {
  const form = await addScenario(async (f) => {
    await f.getByLabel('Scenario name').fill('Typed like a memo (e2e)');
    await f.getByLabel('Accelerator transferred').selectOption({ label: 'NVIDIA H100 SXM' });
    await f.getByLabel('Number, low').fill('8,4 Mrd.');
    await f.getByLabel('Number, central').fill('USD8,400m');
    await f.getByLabel('Number, high').fill('٣٠٠');
  });
  for (const field of ['Number, low', 'Number, central', 'Number, high']) await expect(form.getByLabel(field)).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Enter a whole number (digits only, e.g. 40000 or 40,000).').first()).toBeVisible();
  await page.screenshot({ path: 'artifacts/forms/scenario-hostile.png' });
});

async function addCluster(fill: (form: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.goto(`${market}#clusters`);
  await page.locator('summary', { hasText: 'Add a cluster' }).click();
  const form = page.getByRole('form', { name: 'Add cluster' });
  await fill(form);
  await form.getByRole('button', { name: 'Add cluster' }).click();
  return form;
}

test('a cluster with its optional bounds and text left blank is saved as exact', async () => {
  await addCluster(async (form) => {
    await form.getByLabel('Firm').selectOption({ label: 'Meta' });
    await form.getByLabel('Cluster name').fill('Prineville (e2e)');
    await form.getByLabel('Accelerator').selectOption({ label: 'NVIDIA H100 SXM' });
    await form.getByLabel('Count, central').fill('6,000');
    await form.getByLabel('As of').fill('2025-06-30');
  });
  const row = page.locator('#clusters').getByRole('row').filter({ hasText: 'Prineville (e2e)' });
  await expect(row).toContainText('6,000');
  await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
});

test('a cluster with every field filled keeps each of them', async () => {
  await addCluster(async (form) => {
    await form.getByLabel('Firm').selectOption({ label: 'Anthropic' });
    await form.getByLabel('Cluster name').fill('Schätzung — München (e2e)');
    await form.getByLabel('Site').fill('München, Bayern');
    await form.getByLabel('Accelerator').selectOption({ label: 'NVIDIA H100 SXM' });
    await form.getByLabel('Count, low').fill('5,000');
    await form.getByLabel('Count, central').fill('6000');
    await form.getByLabel('Count, high').fill('7,500');
    await form.getByLabel('Status').selectOption({ label: 'Planned' });
    await form.getByLabel('As of').fill('2026-01-31');
    await form.getByLabel('Source').fill('Pressebericht, 31.01.2026');
  });
  const row = page.locator('#clusters').getByRole('row').filter({ hasText: 'Schätzung — München (e2e)' });
  for (const text of ['München, Bayern', '5,000', '6,000', '7,500', 'Planned']) await expect(row).toContainText(text);
});
