import { expect, test, type Page } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

/* Query strings, the not-found page, Activity names and the CSV export, as people meet them. */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let counsel: Page;
let caseUrl: string;

test.beforeAll(async ({ browser }) => {
  counsel = await personPage(browser, 'counsel@demo.example');
  caseUrl = await demoCaseUrl(counsel);
});
test.afterAll(async () => counsel.context().close());

test('no query string of any page answers 500: invalid or repeated values count as absent', async ({ browser }) => {
  const root = await personPage(browser, 'admin@demo.example');
  const market = await (async () => {
    await counsel.goto(`${caseUrl}/market`);
    return new URL(counsel.url()).pathname;
  })();
  test.setTimeout(300_000);
  // NUL, a lone surrogate, invalid UTF-8, a repeated key, an absurd number, an oversize value.
  const hostile = ['%00', '%ED%A0%80', '%FF', 'a&{k}=b', '1e999', 'x'.repeat(3000)];
  const pages: [Page, string, string[]][] = [
    [counsel, '/cases', ['q', 'status', 'page']],
    [counsel, `${caseUrl}/activity`, ['actor', 'action', 'from', 'to', 'before']],
    [counsel, `${caseUrl}/checklists`, ['filter']],
    [counsel, market, ['scenario', 'imported']],
    [root, '/admin/audit', ['actor', 'action', 'from', 'to', 'before', 'verify']],
    [root, '/admin/calendars', ['saved']],
    [root, '/admin/hsr-tables', ['saved']],
    [root, '/account/password', ['required']],
  ];
  for (const [who, path, keys] of pages) {
    for (const key of keys) {
      for (const v of hostile) {
        const url = `${path}?${key}=${v.replace('{k}', key)}`;
        const res = await who.request.get(url, { maxRedirects: 0 });
        expect(res.status(), url).toBeLessThan(500);
      }
    }
  }
  const anonymous = await browser.newContext();
  for (const q of ['callbackUrl=%00', 'callbackUrl=a&callbackUrl=b', 'expired=1&expired=2']) {
    expect((await anonymous.request.get(`/sign-in?${q}`)).status()).toBe(200);
  }
  await anonymous.close();
  await root.context().close();
});

test('a missing page and a page behind the wall look the same, inside the app with a way back', async ({ browser }) => {
  const outsider = await personPage(browser, 'counsel2@demo.example');
  const walled = await outsider.goto(`${caseUrl}/market`);
  expect(walled?.status()).toBe(404);
  const walledText = await outsider.locator('main').innerText();
  await expect(outsider.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(outsider.getByRole('link', { name: 'Your cases' })).toBeVisible();
  const missing = await outsider.goto('/cases/00000000-0000-4000-8000-000000000000/market');
  expect(missing?.status()).toBe(404);
  expect(await outsider.locator('main').innerText()).toBe(walledText);
  await outsider.screenshot({ path: 'artifacts/forms/not-found.png' });
  await outsider.context().close();
});

test('Activity names what changed as it was called then, not by an id fragment', async () => {
  await counsel.goto(`${caseUrl}/activity?action=scenario.`);
  await expect(counsel.getByRole('cell', { name: /The deal: 30,000–50,000 H100 from xAI to Anthropic/ }).first()).toBeVisible();
});

test('the clusters export starts with a byte-order mark so Excel reads its accents', async () => {
  await counsel.goto(`${caseUrl}/market`);
  const href = await counsel.getByRole('link', { name: /Export|Download/ }).filter({ hasText: /CSV/ }).first().getAttribute('href');
  const res = await counsel.request.get(href!);
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});
