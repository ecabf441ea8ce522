import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { hsrThresholdTables, users } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import { canGlobal, type SessionUser } from '@/lib/access';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { HsrInputError, validateHsrTable, type HsrFeeTier } from '@/lib/hsr';
import { conflictError } from '@/lib/conflict';
import { uniqueViolation } from '@/lib/core/db-errors';
import { toHsrTable } from './hsr-tables';
import { hsrTableSchema, type HsrTableInput } from './schemas';

function requireAdmin(actor: SessionUser) {
  if (!canGlobal(actor, 'manage-catalogues')) throw new ForbiddenError('Only an administrator can edit the HSR tables.');
}

export async function listHsrTables(opts: { actor: SessionUser }) {
  requireAdmin(opts.actor);
  const db = await getDb();
  const rows = await db
    .select({ table: hsrThresholdTables, updatedByName: users.name })
    .from(hsrThresholdTables)
    .leftJoin(users, eq(users.id, hsrThresholdTables.updatedBy))
    .orderBy(asc(hsrThresholdTables.effectiveFrom));
  return rows.map((r) => ({ ...toHsrTable(r.table), version: r.table.version, updatedAt: r.table.updatedAt, updatedByName: r.updatedByName }));
}

/**
 * Adds (version null) or corrects a year's thresholds and fee tiers. The engine's own validation
 * runs first, so a gap between tiers or a "verified" tier without a fee is refused before it
 * prices a deal.
 */
export async function saveHsrTable(opts: { actor: SessionUser; input: HsrTableInput }) {
  requireAdmin(opts.actor);
  const { version, ...data } = hsrTableSchema.parse(opts.input);
  const feeTiers: HsrFeeTier[] = data.feeTiers.map((t, i) => ({ tier: i + 1, ...t, belowUsd: t.belowUsd as HsrFeeTier['belowUsd'], fromUsd: t.fromUsd as HsrFeeTier['fromUsd'] }));
  const values = { ...data, feeTiers };
  try {
    validateHsrTable(toHsrTable({ ...values, id: '', version: 0, updatedBy: null, updatedAt: new Date() }));
  } catch (error) {
    if (error instanceof HsrInputError) throw new ValidationError(error.message, { feeTiers: error.message });
    throw error;
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(hsrThresholdTables).where(eq(hsrThresholdTables.year, data.year)).for('update');
    if (version === null) {
      if (before) throw new ValidationError(`The ${data.year} table already exists; open it to correct it.`, { year: `${data.year} already exists.` });
      const [row] = await tx
        .insert(hsrThresholdTables)
        .values({ ...values, updatedBy: opts.actor.id })
        .returning({ id: hsrThresholdTables.id, version: hsrThresholdTables.version })
        .catch((error) => {
          if (uniqueViolation(error)) throw new ValidationError(`The ${data.year} table was just added by someone else.`, { year: `${data.year} already exists.` });
          throw error;
        });
      await recordAudit(tx, opts.actor, { action: 'hsr-table.create', entityType: 'hsr_threshold_table', entityId: row.id, changes: values });
      return row;
    }
    if (!before) throw new NotFoundError('This HSR table');
    const [row] = await tx
      .update(hsrThresholdTables)
      .set({ ...values, version: version + 1, updatedBy: opts.actor.id, updatedAt: new Date() })
      .where(and(eq(hsrThresholdTables.id, before.id), eq(hsrThresholdTables.version, version)))
      .returning({ id: hsrThresholdTables.id, version: hsrThresholdTables.version });
    if (!row) throw await conflictError(tx, before, { effectiveFrom: before.effectiveFrom, source: before.source });
    await recordAudit(tx, opts.actor, { action: 'hsr-table.update', entityType: 'hsr_threshold_table', entityId: row.id, changes: { year: data.year, ...diffFields(before as Record<string, unknown>, values) } });
    return row;
  });
}
