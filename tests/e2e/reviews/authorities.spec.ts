import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

// Dates are fixed and in the past (Microsoft/Activision's published CMA timetable), so what the
// page shows never depends on the day the suite runs; the demo case's UK and China reviews are
// checked by their seeded dates.

async function newCase(page: Page, name: string, codename: string, longStop: string) {
  await page.goto('/cases/new');
  await page.getByLabel('Case name').fill(name);
  await page.getByLabel('Codename').fill(codename);
  await page.getByLabel('Estimated value, low (millions)').fill('300');
  await page.getByLabel('Estimated value, high (millions)').fill('450');
  await page.getByLabel('Long-stop date').fill(longStop);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await page.getByRole('link', { name: 'Reviews' }).click();
  await expect(page).toHaveURL(/\/reviews$/);
}

async function openTrace(deadline: Locator) {
  const details = deadline.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.getByText('How computed').click();
}

test('counsel opens a UK CMA review, records Phase 1 and a Phase 2 reference, is refused a 9-week extension and sees the published 26 April 2023 deadline', async ({ browser }) => {
  const page = await personPage(browser, 'counsel@demo.example');
  // A long-stop date of 1 March 2023: the extended Phase 2 passes it, which the timeline must say.
  await newCase(page, 'Project Albion: CMA review', 'ALBION', '2023-03-01');
  const add = page.getByRole('form', { name: 'Add a review' });
  await add.getByLabel('Authority', { exact: true }).selectOption({ label: 'United Kingdom (CMA)' });
  await add.getByRole('button', { name: 'Add review' }).click();

  const uk = page.getByRole('region', { name: 'United Kingdom (CMA)' });
  const record = uk.getByRole('form', { name: 'Record an event' });
  await record.getByLabel('Event').selectOption({ label: 'Phase 1 began (CMA notice)' });
  await record.getByLabel('Date of the CMA’s notice').fill('2022-07-06');
  await record.getByRole('button', { name: 'Record event' }).click();
  const phase1 = uk.locator('[data-deadline="uk-phase1"]');
  await expect(phase1).toContainText('CMA Phase 1 decision');
  await expect(phase1).toContainText('Thu 1 Sep 2022');
  await openTrace(phase1);
  const trace = phase1.getByRole('region', { name: 'Day-by-day count for CMA Phase 1 decision' });
  await expect(trace.getByRole('row', { name: /Mon 29 Aug 2022.*Summer bank holiday/ })).toBeVisible();
  await expect(trace.getByRole('row', { name: /Thu 1 Sep 2022\s*40/ })).toBeVisible();

  await record.getByLabel('Event').selectOption({ label: 'Referred for Phase 2' });
  await record.getByLabel('Date of the reference').fill('2022-09-15');
  await record.getByRole('button', { name: 'Record event' }).click();
  const phase2 = uk.locator('[data-deadline="uk-phase2"]');
  await expect(phase2).toContainText('Wed 1 Mar 2023');

  await record.getByLabel('Event').selectOption({ label: 'Phase 2 extended (special reasons)' });
  await record.getByLabel('Date', { exact: true }).fill('2023-01-05');
  await record.getByLabel('Extension (weeks)').fill('9');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(record.locator('.field-error')).toContainText('Enter whole weeks from 1 to 8');
  await expect(phase2).toContainText('Wed 1 Mar 2023');

  await record.getByLabel('Extension (weeks)').fill('8');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(uk.getByText('Phase 2 extended (special reasons) — 8 weeks')).toBeVisible();
  await expect(phase2).toContainText('Wed 26 Apr 2023');

  const timeline = page.getByRole('region', { name: 'Case timeline' });
  await expect(timeline.getByRole('alert')).toHaveText(
    'Warning: the latest expected clearance — United Kingdom (CMA), CMA Phase 2 final report, 26 April 2023 — is after the long-stop date of 1 March 2023.',
  );
  await expect(timeline.getByRole('img', { name: /^Case timeline/ })).toBeVisible();
  await timeline.getByText('Timeline as text').click();
  await expect(timeline.getByRole('row', { name: /United Kingdom \(CMA\)\s*CMA Phase 2 final report \(period\)\s*Thu 15 Sep 2022 – Wed 26 Apr 2023/ })).toBeVisible();
  await expect(timeline.getByRole('row', { name: /Long-stop date\s*Wed 1 Mar 2023/ })).toBeVisible();

  // Passed with no decision recorded: the dashboard lists it as overdue.
  await page.goto('/home');
  const row = page.getByRole('region', { name: 'Deadlines: overdue and next 30 days' }).getByRole('row', { name: /Project Albion: CMA review/ });
  await expect(row).toContainText('CMA Phase 2 final report');
});

test('the demo case shows its UK CMA and China SAMR reviews with computed deadlines and the flagged SAMR holiday rule', async ({ browser }) => {
  const page = await personPage(browser, 'counsel@demo.example');
  await page.goto(`${await demoCaseUrl(page)}/reviews`);
  const uk = page.getByRole('region', { name: 'United Kingdom (CMA)' });
  await expect(uk.locator('[data-deadline="uk-phase1"]')).toContainText('Wed 20 Jan 2027');
  const cn = page.getByRole('region', { name: 'China (SAMR)' });
  const phase1 = cn.locator('[data-deadline="cn-phase1"]');
  await expect(phase1).toContainText('Sun 27 Dec 2026');
  await openTrace(phase1);
  await expect(phase1).toContainText('Unverified: no authoritative source found on a SAMR period whose last day is a public holiday');

  // One timeline for all of them, with no warning: the long-stop date is 30 June 2027.
  const timeline = page.getByRole('region', { name: 'Case timeline' });
  await expect(timeline).toContainText('Long-stop date: 30 June 2027.');
  await expect(timeline.getByRole('alert')).toHaveCount(0);
  await expect(timeline.locator('svg text', { hasText: 'China (SAMR)' })).toHaveCount(1);
});
