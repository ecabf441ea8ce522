import { expect, test } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

test('a non-member’s attempt to open a walled case appears in the ethical wall report and its CSV', async ({ browser }) => {
  const member = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(member);
  await member.context().close();

  const outsider = await personPage(browser, 'counsel2@demo.example');
  expect((await outsider.goto(caseUrl))?.status()).toBe(404);
  expect((await outsider.request.get(`/api${caseUrl}/exports/audit-events.json`)).status()).toBe(404);

  const admin = await personPage(browser, 'admin@demo.example');
  await admin.getByRole('link', { name: 'Wall report' }).click();
  await expect(admin.getByRole('heading', { name: 'Ethical wall report' })).toBeVisible();
  const row = admin.locator('tbody tr', { hasText: 'counsel2@demo.example' });
  await expect(row).toHaveCount(1);
  const attempts = Number(await row.locator('td').nth(2).textContent());
  expect(attempts).toBeGreaterThanOrEqual(2);

  const csv = await admin.request.get('/api/admin/wall-report');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toContain('Refused requests');
  expect(text).toContain('counsel2@demo.example');
  // Nobody else reads it.
  expect((await outsider.request.get('/api/admin/wall-report')).status()).toBe(404);
  expect((await outsider.goto('/admin/wall-report'))?.status()).toBe(404);
  await admin.context().close();
  await outsider.context().close();
});
