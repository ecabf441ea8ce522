import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

const ITEM = 'Transaction rationale narrative';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Saves the answer and returns the form's own status message. */
async function save(page: Page, answer: string) {
  const form = page.getByRole('form', { name: 'Answer' });
  await form.getByLabel('Answer and notes').fill(answer);
  await form.getByRole('button', { name: 'Save answer' }).click();
  return form.getByRole('status');
}

test('preparer and reviewer take an item through comments, changes, maker-checker sign-off and a lapse', async ({ browser }) => {
  test.setTimeout(120_000);
  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);

  // Counsel creates a checklist from a template and prepares one item.
  await counsel.goto(`${caseUrl}/checklists`);
  await counsel.getByLabel('Template', { exact: true }).selectOption({ label: 'HSR notification — acquiring person (v1)' });
  await counsel.getByLabel('Checklist name').fill('HSR — acquiring person (e2e)');
  await counsel.getByRole('button', { name: 'Create checklist' }).click();
  await expect(counsel.getByRole('heading', { name: 'HSR — acquiring person (e2e)' })).toBeVisible();
  await expect(counsel.getByRole('progressbar', { name: /Checklist progress: 0 of \d+ approved/ })).toBeVisible();
  await counsel.getByRole('link', { name: ITEM }).click();
  await counsel.waitForURL(/\/items\/[0-9a-f-]{36}$/);
  const itemUrl = new URL(counsel.url()).pathname;

  await counsel.getByLabel('Reviewer').selectOption({ label: 'Rafael Reviewer (reviewer)' });
  await counsel.getByRole('button', { name: 'Save assignment' }).click();
  await expect(counsel.getByText('Assignment saved.')).toBeVisible();
  await expect(await save(counsel, 'The transfer secures frontier-scale compute.\nSee https://example.com/rationale.')).toHaveText('Saved.');

  const upload = counsel.getByLabel('Attach evidence');
  await upload.setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 this is an executable') });
  await counsel.getByRole('button', { name: 'Upload' }).click();
  await expect(counsel.getByRole('alert').filter({ hasText: 'Windows executable' })).toBeVisible();
  await upload.setInputFiles({ name: 'rationale.pdf', mimeType: 'application/pdf', buffer: PDF });
  await counsel.getByRole('button', { name: 'Upload' }).click();
  const sha = createHash('sha256').update(PDF).digest('hex');
  await expect(counsel.getByRole('status').filter({ hasText: `SHA-256 ${sha}` })).toBeVisible();
  await expect(counsel.getByText(`SHA-256 ${sha}`).first()).toBeVisible();

  await counsel.getByRole('button', { name: 'Mark ready for review' }).click();
  await expect(counsel.getByText('Sent for review.')).toBeVisible();
  // Maker-checker: the preparer is offered no approval, and is told why.
  await expect(counsel.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(counsel.getByText('You prepared this item, so someone else must approve it.')).toBeVisible();

  // The reviewer finds the request in notifications, comments with an @mention and sends it back.
  const reviewer = await personPage(browser, 'reviewer@demo.example');
  reviewer.on('dialog', (d) => {
    throw new Error(`Unexpected dialog: ${d.message()}`);
  });
  await reviewer.goto('/notifications');
  await reviewer.getByRole('row', { name: /Review requested/ }).getByRole('link', { name: ITEM }).click();
  await expect(reviewer).toHaveURL(new RegExp(`${itemUrl}$`));
  const box = reviewer.getByLabel('New comment');
  await box.pressSequentially('Please cite the board deck, @Cla');
  const listbox = reviewer.getByRole('listbox', { name: 'Mention a case member' });
  await expect(listbox.getByRole('option', { name: /Clara Counsel/ })).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(box).toHaveValue('Please cite the board deck, @Clara Counsel ');
  await box.pressSequentially('thanks.');
  await reviewer.getByRole('button', { name: 'Post comment' }).click();
  await expect(reviewer.getByRole('article', { name: 'Comment by Rafael Reviewer' }).getByText('@Clara Counsel')).toBeVisible();
  await reviewer.getByLabel('New comment').fill('<script>alert("x")</script> stays text');
  await reviewer.getByRole('button', { name: 'Post comment' }).click();
  await expect(reviewer.getByText('<script>alert("x")</script> stays text')).toBeVisible();
  // Sending it back needs a reason, which is posted as a comment.
  await reviewer.getByRole('button', { name: 'Request changes' }).click();
  const ask = reviewer.getByRole('form', { name: 'Request changes' });
  await ask.getByRole('button', { name: 'Send back with this reason' }).click();
  await expect(ask.getByText('The reason is required.')).toBeVisible();
  await ask.getByLabel('What needs to change').fill('The rationale must cite its source.');
  await ask.getByRole('button', { name: 'Send back with this reason' }).click();
  await expect(reviewer.getByText('Changes requested; the preparer has been told.')).toBeVisible();
  await expect(reviewer.getByRole('article', { name: 'Comment by Rafael Reviewer' }).filter({ hasText: 'The rationale must cite its source.' })).toBeVisible();

  // The preparer answers in the thread, resolves it, revises and sends it back for review.
  await counsel.goto('/notifications');
  await expect(counsel.getByRole('row', { name: /You were mentioned/ })).toContainText('Please cite the board deck');
  await counsel.goto(itemUrl);
  const thread = counsel.getByRole('region', { name: 'Thread started by Rafael Reviewer' }).filter({ hasText: 'board deck' });
  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByLabel('Reply').fill('Added: board deck, p. 4.');
  await thread.getByRole('button', { name: 'Post reply' }).click();
  await expect(thread.getByText('Added: board deck, p. 4.')).toBeVisible();
  await thread.getByRole('button', { name: 'Resolve thread' }).click();
  await expect(thread.getByText(/Resolved by Clara Counsel/)).toBeVisible();
  await expect(await save(counsel, 'The transfer secures frontier-scale compute (board deck, p. 4).')).toHaveText('Saved.');
  await counsel.getByRole('button', { name: 'Mark ready for review' }).click();
  await expect(counsel.getByText('Sent for review.')).toBeVisible();

  // The reviewer approves; the approval names them and the content hash.
  // Two threads are still open: approving needs explicit confirmation, which is recorded.
  await reviewer.goto(itemUrl);
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer.getByRole('alert').filter({ hasText: '2 comment threads are still open' })).toBeVisible();
  await reviewer.getByLabel(/I approve with 2 open comment threads/).check();
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer.getByText(/Approved by Rafael Reviewer on .*, confirming 2 open comment threads\./)).toBeVisible();

  // A later edit by the preparer makes the approval lapse.
  await counsel.goto(itemUrl);
  await expect(counsel.getByText(/Approved by Rafael Reviewer on/)).toBeVisible();
  await expect(await save(counsel, 'The transfer secures frontier-scale compute (board deck, p. 4; CEO memo).')).toHaveText('Saved. The approval lapsed: the item is back with the reviewer.');
  await expect(counsel.getByText('Approval lapsed — re-review', { exact: true }).first()).toBeVisible();
  await expect(counsel.getByText(/Earlier approvals \(1, lapsed\)/)).toBeVisible();

  // Evidence: an attachment with a safe name for members; a walled-off counsel gets 404.
  const href = (await counsel.getByRole('link', { name: 'rationale.pdf' }).getAttribute('href'))!;
  const own = await counsel.request.get(href);
  expect(own.status()).toBe(200);
  expect(own.headers()['content-disposition']).toBe(`attachment; filename="rationale.pdf"; filename*=UTF-8''rationale.pdf`);
  expect(own.headers()['x-content-type-options']).toBe('nosniff');
  expect(own.headers()['content-type']).toBe('application/pdf');
  const outsider = await personPage(browser, 'counsel2@demo.example');
  expect((await outsider.request.get(href)).status()).toBe(404);
  expect((await outsider.goto(itemUrl))?.status()).toBe(404);
});
