import { and, eq, ne } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { accelerators } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import { canGlobal, type SessionUser } from '@/lib/access';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { conflictError } from '@/lib/conflict';
import { acceleratorSchema, updateAcceleratorSchema, type AcceleratorInput } from './schemas';

function requireCatalogueAdmin(actor: SessionUser) {
  if (!canGlobal(actor, 'manage-catalogues')) throw new ForbiddenError('Only an administrator can change the accelerator catalogue.');
}

async function refuseDuplicateName(tx: Executor, name: string, exceptId?: string) {
  const cond = exceptId ? and(eq(accelerators.name, name), ne(accelerators.id, exceptId)) : eq(accelerators.name, name);
  const [dup] = await tx.select({ id: accelerators.id }).from(accelerators).where(cond);
  if (dup) throw new ValidationError('The catalogue already lists an accelerator with this name.', { name: 'Already in the catalogue.' });
}

export async function createAccelerator(opts: { actor: SessionUser; input: AcceleratorInput }) {
  const { actor } = opts;
  requireCatalogueAdmin(actor);
  const data = acceleratorSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await refuseDuplicateName(tx, data.name);
    const [row] = await tx.insert(accelerators).values({ ...data, updatedBy: actor.id }).returning({ id: accelerators.id });
    await recordAudit(tx, actor, { action: 'accelerator.create', entityType: 'accelerator', entityId: row.id, changes: data });
    return { id: row.id };
  });
}

/**
 * Edits one catalogue row over the version the admin opened. Saved analyses keep the figures
 * they were computed with, so a correction here changes live analyses only.
 */
export async function updateAccelerator(opts: { actor: SessionUser; input: AcceleratorInput & { acceleratorId: string; version: number } }) {
  const { actor } = opts;
  requireCatalogueAdmin(actor);
  const { acceleratorId, version, ...values } = updateAcceleratorSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(accelerators).where(eq(accelerators.id, acceleratorId)).for('update');
    if (!before) throw new NotFoundError('This accelerator');
    await refuseDuplicateName(tx, values.name, acceleratorId);
    const res = await tx
      .update(accelerators)
      .set({ ...values, version: version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(accelerators.id, acceleratorId), eq(accelerators.version, version)))
      .returning({ version: accelerators.version });
    if (!res.length) {
      throw await conflictError(tx, before, {
        name: before.name, vendor: before.vendor, tflops: before.tflops, watts: before.watts, sourceNote: before.sourceNote,
        memoryGb: before.memoryGb, memoryBandwidthGbs: before.memoryBandwidthGbs, fp8DenseTflops: before.fp8DenseTflops, specsSourceNote: before.specsSourceNote,
      });
    }
    await recordAudit(tx, actor, { action: 'accelerator.update', entityType: 'accelerator', entityId: acceleratorId, changes: diffFields(before, values) });
    return { version: res[0].version };
  });
}
