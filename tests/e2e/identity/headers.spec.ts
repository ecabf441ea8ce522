import { expect, test } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

test('an inline script injected into a page does not run without the nonce; the page’s own scripts do', async ({ page }) => {
  let nonce = '';
  // The server's real response, with two scripts added where stored markup would land: one without a
  // nonce (an injection) and one with the response's nonce (proves the check can tell them apart).
  await page.route('**/sign-in', async (route) => {
    const response = await route.fetch();
    const csp = response.headers()['content-security-policy'];
    nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const body = (await response.text()).replace(
      '</body>',
      `<script>window.__injected = true</script><script nonce="${nonce}">window.__withNonce = true</script></body>`,
    );
    await route.fulfill({ response, body });
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) violations.push(m.text());
  });
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __withNonce?: boolean }).__withNonce)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.some((v) => /inline script/.test(v))).toBe(true);
  expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
});

test('pages get a fresh nonce and no unsafe-inline script; downloads keep their sandbox; no HSTS over plain http', async ({ browser }) => {
  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);
  const first = (await counsel.request.get('/home', { headers: { 'X-Forwarded-Proto': 'https' } })).headers();
  const second = (await counsel.request.get('/home')).headers();
  const scriptSrc = (csp: string) => csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scriptSrc(first['content-security-policy'])).toContain("'nonce-");
  expect(scriptSrc(first['content-security-policy'])).not.toContain('unsafe-inline');
  expect(first['content-security-policy']).not.toBe(second['content-security-policy']);
  // A client's own X-Forwarded-Proto is not believed (no trusted proxy here), so no HSTS over http.
  expect(first['strict-transport-security']).toBeUndefined();

  const download = await counsel.request.get(`/api${caseUrl}/exports/audit-events.json`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
  await counsel.context().close();
});
