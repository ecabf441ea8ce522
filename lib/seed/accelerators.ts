import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accelerators } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { ACCELERATOR_SEED } from '@/lib/markets/data/accelerators';

const SYSTEM = { id: null, email: 'system:seed' };

/**
 * Fills an empty catalogue (and only an empty one: after that it is the admins' data). A catalogue
 * seeded before the memory and FP8 columns existed gets those figures on rows the seeder wrote and
 * nobody has edited since (updated_by is null) and whose new figures are all still blank, audited
 * like any other change.
 */
export async function seedAccelerators(db: Executor): Promise<{ seeded: number; filled: number }> {
  const [any] = await db.select({ id: accelerators.id }).from(accelerators).limit(1);
  if (any) return { seeded: 0, filled: await fillSpecs(db) };
  const rows = await db
    .insert(accelerators)
    .values(ACCELERATOR_SEED.map((a) => ({ ...a })))
    .returning({ id: accelerators.id, name: accelerators.name });
  for (const r of rows) {
    const seed = ACCELERATOR_SEED.find((a) => a.name === r.name)!;
    await recordAudit(db, SYSTEM, { action: 'accelerator.create', entityType: 'accelerator', entityId: r.id, changes: { ...seed, source: 'reference seed' } });
  }
  return { seeded: rows.length, filled: 0 };
}

async function fillSpecs(db: Executor): Promise<number> {
  const untouched = await db
    .select({ id: accelerators.id, name: accelerators.name, version: accelerators.version })
    .from(accelerators)
    .where(and(isNull(accelerators.updatedBy), isNull(accelerators.memoryGb), isNull(accelerators.memoryBandwidthGbs), isNull(accelerators.fp8DenseTflops), eq(accelerators.specsSourceNote, '')));
  let filled = 0;
  for (const row of untouched) {
    const seed = ACCELERATOR_SEED.find((a) => a.name === row.name);
    if (!seed) continue;
    const specs = { memoryGb: seed.memoryGb, memoryBandwidthGbs: seed.memoryBandwidthGbs, fp8DenseTflops: seed.fp8DenseTflops, specsSourceNote: seed.specsSourceNote };
    // Guarded by version so an admin's edit in between is never overwritten.
    const done = await db
      .update(accelerators)
      .set({ ...specs, version: row.version + 1, updatedAt: new Date() })
      .where(and(eq(accelerators.id, row.id), eq(accelerators.version, row.version), isNull(accelerators.updatedBy)))
      .returning({ id: accelerators.id });
    if (!done.length) continue;
    await recordAudit(db, SYSTEM, { action: 'accelerator.update', entityType: 'accelerator', entityId: row.id, changes: { ...specs, source: 'reference seed: memory and FP8 figures' } });
    filled++;
  }
  return filled;
}
