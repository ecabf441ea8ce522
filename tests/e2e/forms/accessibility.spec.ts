import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

/*
 * axe-core on every kind of page a person reaches: no serious or critical violation. Case pages
 * are checked as counsel (a member, with every control shown), admin pages as the administrator.
 */

// Many pages per test (one sign-in each): axe takes a second or two per page on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** The first link in the page's main content whose path matches. */
async function firstLink(page: Page, path: RegExp): Promise<string> {
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const found = hrefs.find((h) => path.test(h));
  expect(found, `a link matching ${path}`).toBeTruthy();
  return found!;
}

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(bad, what).toEqual([]);
}

test('sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await expectAccessible(page, 'sign-in');
});

test('counsel’s pages: home, cases, new case, every case tab, a checklist item, Verify', async ({ browser }) => {
  const page = await personPage(browser, 'counsel@demo.example');
  await expectAccessible(page, 'home');
  const caseUrl = await demoCaseUrl(page);
  await expectAccessible(page, 'case overview');
  for (const tab of ['reviews', 'market', 'checklists', 'documents', 'activity']) {
    await page.goto(`${caseUrl}/${tab}`);
    await expectAccessible(page, `case tab ${tab}`);
  }
  await page.goto(`${caseUrl}/checklists`);
  await page.goto(await firstLink(page, /\/checklists\/[0-9a-f-]{36}$/));
  await expectAccessible(page, 'a checklist');
  await page.goto(await firstLink(page, /\/items\/[0-9a-f-]{36}$/));
  await expectAccessible(page, 'a checklist item');
  for (const path of ['/cases', '/cases/new', '/verify', '/notifications', '/account/calendar', '/account/password', '/account/sessions', `${caseUrl}/edit`]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
  await page.goto('/cases/00000000-0000-4000-8000-000000000000');
  await expectAccessible(page, 'not found');
  await page.context().close();
});

test('every admin page', async ({ browser }) => {
  const page = await personPage(browser, 'admin@demo.example');
  // Checked so far; the other admin pages (new template, audit, calendars, accelerators, HSR
// tables, wall report, one of each) were not yet verified on a build: see issue #10.
  for (const path of ['/admin/users', '/admin/templates']) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
  await page.context().close();
});
