import { expect, request, test, type Locator, type Page } from '@playwright/test';
import { personPage } from '../../fixtures/e2e';
import { parseIcs, unescapeText } from '../../unit/feeds/ics-parser';
import { addCalendarDays, hsrWaitingPeriodEnd, isWorkingDay, parseIsoDate, US_FEDERAL_CALENDAR } from '../../../lib/deadlines';

// Dates: the EU steps use a notification in March 2026 so that every deadline and trace line they
// check lies in 2026 (a year with a Commission calendar) and never changes with the day the suite
// runs. The home-page step needs a deadline within 30 days of the real today, so it uses an HSR
// filing 10 days ago: HSR periods use the U.S. federal calendar, generated for every year, so
// this works in any year (an EU date near the turn of the year would rest on a provisional
// Commission calendar).

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shortDate = (iso: string) => {
  const d = parseIsoDate(iso);
  return `${d.weekday.slice(0, 3)} ${d.day} ${SHORT_MONTHS[d.month - 1]} ${d.year}`;
};

async function newCase(page: Page, name: string, codename: string) {
  await page.goto('/cases/new');
  await page.getByLabel('Case name').fill(name);
  await page.getByLabel('Codename').fill(codename);
  await page.getByLabel('Estimated value, low (millions)').fill('300');
  await page.getByLabel('Estimated value, high (millions)').fill('450');
  // Filled because the case form currently refuses an empty long-stop date (reported to the lead).
  await page.getByLabel('Long-stop date').fill('2027-06-30');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await page.getByRole('link', { name: 'Reviews' }).click();
  await expect(page).toHaveURL(/\/reviews$/);
  return new URL(page.url()).pathname;
}

/** Opens "How computed" (it stays open across a refresh, so a second click would close it). */
async function openTrace(deadline: Locator) {
  const details = deadline.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.getByText('How computed').click();
}

async function addReview(page: Page, authority: string, fill: Record<string, string> = {}) {
  const form = page.getByRole('form', { name: 'Add a review' });
  await form.getByLabel('Authority', { exact: true }).selectOption({ label: authority });
  for (const [label, value] of Object.entries(fill)) {
    const field = form.getByLabel(label);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await form.getByRole('button', { name: 'Add review' }).click();
}

test('counsel records an EU notification, sees Phase I with its trace, is refused an impossible event, and commitments make it 35 working days', async ({ browser }) => {
  const page = await personPage(browser, 'counsel@demo.example');
  await newCase(page, 'Project Vega: EU filing', 'VEGA');
  await addReview(page, 'European Commission', { 'Commission case number': 'M12345' });
  await expect(page.getByText('Use the Commission’s case number, e.g. M.12345')).toBeVisible();
  await addReview(page, 'European Commission', { 'Commission case number': 'M.12345' });

  const eu = page.getByRole('region', { name: 'European Commission (M.12345)' });
  await expect(eu).toBeVisible();
  const record = eu.getByRole('form', { name: 'Record an event' });
  await record.getByLabel('Event').selectOption('notification');
  await record.getByLabel('Date of notification').fill('2026-03-02');
  await record.getByRole('button', { name: 'Record event' }).click();

  const phase1 = eu.locator('[data-deadline="eu-phase1"]');
  await expect(phase1).toContainText('Phase I deadline');
  await expect(phase1).toContainText('Thu 9 Apr 2026');
  await openTrace(phase1);
  await expect(phase1).toContainText('25 working days (Art. 10(1) EUMR)');
  const trace = phase1.getByRole('region', { name: 'Day-by-day count for Phase I deadline' });
  await expect(trace.getByRole('row', { name: /Fri 3 Apr 2026.*Good Friday/ })).toBeVisible();
  await expect(trace.getByRole('row', { name: /Thu 9 Apr 2026\s*25/ })).toBeVisible();

  // Phase II cannot open after the Phase I deadline has passed: refused at the field, nothing saved.
  await record.getByLabel('Event').selectOption('phase2-opened');
  await record.getByLabel('Date of the Art. 6(1)(c) decision').fill('2026-04-14');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(record.locator('.field-error')).toContainText('after the Phase I deadline of Thursday 9 April 2026');
  const timeline = eu.getByRole('list', { name: 'Timeline: European Commission (M.12345)' });
  await expect(timeline.getByText('Notification', { exact: true })).toBeVisible();
  await expect(timeline.getByText('Phase II opened (Art. 6(1)(c))', { exact: true })).toHaveCount(0);

  await record.getByLabel('Event').selectOption('commitments');
  await record.getByLabel('Date', { exact: true }).fill('2026-03-20');
  await record.getByLabel('Phase', { exact: true }).selectOption('1');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(timeline.getByText('Commitments offered — Phase I')).toBeVisible();
  await expect(phase1).toContainText('Thu 23 Apr 2026');
  await expect(eu.locator('[data-deadline="eu-phase1-original"]')).toContainText('Superseded');
  await openTrace(phase1);
  await expect(phase1).toContainText('35 working days (Art. 10(1) second subparagraph EUMR');
  await expect(phase1.getByRole('region', { name: 'Day-by-day count for Phase I deadline' }).getByRole('row', { name: /Thu 23 Apr 2026\s*35/ })).toBeVisible();

  // Removing the commitments (recorded in the activity) brings the 25-day deadline back.
  page.once('dialog', (d) => d.accept());
  await eu.getByRole('button', { name: 'Remove Commitments offered — Phase I of Fri 20 Mar 2026' }).click();
  await expect(timeline.getByText('Commitments offered — Phase I')).toHaveCount(0);
  await expect(phase1).toContainText('Thu 9 Apr 2026');
  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('cell', { name: 'review-event.delete' })).toBeVisible();
});

