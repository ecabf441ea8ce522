import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistComments } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { ValidationError } from '@/lib/core/errors';
import { notify } from '@/lib/notifications/notify';
import { caseMemberList, loadItem } from '../item-store';
import { findMentions } from '../mentions';
import { addCommentSchema } from '../schemas';

/** Starts a thread on an item, or replies to one; @mentioned case members are notified. */
export async function addComment(opts: { actor: SessionUser; caseId: string; input: { itemId: string; parentId?: string | null; body: string } }) {
  const { actor, caseId } = opts;
  const data = addCommentSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'comment');
    const item = await loadItem(tx, caseId, data.itemId);
    if (data.parentId) {
      const [parent] = await tx
        .select({ parentId: checklistComments.parentId })
        .from(checklistComments)
        .where(and(eq(checklistComments.id, data.parentId), eq(checklistComments.itemId, item.id)));
      if (!parent || parent.parentId !== null) throw new ValidationError('That thread does not exist on this item.');
    }
    const mentions = findMentions(data.body, await caseMemberList(tx, caseId));
    const [row] = await tx
      .insert(checklistComments)
      .values({ itemId: item.id, caseId, parentId: data.parentId, authorId: actor.id, body: data.body, mentions })
      .returning({ id: checklistComments.id });
    await recordAudit(tx, actor, {
      action: data.parentId ? 'comment.reply' : 'comment.create',
      entityType: 'checklist_comment',
      entityId: row.id,
      caseId,
      changes: { itemId: item.id, parentId: data.parentId, body: data.body, mentions },
    });
    await notify(tx, { userIds: mentions, actorId: actor.id, caseId, kind: 'mentioned', itemId: item.id, excerpt: data.body, commentId: row.id });
    return { id: row.id };
  });
}
