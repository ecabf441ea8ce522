import { expect, test } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

const ITEM = 'Transaction rationale narrative';
const pdf = (n: number) => Buffer.from(`%PDF-1.4\n% revision ${n}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

test('a past due date needs the tick, is recorded as confirmed; evidence revisions download under their own names', async ({ browser }) => {
  test.setTimeout(120_000);
  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);
  await counsel.goto(`${caseUrl}/checklists`);
  await counsel.getByLabel('Template', { exact: true }).selectOption({ label: 'HSR notification — acquiring person (v1)' });
  await counsel.getByLabel('Checklist name').fill('Due dates and downloads (e2e)');
  await counsel.getByRole('button', { name: 'Create checklist' }).click();
  await expect(counsel.getByRole('heading', { name: 'Due dates and downloads (e2e)' })).toBeVisible();
  await counsel.getByRole('link', { name: ITEM }).click();
  await counsel.waitForURL(/\/items\/[0-9a-f-]{36}$/);

  // 2020-01-01 without the tick: refused next to the date, nothing saved.
  const form = counsel.getByRole('form', { name: 'Assignment' });
  await form.getByLabel('Due date', { exact: true }).fill('2020-01-01');
  const tick = form.getByLabel(/Yes, the due date is in the past/);
  await expect(tick).not.toBeChecked();
  await form.getByRole('button', { name: 'Save assignment' }).click();
  await expect(form.getByText(/already passed, so the item would be overdue at once/)).toBeVisible();
  await expect(counsel.getByText('Assignment saved.')).toHaveCount(0);
  await counsel.reload();
  await expect(form.getByLabel('Due date', { exact: true })).toHaveValue('');

  // With the tick it is saved, and a later date needs no tick at all.
  await form.getByLabel('Due date', { exact: true }).fill('2020-01-01');
  await tick.check();
  await form.getByRole('button', { name: 'Save assignment' }).click();
  await expect(counsel.getByText('Assignment saved.')).toBeVisible();
  await counsel.reload();
  await expect(form.getByLabel('Due date', { exact: true })).toHaveValue('2020-01-01');
  await form.getByLabel('Due date', { exact: true }).fill('2099-06-30');
  await expect(tick).toHaveCount(0);

  // Two revisions of one document, each downloaded under its own name.
  const upload = counsel.getByLabel('Attach evidence');
  for (const n of [1, 2]) {
    await upload.setInputFiles({ name: 'Board deck.pdf', mimeType: 'application/pdf', buffer: pdf(n) });
    await counsel.getByRole('button', { name: 'Upload' }).click();
    await expect(counsel.getByRole('status').filter({ hasText: `Uploaded Board deck.pdf (revision ${n})` })).toBeVisible();
  }
  const files = counsel.getByRole('list', { name: 'Evidence files' });
  // The list is refreshed after the upload message: wait until it shows the earlier revision.
  await expect(files.getByText('1 earlier revision')).toBeVisible();
  const current = counsel.waitForEvent('download');
  await files.getByRole('link', { name: 'Board deck.pdf' }).click();
  expect((await current).suggestedFilename()).toBe('Board deck (rev 2).pdf');
  await files.getByText('1 earlier revision').click();
  const first = counsel.waitForEvent('download');
  await files.getByRole('link', { name: 'Revision 1' }).click();
  expect((await first).suggestedFilename()).toBe('Board deck.pdf');

  // Activity names the person and shows the confirmation.
  await counsel.goto(`${caseUrl}/activity?action=checklist-item.assign`);
  const row = counsel.getByRole('row').filter({ hasText: 'checklist-item.assign' }).first();
  await expect(row.getByRole('cell', { name: /Clara Counsel/ })).toBeVisible();
  await row.getByText('Show').click();
  await expect(row.getByText('"pastDueConfirmed": true')).toBeVisible();
});
