import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

const DEMO_CSV = fs.readFileSync(path.join(process.cwd(), 'lib', 'seed', 'data', 'demo-market.csv'));
const BROKEN_CSV = Buffer.from(
  [
    'firm,cluster,site,accelerator,count_low,count_central,count_high,status,as_of,source',
    'xAI,Colossus phase 1,"Memphis, Tennessee, US",NVIDIA H100 SXM,100000,100000,100000,operational,2024-09-30,ok',
    'xAI,Colossus expansion,Memphis,NVIDIA H200 SXM,50000,-5,100000,operational,2025-03-31,typo',
  ].join('\n'),
);

test('counsel imports the demo CSV into a new market, is stopped by a broken file, and sees the verdicts of the transfer', async ({ browser }) => {
  const page = await personPage(browser, 'counsel@demo.example');
  await demoCaseUrl(page);
  await page.getByRole('link', { name: 'Market', exact: true }).click();
  await page.getByRole('link', { name: '+ New market' }).click();
  await page.getByLabel('Market name').fill('Frontier training compute (e2e)');
  await page.getByLabel('As of').fill('2025-10-31');
  await page.getByRole('button', { name: 'Create market' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Frontier training compute (e2e)' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'The market has no holdings' })).toBeVisible();

  await page.getByRole('link', { name: 'Import clusters (CSV)' }).click();
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: BROKEN_CSV });
  await page.getByRole('button', { name: 'Check file' }).click();
  await expect(page.getByRole('heading', { name: /1 problem in broken\.csv\. Nothing was saved\./ })).toBeVisible();
  const row = page.getByRole('row', { name: /count_central/ });
  await expect(row.getByRole('cell').first()).toHaveText('3');
  await expect(row).toContainText('A count cannot be negative.');
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);

  await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'demo-market.csv', mimeType: 'text/csv', buffer: DEMO_CSV });
  await page.getByRole('button', { name: 'Check file' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All 11 rows are valid' })).toContainText('replace the market’s 0 clusters');
  await page.getByRole('button', { name: 'Import 11 clusters' }).click();
  await expect(page.getByText('Imported 11 clusters.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Clusters (11)' })).toBeVisible();

  // Filter the cluster table by firm.
  await page.getByLabel('Show firm').selectOption({ label: 'xAI' });
  await expect(page.getByText('2 of 11 clusters')).toBeVisible();

  // The deal as a transfer scenario; a number beyond the seller's fleet is refused at the field.
  const form = page.getByRole('form', { name: 'Add scenario' });
  await form.getByLabel('Scenario name').fill('xAI → Anthropic, 30–50k H100');
  await form.getByLabel('From (transferring firm)').selectOption({ label: 'xAI' });
  await form.getByLabel('To (receiving firm)').selectOption({ label: 'Anthropic' });
  await form.getByLabel('Accelerator transferred').selectOption({ label: 'NVIDIA H100 SXM' });
  await form.getByLabel('Number, low').fill('30,000');
  await form.getByLabel('Number, central').fill('40000');
  await form.getByLabel('Number, high').fill('-50000');
  await form.getByRole('button', { name: 'Add scenario' }).click();
  await expect(form.getByText('A count cannot be negative.')).toBeVisible();
  await form.getByLabel('Number, high').fill('50000');
  await form.getByRole('button', { name: 'Add scenario' }).click();

  const compare = page.getByRole('table', { name: 'Scenarios side by side' });
  await expect(compare.getByRole('columnheader', { name: /xAI → Anthropic, 30–50k H100/ })).toBeVisible();
  for (const verdict of ['Structural presumption not triggered', 'Unlikely to have adverse competitive effects', 'Within the safe harbour']) {
    await expect(compare.getByText(verdict)).toBeVisible();
  }
  await expect(page.getByRole('article', { name: /United States, DOJ\/FTC Merger Guidelines \(2023\): Structural presumption not triggered/ })).toBeVisible();
  // An asset deal is screened a second time with the transferred capacity treated as a firm (2·a·t).
  const asFirm = page.getByRole('region', { name: 'Screens with the transferred capacity treated as a firm' }).first();
  await expect(asFirm.getByRole('article', { name: /Merger Guidelines \(2023\), United States, transferred capacity treated as a firm: Structural presumption not triggered/ })).toBeVisible();
  await expect(page.getByText('ΔHHI, assets as a firm (2·a·t)').first()).toBeVisible();
  await expect(page.getByText('Withdrawn: superseded by the 2023 Merger Guidelines; for reference only').first()).toBeVisible();
  await page.getByText('How it was computed').first().click();
  await expect(page.getByText(/the transferred capacity \(NVIDIA H100 SXM from xAI\)/).first()).toBeVisible();
  await expect(page.getByRole('img', { name: 'Market shares before and after the scenario' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Distribution of ΔHHI over the Monte Carlo draws' })).toBeVisible();
});

test('the auditor reads a saved analysis and the market but has no control to change them', async ({ browser }) => {
  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);
  await counsel.goto(`${caseUrl}/market`);
  await counsel.getByLabel('Title').fill('Form CO §7 figures (e2e)');
  await counsel.getByRole('button', { name: 'Save analysis' }).click();
  await expect(counsel.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const auditor = await personPage(browser, 'auditor@demo.example');
  await auditor.goto(`${caseUrl}/market`);
  await expect(auditor.getByRole('heading', { name: 'Concentration analysis' })).toBeVisible();
  await expect(auditor.getByRole('link', { name: 'Export clusters (CSV)' })).toBeVisible();
  for (const name of ['Edit market', 'Import clusters (CSV)', '+ New market']) await expect(auditor.getByRole('link', { name })).toHaveCount(0);
  for (const name of [/^Edit/, /^Remove/, 'Save analysis', 'Add scenario', 'Add cluster', 'Add firm']) await expect(auditor.getByRole('button', { name })).toHaveCount(0);
  await expect(auditor.getByLabel('Title')).toHaveCount(0);

  await auditor.getByRole('link', { name: 'Form CO §7 figures (e2e)' }).click();
  await expect(auditor.getByRole('heading', { name: 'Form CO §7 figures (e2e)' })).toBeVisible();
  await expect(auditor.getByText('matches the stored inputs')).toBeVisible();
  await expect(auditor.getByRole('article', { name: /^European Union.*Within the safe harbour/ })).toBeVisible();
  await expect(auditor.locator('main').getByRole('button', { name: /Edit|Remove|Save|Delete|Import|Add/ })).toHaveCount(0);

  const marketUrl = new URL(auditor.url()).pathname.replace(/\/analyses\/.*/, '');
  expect((await auditor.goto(`${marketUrl}/new`))?.status()).toBe(404);
  const outsider = await personPage(browser, 'counsel2@demo.example');
  const res = await outsider.goto(auditor.url());
  expect(res?.status()).toBe(404);
});
