import type { Executor } from '@/db/client';
import { accelerators } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { ACCELERATOR_SEED } from '@/lib/markets/data/accelerators';

const SYSTEM = { id: null, email: 'system:seed' };

/** Fills an empty catalogue (and only an empty one: after that it is the admins' data). */
export async function seedAccelerators(db: Executor): Promise<{ seeded: number }> {
  const [any] = await db.select({ id: accelerators.id }).from(accelerators).limit(1);
  if (any) return { seeded: 0 };
  const rows = await db
    .insert(accelerators)
    .values(ACCELERATOR_SEED.map((a) => ({ ...a })))
    .returning({ id: accelerators.id, name: accelerators.name });
  for (const r of rows) {
    const seed = ACCELERATOR_SEED.find((a) => a.name === r.name)!;
    await recordAudit(db, SYSTEM, { action: 'accelerator.create', entityType: 'accelerator', entityId: r.id, changes: { ...seed, source: 'reference seed' } });
  }
  return { seeded: rows.length };
}
