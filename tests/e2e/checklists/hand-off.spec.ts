import { expect, test, type Page } from '@playwright/test';
import { adminCreatesUser, demoCaseUrl, firstSignIn, personPage } from '../../fixtures/e2e';

const ITEM = 'EU-wide turnover and turnover by Member State';
const CARL = { email: 'carl.colleague@demo.example', name: 'Carl Colleague', role: 'counsel' };

async function saveAnswer(page: Page, text: string) {
  const form = page.getByRole('form', { name: 'Answer' });
  await form.getByLabel('Answer and notes').fill(text);
  await form.getByRole('button', { name: 'Save answer' }).click();
  return form.getByRole('status');
}

test('a hand-off cannot turn the author of an answer into its approver; a lapse shows what changed and is listed as re-review', async ({ browser }) => {
  test.setTimeout(150_000);
  // Counsel adds a colleague to the case.
  const oneTime = await adminCreatesUser(browser, CARL);
  const carl = await (await browser.newContext()).newPage();
  await firstSignIn(carl, CARL.email, oneTime, 'carl-colleague-passphrase-2026');
  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);
  await counsel.getByLabel('Add a member by email').fill(CARL.email);
  await counsel.getByRole('button', { name: 'Add member' }).click();
  await expect(counsel.getByRole('cell', { name: CARL.name, exact: true })).toBeVisible();

  // Counsel writes the answer, hands the item to the colleague and marks it ready for review.
  await counsel.goto(`${caseUrl}/checklists`);
  await counsel.getByRole('link', { name: 'EU Form CO — Colossus' }).click();
  await counsel.getByRole('link', { name: ITEM }).click();
  await counsel.waitForURL(/\/items\/[0-9a-f-]{36}$/);
  const itemUrl = new URL(counsel.url()).pathname;
  await expect(await saveAnswer(counsel, 'Parties’ EU-wide turnover 2025: EUR 4.1bn (xAI), EUR 2.9bn (Anthropic).')).toHaveText('Saved.');
  await counsel.getByLabel('Preparer').selectOption({ label: `${CARL.name} (counsel)` });
  await counsel.getByLabel('Reviewer').selectOption({ label: 'Rafael Reviewer (reviewer)' });
  await counsel.getByRole('button', { name: 'Save assignment' }).click();
  await expect(counsel.getByText('Assignment saved.')).toBeVisible();
  await counsel.getByRole('button', { name: 'Mark ready for review' }).click();
  await expect(counsel.getByText('Sent for review.')).toBeVisible();

  // The colleague attaches a three-byte file.
  await carl.goto(itemUrl);
  await carl.getByLabel('Attach evidence').setInputFiles({ name: 'ack.txt', mimeType: 'text/plain', buffer: Buffer.from('ack') });
  await carl.getByRole('button', { name: 'Upload' }).click();
  await expect(carl.getByRole('status').filter({ hasText: 'SHA-256' })).toBeVisible();
  await expect(carl.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(carl.getByText('You prepared this item, so someone else must approve it.')).toBeVisible();

  // Counsel reloads: no Approve, told why, and the contributors are named.
  await counsel.reload();
  await expect(counsel.getByLabel('Contributors')).toHaveText(/Clara Counsel, Carl Colleague/);
  await expect(counsel.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(counsel.getByText(/You contributed to this item since it was last approved/)).toBeVisible();
  await expect(counsel.getByText(/Approved by Clara Counsel/)).toHaveCount(0);

  // The reviewer, who wrote nothing, approves.
  const reviewer = await personPage(browser, 'reviewer@demo.example');
  await reviewer.goto(itemUrl);
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer.getByText(/Approved by Rafael Reviewer on/)).toBeVisible();

  // Counsel corrects a figure: the approval lapses and the item shows exactly what changed.
  await counsel.goto(itemUrl);
  await expect(await saveAnswer(counsel, 'Parties’ EU-wide turnover 2025: EUR 4.3bn (xAI), EUR 2.9bn (Anthropic).')).toHaveText('Saved. The approval lapsed: the item is back with the reviewer.');
  const since = counsel.getByRole('region', { name: 'Changed since Rafael Reviewer’s approval' });
  await expect(since.locator('del')).toHaveText('4.1bn');
  await expect(since.locator('ins')).toHaveText('4.3bn');
  await expect(counsel.getByText('Approval lapsed — re-review').first()).toBeVisible();

  // Lists show re-review: the checklist table, its filter, and the reviewer's home list.
  await reviewer.goto(`${caseUrl}/checklists`);
  await reviewer.getByRole('link', { name: 'EU Form CO — Colossus' }).click();
  await reviewer.getByRole('link', { name: 'Approval lapsed — re-review' }).click();
  const row = reviewer.getByRole('row').filter({ hasText: ITEM });
  await expect(row).toContainText('Approval lapsed — re-review');
  await expect(reviewer.getByRole('row').filter({ hasText: 'Ready for review' })).toHaveCount(0);
  await reviewer.goto('/home');
  const mine = reviewer.getByRole('region', { name: 'Your checklist items' }).getByRole('row').filter({ hasText: ITEM });
  await expect(mine).toContainText('Re-review');
  await expect(mine).toContainText('Approval lapsed — re-review');
});