test('counsel records an HSR filing, sees the waiting-period end, finds it on the home page, and the ICS feed downloads, parses and can be revoked', async ({ browser }) => {
  // Ten days ago (back to a business day), so the end falls within the next 30 days.
  let filed = addCalendarDays(new Date().toISOString().slice(0, 10), -10);
  while (!isWorkingDay(filed, US_FEDERAL_CALENDAR)) filed = addCalendarDays(filed, -1);
  const end = hsrWaitingPeriodEnd({ receivedOn: filed, calendar: US_FEDERAL_CALENDAR });

  const page = await personPage(browser, 'counsel@demo.example');
  const reviewsPath = await newCase(page, 'Project Lyra: HSR filing', 'LYRA');
  await addReview(page, 'United States (HSR)', { 'Clearing agency': 'FTC' });
  const us = page.getByRole('region', { name: 'United States (HSR) — FTC' });
  const record = us.getByRole('form', { name: 'Record an event' });
  await record.getByLabel('Event').selectOption('filing-received');
  await record.getByLabel('Date the filing was received').fill(filed);
  await record.getByLabel('Kind of transaction').selectOption('standard');
  await record.getByRole('button', { name: 'Record event' }).click();
  const waiting = us.locator('[data-deadline="hsr-waiting"]');
  await expect(waiting).toContainText(shortDate(end.endsOn));
  await expect(waiting).toContainText(`Ends at ${end.endsAt.description}`);
  await openTrace(waiting);
  await expect(waiting).toContainText('30th calendar day after receipt');

  // The HSR helper prices the $300–450 million estimate.
  await expect(page.getByRole('region', { name: 'HSR threshold and filing fee' })).toContainText('$300,000,000');

  await page.goto('/home');
  const deadlines = page.getByRole('region', { name: 'Deadlines: overdue and next 30 days' });
  const row = deadlines.getByRole('row', { name: /Project Lyra: HSR filing/ });
  await expect(row).toContainText('HSR waiting period');
  await expect(row).toContainText(shortDate(end.endsOn));

  await page.getByRole('link', { name: 'Calendar feed' }).click();
  await page.getByRole('button', { name: 'Create my feed address' }).click();
  const url = await page.getByLabel('All my cases').inputValue();
  const caseUrl = await page.getByLabel(/^LYRA — /).inputValue();
  expect(caseUrl).toContain(`/cases/${reviewsPath.split('/')[2]}.ics`);

  // A calendar app has no session: only the secret address.
  const anonymous = await request.newContext();
  const res = await anonymous.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const ics = parseIcs(await res.text());
  const event = ics.events.find((e) => unescapeText(e.SUMMARY.value) === 'LYRA · HSR waiting period');
  expect(event?.DTSTART.value).toBe(end.endsAt.iso.replace(/[-:]/g, ''));
  expect(event?.UID.value).toMatch(/\.hsr-waiting@merger-review$/);
  expect((await anonymous.get(caseUrl)).status()).toBe(200);

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText('Revoked.')).toBeVisible();
  expect((await anonymous.get(url)).status()).toBe(404);
  expect((await anonymous.get(caseUrl)).status()).toBe(404);
  await anonymous.dispose();

  // Someone outside the case gets a 404 for its reviews page.
  const outsider = await personPage(browser, 'counsel2@demo.example');
  const response = await outsider.goto(reviewsPath);
  expect(response?.status()).toBe(404);
});

