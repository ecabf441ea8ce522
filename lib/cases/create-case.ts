import { getDb } from '@/db/client';
import { caseMembers, cases } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { canGlobal, type SessionUser } from '@/lib/access';
import { ForbiddenError } from '@/lib/core/errors';
import { caseSchema, type CaseInput } from './schemas';
import { toCaseColumns } from './case-columns';

/** Opens a case; its creator becomes its first member, which is where the ethical wall starts. */
export async function createCase(opts: { actor: SessionUser; input: CaseInput }) {
  const { actor } = opts;
  if (!canGlobal(actor, 'create-case')) throw new ForbiddenError('Only counsel can open a case.');
  const data = caseSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const values = toCaseColumns(data);
    const [row] = await tx.insert(cases).values({ ...values, createdBy: actor.id, updatedBy: actor.id }).returning({ id: cases.id });
    await tx.insert(caseMembers).values({ caseId: row.id, userId: actor.id, addedBy: actor.id });
    await recordAudit(tx, actor, { action: 'case.create', entityType: 'case', entityId: row.id, caseId: row.id, changes: values });
    await recordAudit(tx, actor, { action: 'case.member-add', entityType: 'case_member', entityId: actor.id, caseId: row.id, changes: { userId: actor.id, email: actor.email } });
    return { id: row.id };
  });
}
