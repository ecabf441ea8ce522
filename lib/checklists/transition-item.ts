import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistComments, checklistItems } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { ForbiddenError, ValidationError } from '@/lib/core/errors';
import { notify } from '@/lib/notifications/notify';
import { currentEvidence, itemConflict, loadItem } from './item-store';
import { requestChangesSchema, transitionSchema, type ItemStatus } from './schemas';
import { nextStatus } from './state-machine';

/**
 * The preparer's and reviewer's workflow steps other than approval (see approveItem): send for
 * review, withdraw from review, request changes. The state machine decides what is allowed.
 */
export async function transitionItem(opts: {
  actor: SessionUser;
  caseId: string;
  input: { itemId: string; expectedStatus: ItemStatus; action: 'submit' | 'withdraw' | 'request-changes'; reason?: string };
}) {
  const { actor, caseId } = opts;
  const data = transitionSchema.parse(opts.input);
  if (data.action === 'approve') throw new ValidationError('Use the approval step to approve an item.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, data.action === 'request-changes' ? 'sign-off' : 'edit');
    const before = await loadItem(tx, caseId, data.itemId, { lock: true });
    if (before.status !== data.expectedStatus) throw await itemConflict(tx, before);
    const move = nextStatus(before.status, data.action);
    if (!move.ok) throw new ValidationError(move.message);
    if (data.action === 'submit') {
      if (!before.reviewerId) throw new ValidationError('Assign a reviewer before sending this item for review.', { reviewerId: 'Choose who reviews this item.' });
      const hasEvidence = (await currentEvidence(tx, before.id)).length > 0;
      if (!before.answer && !before.notApplicable && !hasEvidence) {
        throw new ValidationError('Write an answer, attach evidence or mark the item not applicable before sending it for review.');
      }
    }
    if (data.action === 'request-changes' && before.preparerId === actor.id) {
      throw new ForbiddenError('You prepared this item; withdraw it from review to change it yourself.');
    }
    // Parsed after the permission and status checks, so a refusal says the more basic thing first.
    const reason = data.action === 'request-changes' ? requestChangesSchema.parse({ reason: data.reason ?? '' }).reason : null;
    const now = new Date();
    await tx
      .update(checklistItems)
      .set({ status: move.status, updatedBy: actor.id, updatedAt: now })
      .where(and(eq(checklistItems.id, before.id), eq(checklistItems.status, before.status)));
    await recordAudit(tx, actor, {
      action: `checklist-item.${data.action}`,
      entityType: 'checklist_item',
      entityId: before.id,
      caseId,
      changes: { status: { before: before.status, after: move.status } },
    });
    if (data.action === 'submit') {
      await notify(tx, { userIds: [before.reviewerId], actorId: actor.id, caseId, kind: 'review-requested', itemId: before.id, excerpt: before.title });
    } else if (data.action === 'request-changes' && reason) {
      // The reason is a thread of its own: the preparer can reply to it and resolve it.
      const [comment] = await tx.insert(checklistComments).values({ itemId: before.id, caseId, parentId: null, authorId: actor.id, body: reason, mentions: [] }).returning({ id: checklistComments.id });
      await recordAudit(tx, actor, { action: 'comment.create', entityType: 'checklist_comment', entityId: comment.id, caseId, changes: { itemId: before.id, parentId: null, body: reason, mentions: [], requestChanges: true } });
      await notify(tx, { userIds: [before.preparerId], actorId: actor.id, caseId, kind: 'changes-requested', itemId: before.id, excerpt: reason, commentId: comment.id });
    }
    return { status: move.status };
  });
}
