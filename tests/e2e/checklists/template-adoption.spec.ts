import { expect, test, type Page } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

/*
 * Its own template, so other specs choosing the seeded templates by version are not disturbed:
 * the admin makes v1, counsel works a checklist from it, the admin makes v2, the admin views and
 * compares the versions, and counsel adopts v2 into the checklist.
 */
const NAME = `Adoption e2e ${Date.now().toString(36)}`;

async function fillItem(page: Page, i: number, v: { section: string; title: string; guidance?: string }) {
  const item = page.getByRole('group', { name: `Item ${i}` });
  await item.getByLabel('Section').fill(v.section);
  await item.getByLabel('Title').fill(v.title);
  if (v.guidance !== undefined) await item.getByLabel('Guidance').fill(v.guidance);
}

test('admin views and compares template versions; counsel adopts the newer version into a checklist', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await personPage(browser, 'admin@demo.example');
  await admin.goto('/admin/templates/new');
  await admin.getByLabel('Template name').fill(NAME);
  await fillItem(admin, 1, { section: 'Parties', title: 'Acquiring person', guidance: 'Legal name.' });
  for (const [i, title] of [[2, 'Board approval'], [3, 'Filing fee']] as const) {
    await admin.getByRole('button', { name: '+ Add item' }).click();
    await fillItem(admin, i, { section: 'Parties', title });
  }
  await admin.getByRole('button', { name: 'Create template' }).click();
  await admin.waitForURL(/\/admin\/templates\/[0-9a-f-]{36}$/);
  const templateUrl = new URL(admin.url()).pathname;

  // Counsel makes a checklist from v1 and answers the item v2 will drop.
  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);
  await counsel.goto(`${caseUrl}/checklists`);
  await counsel.getByLabel('Template', { exact: true }).selectOption({ label: `${NAME} (v1)` });
  await counsel.getByLabel('Checklist name').fill(`${NAME} checklist`);
  await counsel.getByRole('button', { name: 'Create checklist' }).click();
  await expect(counsel.getByRole('heading', { name: `${NAME} checklist` })).toBeVisible();
  const checklistUrl = new URL(counsel.url()).pathname;
  await counsel.getByRole('link', { name: 'Filing fee' }).click();
  await counsel.getByRole('form', { name: 'Answer' }).getByLabel('Answer and notes').fill('Fee paid by wire on 2 March.');
  await counsel.getByRole('form', { name: 'Answer' }).getByRole('button', { name: 'Save answer' }).click();
  await expect(counsel.getByRole('form', { name: 'Answer' }).getByRole('status')).toHaveText('Saved.');

  // v2: guidance reworded, one item dropped, one added.
  await admin.goto(templateUrl);
  await admin.getByRole('group', { name: 'Item 1' }).getByLabel('Guidance').fill('Legal name and ultimate parent entity.');
  await admin.getByRole('button', { name: 'Remove item 3' }).click();
  await admin.getByRole('button', { name: '+ Add item' }).click();
  await fillItem(admin, 3, { section: 'Parties', title: 'Officers and directors overlap', guidance: 'Clayton Act §8.' });
  await admin.getByLabel('Change note').fill('Adds §8 overlap, drops the fee item');
  await admin.getByRole('button', { name: 'Save as new version' }).click();
  // The editor starts afresh on the new version (its notice goes with the old one): the heading says which.
  await expect(admin.getByRole('heading', { level: 1 })).toContainText('v2');

  // View v1 as it was; compare v1 with v2.
  const history = admin.getByRole('region', { name: 'Version history' });
  await history.getByRole('link', { name: 'View v1' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toContainText('v1');
  await expect(admin.getByRole('cell', { name: 'Filing fee' })).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'Officers and directors overlap' })).toHaveCount(0);
  await admin.getByRole('link', { name: '← ' + NAME }).click();
  await admin.getByRole('region', { name: 'Version history' }).getByRole('link', { name: 'Compare v1 with v2' }).click();
  await expect(admin.getByRole('status')).toContainText('1 added, 1 removed, 1 changed, 1 unchanged');
  await expect(admin.getByRole('list', { name: 'Items added' })).toContainText('Officers and directors overlap');
  await expect(admin.getByRole('list', { name: 'Items removed' })).toContainText('Filing fee');
  const changed = admin.getByRole('list', { name: 'Items changed' });
  await expect(changed.getByRole('row', { name: /Guidance/ })).toContainText('Legal name.');
  await expect(changed.getByRole('row', { name: /Guidance/ })).toContainText('Legal name and ultimate parent entity.');
  // The versions can be chosen in the form too (a GET form: the comparison is a link).
  await admin.getByLabel('Older version').selectOption('2');
  await admin.getByRole('button', { name: 'Compare' }).click();
  await expect(admin.getByText('Choose two different versions.')).toBeVisible();

  // Counsel sees the newer version, reviews what adopting does, and adopts it.
  await counsel.goto(checklistUrl);
  await counsel.getByRole('link', { name: 'Review the changes and adopt version 2' }).click();
  await expect(counsel.getByRole('status')).toContainText('1 added, 1 changed (0 approvals lapse), 1 no longer in the template (kept), 1 unchanged');
  await expect(counsel.getByRole('list', { name: 'Items removed' })).toContainText('Filing fee');
  await counsel.getByRole('button', { name: 'Adopt version 2' }).click();
  await counsel.waitForURL(new RegExp(`${checklistUrl}\\?adopted=2$`));
  await expect(counsel.getByRole('status').filter({ hasText: 'Version 2 of the template adopted' })).toBeVisible();
  await expect(counsel.getByText(/From template .*version 2/)).toBeVisible();
  await expect(counsel.getByRole('link', { name: 'Officers and directors overlap' })).toBeVisible();
  const fee = counsel.getByRole('row').filter({ has: counsel.getByRole('link', { name: 'Filing fee' }) });
  await expect(fee).toContainText('not in template v2');
  await fee.getByRole('link', { name: 'Filing fee' }).click();
  await expect(counsel.getByRole('form', { name: 'Answer' }).getByLabel('Answer and notes')).toHaveValue('Fee paid by wire on 2 March.');

  // The trail records the adoption.
  await counsel.goto(`${caseUrl}/activity?action=checklist.adopt-template`);
  await expect(counsel.getByRole('row').filter({ hasText: 'checklist.adopt-template' })).toHaveCount(1);
  await admin.context().close();
  await counsel.context().close();
});

