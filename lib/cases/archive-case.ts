import { and, eq, isNull, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';

/** Cases are archived, never deleted: the record and its trail must survive the matter. */
export async function setCaseArchived(opts: { actor: SessionUser; caseId: string; archived: boolean }) {
  const { actor, caseId, archived } = opts;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'archive');
    const res = await tx
      .update(cases)
      .set({ archivedAt: archived ? new Date() : null, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(cases.id, caseId), archived ? isNull(cases.archivedAt) : isNotNull(cases.archivedAt)))
      .returning({ id: cases.id });
    if (res.length) await recordAudit(tx, actor, { action: archived ? 'case.archive' : 'case.restore', entityType: 'case', entityId: caseId, caseId });
    return { changed: res.length > 0 };
  });
}
