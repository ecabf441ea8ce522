import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { conflictError } from '@/lib/conflict';
import { toCaseColumns } from './case-columns';
import { updateCaseSchema, type CaseInput } from './schemas';

/** Saves case details only over the version the user opened; a newer save is never overwritten. */
export async function updateCase(opts: { actor: SessionUser; caseId: string; input: CaseInput & { version: number } }) {
  const { actor, caseId } = opts;
  const data = updateCaseSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [before] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    const values = toCaseColumns(data);
    const updated = await tx
      .update(cases)
      .set({ ...values, version: data.version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(cases.id, caseId), eq(cases.version, data.version)))
      .returning({ version: cases.version });
    if (updated.length === 0) throw await conflictError(tx, before, toPlain(before));
    await recordAudit(tx, actor, { action: 'case.update', entityType: 'case', entityId: caseId, caseId, changes: diffFields(before, values) });
    return { version: updated[0].version };
  });
}

function toPlain(row: typeof cases.$inferSelect) {
  return {
    name: row.name,
    codename: row.codename,
    dealType: row.dealType,
    description: row.description,
    valueLowM: row.valueLowM,
    valueHighM: row.valueHighM,
    currency: row.currency,
    status: row.status,
    longStopDate: row.longStopDate,
  };
}
