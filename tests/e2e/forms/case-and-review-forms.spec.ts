import { expect, test, type Page } from '@playwright/test';
import { personPage } from '../../fixtures/e2e';

/*
 * The case form (blank and filled), the review forms (each authority), the event form (each kind
 * whose fields differ) and the turnover form, through the real UI. One sign-in for the file.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let page: Page;
let caseUrl: string;

test.beforeAll(async ({ browser }) => {
  page = await personPage(browser, 'counsel@demo.example');
});
test.afterAll(async () => page.context().close());

test('a case with its optional fields blank shows one dash, not "— – —"', async () => {
  await page.goto('/cases/new');
  await page.getByLabel('Case name').fill('Project Blank (e2e)');
  await page.getByLabel('Codename').fill('BLANK-E2E');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Project Blank (e2e)');
  caseUrl = new URL(page.url()).pathname;
  const facts = page.getByRole('region', { name: 'Details' });
  await expect(facts.getByRole('definition').nth(1)).toHaveText('—');
  await expect(facts).not.toContainText('– —');
});

test('amounts typed with a currency or a decimal comma are refused with the reason; plain ones are saved', async () => {
  await page.goto(`${caseUrl}/edit`);
  await page.getByLabel('Estimated value, low (millions)').fill('USD8,400m');
  await page.getByLabel('Estimated value, high (millions)').fill('8,4 Mrd.');
  await page.getByRole('button', { name: /Save/ }).click();
  await expect(page.getByText('Digits only, in millions (e.g. 8400 for 8.4 billion); the currency is chosen separately.').first()).toBeVisible();
  await page.screenshot({ path: 'artifacts/forms/case-hostile-amounts.png' });
  await page.getByLabel('Estimated value, low (millions)').fill('8,400');
  await page.getByLabel('Estimated value, high (millions)').fill('9000.5');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('Deal type').selectOption({ label: 'Merger' });
  await page.getByLabel('Status').selectOption({ label: 'Under review' });
  await page.getByLabel('Long-stop date').fill('2027-06-30');
  await page.getByLabel('Description').fill('Schätzung — München; 合并');
  await page.getByRole('button', { name: /Save/ }).click();
  const facts = page.getByRole('region', { name: 'Details' });
  await expect(facts).toContainText('EUR 8,400m – 9,000.5m');
  await expect(facts).toContainText('2027-06-30');
  await expect(facts).toContainText('Schätzung — München; 合并');
});

async function addReview(authority: string, fill: Record<string, string> = {}) {
  await page.goto(`${caseUrl}/reviews`);
  const form = page.getByRole('form', { name: 'Add a review' });
  await form.getByLabel('Authority', { exact: true }).selectOption({ label: authority });
  for (const [label, value] of Object.entries(fill)) {
    const field = form.getByLabel(label);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption({ label: value });
    else await field.fill(value);
  }
  await form.getByRole('button', { name: 'Add review' }).click();
}

test('EU review: each event kind records, and a refused event’s banner goes with the next attempt', async () => {
  await addReview('European Commission');
  const eu = page.getByRole('region', { name: /^European Commission/ });
  const record = eu.getByRole('form', { name: /^Record an event/ });
  const timeline = eu.getByRole('list', { name: /^Timeline/ });
  await record.getByLabel('Event').selectOption('notification');
  await record.getByLabel('Date of notification').fill('2026-03-02');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(timeline.getByText('Notification', { exact: true })).toBeVisible();

  await record.getByLabel('Event').selectOption('phase2-opened');
  await record.getByLabel('Date of the Art. 6(1)(c) decision').fill('2026-04-14');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(record.locator('.field-error')).toContainText('after the Phase I deadline');
  await record.getByLabel('Event').selectOption('extension');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(record.getByText('An extension is 1 to 20 working days (Art. 10(3) EUMR).')).toBeVisible();
  await expect(record.locator('.form-error')).toHaveCount(0);
  await expect(record.getByText(/after the Phase I deadline/)).toHaveCount(0);

  await record.getByLabel('Event').selectOption('commitments');
  await record.getByLabel('Date', { exact: true }).fill('2026-03-20');
  await record.getByLabel('Phase', { exact: true }).selectOption('1');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(timeline.getByText('Commitments offered — Phase I')).toBeVisible();

  await record.getByLabel('Event').selectOption('decision');
  await record.getByLabel('Date', { exact: true }).fill('2026-04-20');
  await record.getByLabel('Decision', { exact: true }).selectOption('6(2)');
  await record.getByLabel('Note (optional)').fill('Remedies: divest Site B');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(timeline).toContainText('Art. 6(2)');
});

test('HSR review: a cash tender filing records with its kind', async () => {
  await addReview('United States (HSR)', { 'Clearing agency': 'Federal Trade Commission (FTC)' });
  const us = page.getByRole('region', { name: /^United States \(HSR\)/ });
  const record = us.getByRole('form', { name: /^Record an event/ });
  await record.getByLabel('Kind of transaction').selectOption({ label: 'Cash tender offer (15 days)' });
  await record.getByLabel('Date the filing was received').fill('2026-11-16');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(us.getByRole('list', { name: /^Timeline/ })).toContainText('Filing received');
});

test('another authority: its name is required, and a hand-entered deadline records', async () => {
  await addReview('Other authority (deadlines entered by hand)');
  await expect(page.getByText('Name the authority, e.g. Japan JFTC.')).toBeVisible();
  await addReview('Other authority (deadlines entered by hand)', { 'Authority name': 'Japan JFTC' });
  const other = page.getByRole('region', { name: /Japan JFTC/ });
  const record = other.getByRole('form', { name: /^Record an event/ });
  await record.getByLabel('What is due').fill('JFTC Phase 1 decision');
  await record.getByLabel('Deadline').fill('2027-01-15');
  await record.getByRole('button', { name: 'Record event' }).click();
  await expect(other).toContainText('JFTC Phase 1 decision');
});

test('parties: optional fields blank, and every field filled', async () => {
  await page.goto(caseUrl);
  await page.getByRole('button', { name: 'Add a party' }).click();
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Add party' }) });
  await form.getByLabel('Party name').fill('Zielgesellschaft GmbH');
  await form.getByLabel('Role').selectOption({ label: 'Target / transferor' });
  await form.getByRole('button', { name: 'Add party' }).click();
  const parties = page.getByRole('region', { name: 'Parties' });
  await expect(parties.getByRole('row', { name: /Zielgesellschaft GmbH/ })).toBeVisible();
  await form.getByLabel('Party name').fill('Acquirer Inc.');
  await form.getByLabel('Role').selectOption({ label: 'Acquirer / transferee' });
  await form.getByLabel('Country').fill('US');
  await form.getByLabel('Ultimate parent').fill('Acquirer Holdings LLC');
  await form.getByRole('button', { name: 'Add party' }).click();
  await expect(parties.getByRole('row', { name: /Acquirer Inc\./ })).toContainText('Acquirer Holdings LLC');
});

test('turnover by Member State reports every bad line at once, at its line, then saves', async () => {
  await page.goto(`${caseUrl}/reviews`);
  await page.getByRole('button', { name: 'Enter figures of Zielgesellschaft GmbH' }).click();
  const form = page.getByRole('form', { name: 'Turnover of Zielgesellschaft GmbH' });
  await form.getByLabel('Worldwide turnover (€ million)').fill('12,500');
  await form.getByLabel('Turnover by Member State (€ million)').fill('XX 100\nDE abc\nIreland 200');
  await form.getByRole('button', { name: 'Save figures' }).click();
  const error = form.locator('.field-error');
  await expect(error).toContainText('Line 1 (“XX 100”): XX is not an EU Member State code');
  await expect(error).toContainText('Line 2 (“DE abc”)');
  await expect(error).toContainText('Line 3 (“Ireland 200”)');
  await page.screenshot({ path: 'artifacts/forms/turnover-lines.png' });
  await form.getByLabel('Turnover by Member State (€ million)').fill('DE 2,000\nfr: 150.5');
  await form.getByRole('button', { name: 'Save figures' }).click();
  await expect(form).toHaveCount(0);
  const row = page.getByRole('row', { name: /Zielgesellschaft GmbH/ });
  await expect(row).toContainText('12,500');
  await expect(row).toContainText('DE €2,000m, FR €150.5m');
});