test('auditors read the demo case’s reviews without the controls counsel has', async ({ browser }) => {
  const controls = ['Record event', 'Add review', /^Correct /, /^Remove /, /^Edit details/, /^(Enter|Edit) figures of /] as const;
  const open = async (email: string) => {
    const page = await personPage(browser, email);
    await page.goto('/cases');
    await page.getByRole('link', { name: /Colossus/ }).click();
    await page.getByRole('link', { name: 'Reviews' }).click();
    await expect(page.getByRole('region', { name: 'United States (HSR) — FTC' })).toContainText('HSR waiting period');
    return page;
  };
  const counsel = await open('counsel@demo.example');
  for (const name of controls) expect(await counsel.getByRole('button', { name, exact: typeof name === 'string' }).count()).toBeGreaterThan(0);
  const auditor = await open('auditor@demo.example');
  for (const name of controls) await expect(auditor.getByRole('button', { name, exact: typeof name === 'string' })).toHaveCount(0);
});

// A year far beyond the provisional horizon (five years after the last official one) has no
// calendar at all; provisional-calendar.spec.ts covers the provisional years.
test('an admin adds a missing Commission year through the calendars page; a bad line is refused at the field', async ({ browser }) => {
  const page = await personPage(browser, 'admin@demo.example');
  await page.getByRole('link', { name: 'Calendars' }).click();
  const eu = page.getByRole('region', { name: 'European Commission (Brussels)' });
  await expect(eu.getByRole('row', { name: /^2026/ })).toContainText('Unverified');
  await eu.getByLabel('Add or open a Commission year').fill('2045');
  await eu.getByRole('button', { name: 'Open year' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('European Commission (Brussels) — 2045');
  await expect(page.getByText('No Commission calendar for 2045 yet')).toBeVisible();
  await page.getByLabel('Source', { exact: true }).fill('Commission decision on the 2045 holidays (e2e entry)');
  await page.getByLabel('Holidays', { exact: true }).fill('2045-01-02 New Year’s Day\n2045-02-30 Not a day');
  await page.getByRole('button', { name: 'Add this year' }).click();
  await expect(page.locator('.field-error')).toHaveText('Line 2 (“2045-02-30 Not a day”): write a real date and a name, e.g. “2045-05-01 Labour Day”.');
  await page.getByLabel('Holidays', { exact: true }).fill('2045-01-02 New Year’s Day\n2045-01-03 Day after New Year’s Day');
  await page.getByRole('button', { name: 'Add this year' }).click();
  await expect(page).toHaveURL(/\/admin\/calendars\?saved=/);
  await expect(eu.getByRole('row', { name: /^2045/ }).first()).toContainText('Commission decision on the 2045 holidays (e2e entry)');
  await page.goto('/admin/audit?action=calendar.year-create');
  await expect(page.getByRole('cell', { name: 'calendar.year-create' }).first()).toBeVisible();
});
