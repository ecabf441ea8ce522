import { expect, test, type Page } from '@playwright/test';
import { personPage } from '../../fixtures/e2e';
import { calendarRunOutNotice } from '../../../lib/deadlines';
import { todayFor } from '../../../lib/reviews/today';

// Issue #15 §1: a notification of 30 November 2026 reaches into 2027, for which the Commission has
// published no holiday list. The Phase I date is computed from the provisional 2027 calendar and
// says so; an admin then enters the official list and the date is recomputed. Serial: the second
// step changes the calendar the first one reads.
test.describe.configure({ mode: 'serial' });

async function euReviewNotified(page: Page, name: string, codename: string, notifiedOn: string) {
  await page.goto('/cases/new');
  await page.getByLabel('Case name').fill(name);
  await page.getByLabel('Codename').fill(codename);
  await page.getByLabel('Estimated value, low (millions)').fill('300');
  await page.getByLabel('Estimated value, high (millions)').fill('450');
  await page.getByLabel('Long-stop date').fill('2027-06-30');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await page.getByRole('link', { name: 'Reviews' }).click();
  const form = page.getByRole('form', { name: 'Add a review' });
  await form.getByLabel('Authority', { exact: true }).selectOption({ label: 'European Commission' });
  await form.getByLabel('Commission case number').fill('M.12999');
  await form.getByRole('button', { name: 'Add review' }).click();
  const eu = page.getByRole('region', { name: 'European Commission (M.12999)' });
  const record = eu.getByRole('form', { name: 'Record an event' });
  await record.getByLabel('Event').selectOption('notification');
  await record.getByLabel('Date of notification').fill(notifiedOn);
  await record.getByRole('button', { name: 'Record event' }).click();
  return eu;
}

test('a notification of 30 Nov 2026 gets a Phase I deadline marked provisional on the page and in its trace', async ({ browser }) => {
  const page = await personPage(browser, 'counsel@demo.example');
  const eu = await euReviewNotified(page, 'Project Deneb: EU filing', 'DENEB', '2026-11-30');
  const phase1 = eu.locator('[data-deadline="eu-phase1"]');
  await expect(phase1).toContainText('Wed 13 Jan 2027');
  await expect(phase1.locator('[data-provisional]')).toHaveText('Provisional');
  await expect(phase1).toContainText('provisional: 2027 calendar not yet published');
  await phase1.getByText('How computed').click();
  await expect(phase1).toContainText('Provisional: 2027 calendar not yet published.');
  const trace = phase1.getByRole('region', { name: 'Day-by-day count for Phase I deadline' });
  await expect(trace.getByRole('row', { name: /Wed 13 Jan 2027\s*25.*provisional: 2027 calendar not yet published/ })).toBeVisible();
  await expect(eu).not.toContainText('Deadlines cannot be computed yet');
});

test('an admin sees the run-out notice, enters the official 2027 list from the provisional one, and the deadline is recomputed', async ({ browser }) => {
  const admin = await personPage(browser, 'admin@demo.example');
  await admin.getByRole('link', { name: 'Calendars' }).click();
  const notice = calendarRunOutNotice(2026, todayFor('eu-commission'));
  if (notice) await expect(admin.locator('[data-calendar-notice]')).toHaveText(new RegExp(`^${notice.slice(0, 60).replace(/[()]/g, '\\$&')}`));
  const eu = admin.getByRole('region', { name: 'European Commission (Brussels)' });
  const provisional = eu.getByRole('table', { name: 'Provisional Commission years' });
  await expect(provisional.getByRole('row', { name: /^2027 Provisional/ })).toBeVisible();
  await provisional.getByRole('link', { name: 'Enter or confirm the official 2027 list' }).click();
  await expect(admin.locator('[data-provisional-year="2027"]')).toContainText('Provisional: the 2027 calendar is not yet published');
  const holidays = admin.getByLabel('Holidays', { exact: true });
  await expect(holidays).toHaveValue(/2027-03-29 Easter Monday/);
  await admin.getByRole('button', { name: 'Save as the official list' }).click();
  await expect(admin.locator('.field-error')).toContainText('Source');
  await admin.getByLabel('Source', { exact: true }).fill('Commission decision on public holidays in 2027 (e2e entry)');
  await holidays.fill(`${await holidays.inputValue()}\n2027-01-04 Extra closure (e2e)`);
  await admin.getByRole('button', { name: 'Save as the official list' }).click();
  await expect(admin).toHaveURL(/\/admin\/calendars\?saved=eu-commission-2027&recomputed=[1-9]/);
  await expect(eu.getByRole('row', { name: /^2027/ }).first()).toContainText('Commission decision on public holidays in 2027 (e2e entry)');
  await expect(provisional.getByRole('row', { name: /^2027/ })).toHaveCount(0);

  const counsel = await personPage(browser, 'counsel@demo.example');
  await counsel.goto('/cases');
  await counsel.getByRole('link', { name: /Project Deneb/ }).first().click();
  await counsel.getByRole('link', { name: 'Reviews' }).click();
  const phase1 = counsel.getByRole('region', { name: 'European Commission (M.12999)' }).locator('[data-deadline="eu-phase1"]');
  await expect(phase1).toContainText('Thu 14 Jan 2027');
  await expect(phase1.locator('[data-provisional]')).toHaveCount(0);
  await counsel.getByRole('link', { name: 'Activity' }).click();
  await expect(counsel.getByRole('cell', { name: 'review.deadlines-recomputed' })).toBeVisible();
});
