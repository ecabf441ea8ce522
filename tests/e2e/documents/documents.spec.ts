import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_CASE, demoCaseUrl, personPage } from '../../fixtures/e2e';
import { readZip } from './read-zip';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function generate(page: Page, kind: string, edition: 'Confidential' | 'Non-confidential') {
  await page.getByLabel('Document', { exact: true }).selectOption({ label: kind });
  await page.getByRole('radio', { name: new RegExp(`^${edition}`) }).check();
  await page.getByRole('button', { name: 'Generate PDF' }).click();
  const notice = page.locator('.notice', { hasText: 'registered as' }).filter({ hasText: kind });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  return notice;
}

test('counsel generates the Form CO draft for the demo case and downloads it', async ({ browser }) => {
  const page = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(page);
  await page.getByRole('link', { name: 'Documents' }).click();
  await expect(page).toHaveURL(`${caseUrl}/documents`);
  await expect(page.getByText('No document has been generated for this case yet.')).toBeVisible();

  // The form refuses an annex without a saved analysis, at the field, before anything is queued.
  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Concentration analysis annex' });
  // The demo seeds one saved analysis of the deal; leave it out to see the refusal.
  for (const box of await page.getByRole('group', { name: /Saved analyses/ }).getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Generate PDF' }).click();
  await expect(page.getByText('Choose at least one saved analysis for the annex.')).toBeVisible();

  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'EU Form CO draft' });
  const notice = await generate(page, 'EU Form CO draft', 'Confidential');
  await expect(notice).toContainText('COLOSSUS-FCO-C-v1');
  const row = page.getByRole('table', { name: 'Current documents' }).getByRole('row', { name: /COLOSSUS-FCO-C-v1/ });
  await expect(row).toBeVisible();
  const shown = (await row.locator('code').textContent())!.trim();

  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('link', { name: 'Download it' }).click()]);
  expect(download.suggestedFilename()).toBe('COLOSSUS-FCO-C-v1.pdf');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(sha256(bytes)).toBe(shown);

  // A second generation is a new version; the first stays listed.
  await generate(page, 'EU Form CO draft', 'Confidential');
  await expect(page.getByRole('table', { name: 'All registered versions' }).getByRole('row', { name: /COLOSSUS-FCO-C-v[12]/ })).toHaveCount(2);
});

test('the auditor downloads the auditor package and its manifest’s hashes match the files', async ({ browser }) => {
  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);
  await counsel.goto(`${caseUrl}/documents`);
  // The non-confidential edition needs counsel's marks first (confidentiality.spec.ts); the package is the same either way.
  await generate(counsel, 'HSR filing summary', 'Confidential');

  const auditor = await personPage(browser, 'auditor@demo.example');
  await auditor.goto(`${caseUrl}/documents`);
  await expect(auditor.getByRole('button', { name: 'Generate PDF' })).toHaveCount(0);
  const [download] = await Promise.all([auditor.waitForEvent('download'), auditor.getByRole('link', { name: 'Download the auditor package (ZIP)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^COLOSSUS-auditor-package-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = readZip(readFileSync((await download.path())!));
  const root = download.suggestedFilename().replace(/\.zip$/, '');
  const sums = files.get(`${root}/manifest.sha256`)!.toString('utf8').trim().split('\n');
  expect(sums.length).toBeGreaterThan(8);
  for (const line of sums) {
    const [, hash, path] = /^([0-9a-f]{64}) {2}(.+)$/.exec(line)!;
    expect(files.has(`${root}/${path}`), path).toBe(true);
    expect(sha256(files.get(`${root}/${path}`)!), path).toBe(hash);
  }
  const manifest = JSON.parse(files.get(`${root}/manifest.json`)!.toString('utf8'));
  expect(manifest.case.name).toBe(DEMO_CASE);
  expect(manifest.auditChain.ok).toBe(true);
  const pdfPath = manifest.files.find((f: { path: string }) => f.path.startsWith('documents/') && f.path.includes('-HSR-C-')).path;
  expect(files.get(`${root}/README.txt`)!.toString('utf8')).toContain('node audit/verify-chain.mjs audit/audit-events.json');

  // The packaged PDF is a registered version; one changed byte is not.
  const pdf = files.get(`${root}/${pdfPath}`)!;
  await auditor.goto('/verify');
  await auditor.getByLabel('PDF file', { exact: true }).setInputFiles({ name: 'summary.pdf', mimeType: 'application/pdf', buffer: pdf });
  await auditor.getByRole('button', { name: 'Verify file' }).click();
  await expect(auditor.getByRole('status')).toContainText('Version 1 of the HSR filing summary (confidential) of case Colossus compute transfer');
  const tampered = Buffer.from(pdf);
  tampered[tampered.length >> 1] ^= 1;
  await auditor.getByLabel('PDF file', { exact: true }).setInputFiles({ name: 'summary.pdf', mimeType: 'application/pdf', buffer: tampered });
  await auditor.getByRole('button', { name: 'Verify file' }).click();
  await expect(auditor.getByRole('status')).toContainText('No document you can access matches.');

  // Walled off: the same hash tells a non-member nothing, and the download is a 404.
  const outsider = await personPage(browser, 'counsel2@demo.example');
  await outsider.goto('/verify');
  await outsider.getByLabel('SHA-256', { exact: true }).fill(sha256(pdf));
  await outsider.getByRole('button', { name: 'Verify hash' }).click();
  await expect(outsider.getByRole('status')).toContainText('No document you can access matches.');
  const caseId = caseUrl.split('/').pop();
  expect((await outsider.request.get(`/api/cases/${caseId}/exports/auditor-package`)).status()).toBe(404);
});
