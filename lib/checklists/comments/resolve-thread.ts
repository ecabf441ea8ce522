import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistComments } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { ValidationError } from '@/lib/core/errors';
import { loadComment } from './load-comment';

/** Resolves or reopens a thread (its first comment carries the state). */
export async function setThreadResolved(opts: { actor: SessionUser; caseId: string; threadId: string; resolved: boolean }) {
  const { actor, caseId, resolved } = opts;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'comment');
    const root = await loadComment(tx, caseId, opts.threadId);
    if (root.parentId !== null) throw new ValidationError('Only a whole thread can be resolved or reopened.');
    if ((root.resolvedAt !== null) === resolved) return { changed: false };
    await tx
      .update(checklistComments)
      .set(resolved ? { resolvedAt: new Date(), resolvedBy: actor.id } : { resolvedAt: null, resolvedBy: null })
      .where(eq(checklistComments.id, root.id));
    await recordAudit(tx, actor, { action: resolved ? 'comment.resolve' : 'comment.reopen', entityType: 'checklist_comment', entityId: root.id, caseId, changes: { itemId: root.itemId } });
    return { changed: true };
  });
}
