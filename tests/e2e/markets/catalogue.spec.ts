import { expect, test } from '@playwright/test';
import { personPage } from '../../fixtures/e2e';

// Issue #15 §4: the catalogue shows memory, bandwidth and dense FP8 with their source, and an admin
// corrects them through the same form and schema as the other figures.
test('an admin reads and corrects memory and FP8 figures, each with its source', async ({ browser }) => {
  const admin = await personPage(browser, 'admin@demo.example');
  await admin.goto('/admin/accelerators');
  const table = admin.getByRole('table');
  const h100 = table.getByRole('row').filter({ hasText: 'NVIDIA H100 PCIe' });
  await expect(h100.getByRole('cell', { name: '2,000', exact: true })).toBeVisible();
  await expect(h100.getByText(/Memory and FP8: NVIDIA H100 Tensor Core GPU datasheet/)).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Google TPU v5p' }).getByRole('cell', { name: 'none', exact: true })).toBeVisible();

  await h100.getByRole('button', { name: 'Edit NVIDIA H100 PCIe' }).click();
  const form = admin.getByRole('form', { name: 'Save accelerator' });
  await form.getByLabel('Memory bandwidth (GB/s)').fill('two thousand');
  await form.getByLabel('Source of the memory and FP8 figures').fill('');
  await form.getByRole('button', { name: 'Save accelerator' }).click();
  await expect(form.getByText('Enter the memory bandwidth in GB/s as a number, e.g. 3,350, or leave it blank.')).toBeVisible();
  // The source rule looks at the figures once each parses, so it speaks after the number is fixed.
  await form.getByLabel('Memory bandwidth (GB/s)').fill('2,039');
  await form.getByRole('button', { name: 'Save accelerator' }).click();
  await expect(form.getByText('Say where the memory and FP8 figures come from (datasheet or documentation page).')).toBeVisible();

  await form.getByLabel('Source of the memory and FP8 figures').fill('NVIDIA H100 PCIe product brief (e2e correction)');
  await form.getByRole('button', { name: 'Save accelerator' }).click();
  const edited = admin.getByRole('table').getByRole('row').filter({ hasText: 'NVIDIA H100 PCIe' });
  await expect(edited.getByRole('cell', { name: '2,039', exact: true })).toBeVisible();
  await expect(edited.getByText('Memory and FP8: NVIDIA H100 PCIe product brief (e2e correction)')).toBeVisible();
  await admin.screenshot({ path: 'artifacts/markets/catalogue-specs.png', fullPage: true });
});
