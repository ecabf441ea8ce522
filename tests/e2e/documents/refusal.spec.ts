import { expect, test } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

/*
 * The refusing net through the real UI: the demo case's description holds the deal's figures, so
 * the non-confidential HSR summary is refused with a link; counsel selects the passage in the
 * highlighted text, withholds it with a justification, and the edition is then registered.
 */
test('a refused non-confidential edition leads counsel to mark the figures, then it is registered', async ({ browser }) => {
  // Three people and two generations on a shared two-core machine.
  test.setTimeout(180_000);
  const page = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(page);
  await page.goto(`${caseUrl}/documents`);
  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'HSR filing summary' });
  await page.getByRole('radio', { name: /^Non-confidential/ }).check();
  await page.getByRole('button', { name: 'Generate PDF' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'HSR filing summary (non-confidential) was not generated.' });
  await expect(refusal).toContainText('neither marked confidential nor declared public', { timeout: 60_000 });
  await expect(refusal).toContainText('Case description at p. 1');
  await expect(refusal).toContainText('30,000');
  await refusal.getByRole('link', { name: /Confidentiality page/ }).click();
  await expect(page).toHaveURL(`${caseUrl}/documents/confidentiality`);

  const place = page.getByRole('article', { name: /^Case description at p\. 1/ });
  await expect(place.locator('mark').first()).toHaveText('30,000');
  // Select the words in the highlighted text, as counsel would with the mouse.
  const text = place.getByLabel(/^Text of Case description/);
  await text.evaluate((el) => {
    const node = [...el.childNodes].find((n) => n.textContent?.includes('NVIDIA Hopper GPUs'))!;
    const range = document.createRange();
    const start = el.querySelector('mark')!;
    range.setStartBefore(start);
    range.setEnd(node, node.textContent!.indexOf('NVIDIA Hopper GPUs') + 'NVIDIA Hopper GPUs'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await expect(place.getByLabel('Passage to withhold')).toHaveValue('30,000–50,000 NVIDIA Hopper GPUs');
  await place.getByRole('button', { name: 'Withhold the passage' }).click();
  await expect(place.getByText('Say why this is confidential')).toBeVisible();
  await place.getByLabel('Justification').fill('The number of GPUs transferred has not been announced.');
  await place.getByRole('button', { name: 'Withhold the passage' }).click();
  await expect(page.getByText('Every place is marked now.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Confidentiality marks of the case' })).toContainText('30,000–50,000 NVIDIA Hopper GPUs');

  await page.goto(`${caseUrl}/documents`);
  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'HSR filing summary' });
  await page.getByRole('radio', { name: /^Non-confidential/ }).check();
  await page.getByRole('button', { name: 'Generate PDF' }).click();
  await expect(page.locator('.notice', { hasText: 'registered as' })).toContainText('COLOSSUS-HSR-NC-v1', { timeout: 60_000 });

  // A reviewer may read the page but not mark.
  const reviewer = await personPage(browser, 'reviewer@demo.example');
  await reviewer.goto(`${caseUrl}/documents/confidentiality`);
  await expect(reviewer.getByRole('table', { name: 'Confidentiality marks of the case' })).toBeVisible();
  await expect(reviewer.getByRole('button', { name: /Withhold|Declare|Remove/ })).toHaveCount(0);
  // Outside the wall: 404.
  const outsider = await personPage(browser, 'counsel2@demo.example');
  const res = await outsider.goto(`${caseUrl}/documents/confidentiality`);
  expect(res?.status()).toBe(404);
});
