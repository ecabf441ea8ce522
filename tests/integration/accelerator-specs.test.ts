import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { createUser } from '../fixtures/factories';
import { getDb } from '@/db/client';
import { accelerators } from '@/db/schema';
import { seedAccelerators } from '@/lib/seed/accelerators';
import { listAuditEvents } from '@/lib/audit/list-events';
import { listAccelerators } from '@/lib/markets/list-accelerators';
import { createAccelerator, updateAccelerator } from '@/lib/markets/save-accelerator';

useTestDatabase();

const input = { name: 'Test NPU 2', vendor: 'Acme', tflops: '500', watts: '', sourceNote: 'Acme datasheet' };

describe('accelerator memory, bandwidth and FP8', () => {
  // First: the seeder only seeds an empty catalogue.
  it('the seeder fills the new figures on untouched seed rows of an older catalogue, audited, and leaves edited rows alone', async () => {
    const db = await getDb();
    const admin = await createUser({ role: 'admin' });
    await seedAccelerators(db);
    // A catalogue seeded before these columns existed: every new figure blank.
    await db.update(accelerators).set({ memoryGb: null, memoryBandwidthGbs: null, fp8DenseTflops: null, specsSourceNote: '' });
    const [a100] = await db.select().from(accelerators).where(eq(accelerators.name, 'NVIDIA A100 SXM'));
    await updateAccelerator({ actor: admin, input: { acceleratorId: a100.id, version: a100.version, name: a100.name, vendor: a100.vendor, tflops: String(a100.tflops), watts: String(a100.watts), sourceNote: a100.sourceNote } });

    const { seeded, filled } = await seedAccelerators(db);
    expect(seeded).toBe(0);
    expect(filled).toBe(13);
    const rows = await listAccelerators({ actor: admin });
    expect(rows.find((r) => r.name === 'NVIDIA H100 SXM')).toMatchObject({ memoryGb: 80, memoryBandwidthGbs: 3350, fp8DenseTflops: 1978.9 });
    expect(rows.find((r) => r.name === 'NVIDIA A100 SXM')).toMatchObject({ memoryGb: null, specsSourceNote: '' });
    const events = await listAuditEvents({ actor: admin, filter: { action: 'accelerator.update' } });
    expect(events.filter((e) => JSON.stringify(e.changes).includes('memory and FP8'))).toHaveLength(13);
    expect((await seedAccelerators(db)).filled).toBe(0);
  });

  it('are stored, listed and audited with their source; a change is audited as a diff', async () => {
    const admin = await createUser({ role: 'admin' });
    const { id } = await createAccelerator({ actor: admin, input: { ...input, memoryGb: '96', memoryBandwidthGbs: '2,900', fp8DenseTflops: '', specsSourceNote: 'Acme architecture guide' } });
    const row = (await listAccelerators({ actor: admin })).find((r) => r.id === id)!;
    expect(row).toMatchObject({ memoryGb: 96, memoryBandwidthGbs: 2900, fp8DenseTflops: null, specsSourceNote: 'Acme architecture guide' });
    await updateAccelerator({ actor: admin, input: { ...input, acceleratorId: id, version: 0, memoryGb: '96', memoryBandwidthGbs: '2,900', fp8DenseTflops: '1299', specsSourceNote: 'Acme architecture guide' } });
    const events = (await listAuditEvents({ actor: admin, filter: { action: 'accelerator.' } })).filter((e) => e.entityId === id);
    const update = events.find((e) => e.action === 'accelerator.update')!;
    expect(JSON.stringify(update.changes)).toContain('fp8DenseTflops');
    expect(JSON.stringify(update.changes)).not.toContain('memoryGb');
  });

  it('a figure without its source is refused at the field and nothing is saved', async () => {
    const admin = await createUser({ role: 'admin' });
    const err = await createAccelerator({ actor: admin, input: { ...input, name: 'Unsourced', fp8DenseTflops: '100' } }).catch((e) => e);
    expect(err.issues?.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['specsSourceNote']);
    expect((await listAccelerators({ actor: admin })).some((r) => r.name === 'Unsourced')).toBe(false);
  });

});
