import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistComments, notifications } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { ForbiddenError } from '@/lib/core/errors';
import { loadComment } from './load-comment';

export const RETRACTED_EXCERPT = 'This comment was retracted.';

/**
 * Comments are never deleted. Retracting hides the text from view; the row keeps it and the audit
 * event records it, so the trail shows what was said and who withdrew it.
 */
export async function retractComment(opts: { actor: SessionUser; caseId: string; commentId: string }) {
  const { actor, caseId } = opts;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'comment');
    const before = await loadComment(tx, caseId, opts.commentId);
    if (before.authorId !== actor.id) throw new ForbiddenError('Only the author can retract a comment.');
    if (before.retractedAt) return { changed: false };
    await tx
      .update(checklistComments)
      .set({ retractedAt: new Date(), retractedBy: actor.id, version: before.version + 1 })
      .where(eq(checklistComments.id, before.id));
    // Notifications that quoted the comment stop quoting it: the text stays only in the trail.
    const blanked = await tx.update(notifications).set({ excerpt: RETRACTED_EXCERPT }).where(eq(notifications.commentId, before.id)).returning({ id: notifications.id });
    await recordAudit(tx, actor, {
      action: 'comment.retract',
      entityType: 'checklist_comment',
      entityId: before.id,
      caseId,
      changes: { itemId: before.itemId, body: before.body, createdAt: before.createdAt.toISOString(), notificationsBlanked: blanked.length },
    });
    return { changed: true };
  });
}
