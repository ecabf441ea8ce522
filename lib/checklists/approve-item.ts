import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistApprovals, checklistItems, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/auth/permissions';
import { requireCaseAbility } from '@/lib/cases/access';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import { hashOfItem, loadItem } from './item-store';
import { approvalBlocker } from './sign-off-rule';
import { approveSchema } from './schemas';
import { nextStatus } from './state-machine';

/**
 * Maker-checker sign-off. Records approver, time and the SHA-256 of the item's content (title,
 * answer, status reason and evidence hashes). The hash the approver was shown must still be the
 * content's hash: that refuses an approval of an answer or evidence they have not seen.
 */
export async function approveItem(opts: { actor: SessionUser; caseId: string; input: { itemId: string; contentHash: string } }) {
  const { actor, caseId } = opts;
  const data = approveSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const access = await requireCaseAbility(tx, actor, caseId, 'read');
    const before = await loadItem(tx, caseId, data.itemId, { lock: true });
    const blocker = approvalBlocker(actor, access.isMember, before);
    if (blocker) throw new ForbiddenError(blocker);
    if (access.archived) throw new ForbiddenError('This case is archived; it can be read but not changed.');
    const contentHash = await hashOfItem(tx, before);
    if (contentHash !== data.contentHash) {
      const [who] = before.lastEditedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, before.lastEditedBy)) : [];
      throw new ConflictError({
        changedBy: who?.name ?? 'another user',
        changedAt: (before.lastEditedAt ?? before.updatedAt).toISOString(),
        currentVersion: before.version,
        current: { lastChange: 'evidence or content changed', title: before.title },
      });
    }
    const move = nextStatus(before.status, 'approve');
    if (!move.ok) throw new ValidationError(move.message);
    const now = new Date();
    await tx
      .update(checklistItems)
      .set({ status: move.status, updatedBy: actor.id, updatedAt: now })
      .where(and(eq(checklistItems.id, before.id), eq(checklistItems.status, before.status)));
    const [approval] = await tx
      .insert(checklistApprovals)
      .values({ itemId: before.id, caseId, approvedBy: actor.id, approvedAt: now, contentHash })
      .returning({ id: checklistApprovals.id });
    await recordAudit(tx, actor, {
      action: 'checklist-item.approve',
      entityType: 'checklist_item',
      entityId: before.id,
      caseId,
      changes: { status: { before: before.status, after: move.status }, approvalId: approval.id, contentHash, preparerId: before.preparerId, lastEditedBy: before.lastEditedBy },
    });
    await notify(tx, { userIds: [before.preparerId], actorId: actor.id, caseId, kind: 'approved', itemId: before.id, excerpt: before.title });
    return { status: move.status, contentHash, approvedAt: now };
  });
}
