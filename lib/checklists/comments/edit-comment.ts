import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistComments } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { ConflictError, ForbiddenError } from '@/lib/core/errors';
import { notify } from '@/lib/notifications/notify';
import { caseMemberList } from '../item-store';
import { findMentions } from '../mentions';
import { COMMENT_EDIT_WINDOW_MS, editCommentSchema } from '../schemas';
import { loadComment } from './load-comment';

/** The author may correct a comment for ten minutes; it then shows "edited" and the trail keeps both texts. */
export async function editComment(opts: { actor: SessionUser; caseId: string; input: { commentId: string; version: number; body: string } }) {
  const { actor, caseId } = opts;
  const data = editCommentSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'comment');
    const before = await loadComment(tx, caseId, data.commentId);
    if (before.authorId !== actor.id) throw new ForbiddenError('Only the author can edit a comment.');
    if (before.retractedAt) throw new ForbiddenError('This comment was retracted.');
    if (Date.now() - before.createdAt.getTime() > COMMENT_EDIT_WINDOW_MS) {
      throw new ForbiddenError('Comments can be edited for 10 minutes after posting; add a reply instead.');
    }
    if (before.version !== data.version) {
      throw new ConflictError({ changedBy: 'you (in another window)', changedAt: (before.editedAt ?? before.createdAt).toISOString(), currentVersion: before.version, current: { body: before.body } });
    }
    if (before.body === data.body) return { version: before.version };
    const mentions = findMentions(data.body, await caseMemberList(tx, caseId));
    const [row] = await tx
      .update(checklistComments)
      .set({ body: data.body, mentions, editedAt: new Date(), version: before.version + 1 })
      .where(and(eq(checklistComments.id, before.id), eq(checklistComments.version, data.version)))
      .returning({ version: checklistComments.version });
    await recordAudit(tx, actor, {
      action: 'comment.edit',
      entityType: 'checklist_comment',
      entityId: before.id,
      caseId,
      changes: { body: { before: before.body, after: data.body }, mentions },
    });
    const added = mentions.filter((m) => !before.mentions.includes(m));
    await notify(tx, { userIds: added, actorId: actor.id, caseId, kind: 'mentioned', itemId: before.itemId, excerpt: data.body, commentId: before.id });
    return { version: row.version };
  });
}