test('an adoption reviewed on a page that went stale is refused, saying who changed the checklist and when', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await personPage(browser, 'admin@demo.example');
  await admin.goto('/admin/templates');
  await admin.getByRole('link', { name: NAME }).click();
  await admin.getByRole('group', { name: 'Item 1' }).getByLabel('Guidance').fill('Legal name, ultimate parent entity and address.');
  await admin.getByRole('button', { name: 'Save as new version' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toContainText('v3');

  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);
  await counsel.goto(`${caseUrl}/checklists`);
  await counsel.getByRole('link', { name: `${NAME} checklist` }).click();
  await counsel.getByRole('link', { name: 'Review the changes and adopt version 3' }).click();
  const adoptUrl = counsel.url();
  // Meanwhile a colleague (the same counsel, in another tab) edits an item of the checklist.
  const other = await counsel.context().newPage();
  await other.goto(adoptUrl.replace(/\/adopt$/, ''));
  await other.getByRole('link', { name: 'Board approval' }).click();
  await other.getByRole('form', { name: 'Answer' }).getByLabel('Answer and notes').fill('Board resolution of 3 March.');
  await other.getByRole('form', { name: 'Answer' }).getByRole('button', { name: 'Save answer' }).click();
  await expect(other.getByRole('form', { name: 'Answer' }).getByRole('status')).toHaveText('Saved.');

  await counsel.getByRole('button', { name: 'Adopt version 3' }).click();
  const refusal = counsel.getByRole('alert').filter({ hasText: 'Not adopted' });
  await expect(refusal).toContainText(/Not adopted: Clara Counsel changed this checklist at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  await counsel.getByRole('button', { name: 'Review the changes again' }).click();
  await expect(refusal).toHaveCount(0);
  await counsel.getByRole('button', { name: 'Adopt version 3' }).click();
  await counsel.waitForURL(/\?adopted=3$/);
  await admin.context().close();
  await counsel.context().close();
});
