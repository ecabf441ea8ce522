import { and, count, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistApprovals, checklistComments, checklistItems, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { approvalBlocker, requireCaseAbility, type SessionUser } from '@/lib/access';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/core/errors';
import { notify } from '@/lib/notifications/notify';
import { contentOfItem, currentApproval, itemConflict, loadItem } from './item-store';
import { approveSchema } from './schemas';
import { nextStatus } from './state-machine';

/**
 * Maker-checker sign-off. Keeps what was approved (answer, evidence revisions with their SHA-256)
 * beside its hash, so a later lapse can show what changed. The hash the approver was shown must
 * still be the content's hash: that refuses an approval of an answer or evidence they have not seen.
 * Open comment threads need the approver's explicit confirmation, which the approval records.
 * The approval moves the content version on, so an edit typed on the unapproved page is refused
 * (naming the approver) rather than silently lapsing an approval its author never saw.
 */
export async function approveItem(opts: { actor: SessionUser; caseId: string; input: { itemId: string; contentHash: string; confirmOpenThreads?: boolean } }) {
  const { actor, caseId } = opts;
  const data = approveSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const access = await requireCaseAbility(tx, actor, caseId, 'read');
    const before = await loadItem(tx, caseId, data.itemId, { lock: true });
    const blocker = approvalBlocker(actor, access, before);
    if (blocker) throw new ForbiddenError(blocker);
    if (before.status === 'approved') throw await alreadyApproved(tx, before);
    const { content, hash: contentHash } = await contentOfItem(tx, before);
    if (contentHash !== data.contentHash) throw await itemConflict(tx, before, 'content');
    const move = nextStatus(before.status, 'approve');
    if (!move.ok) throw await itemConflict(tx, before);
    const [open] = await tx
      .select({ n: count() })
      .from(checklistComments)
      .where(and(eq(checklistComments.itemId, before.id), isNull(checklistComments.parentId), isNull(checklistComments.resolvedAt), isNull(checklistComments.retractedAt)));
    const openThreads = open?.n ?? 0;
    if (openThreads > 0 && !data.confirmOpenThreads) {
      const msg = `${openThreads === 1 ? 'One comment thread is' : `${openThreads} comment threads are`} still open on this item. Resolve ${openThreads === 1 ? 'it' : 'them'} first, or confirm that you approve with ${openThreads === 1 ? 'it' : 'them'} open.`;
      throw new ValidationError(msg, { confirmOpenThreads: msg });
    }
    const now = new Date();
    await tx
      .update(checklistItems)
      // A new round of contributions starts: nobody has written anything since this approval.
      .set({ status: move.status, contributors: [], version: before.version + 1, updatedBy: actor.id, updatedAt: now })
      .where(and(eq(checklistItems.id, before.id), eq(checklistItems.status, before.status)));
    const [approval] = await tx
      .insert(checklistApprovals)
      .values({ itemId: before.id, caseId, approvedBy: actor.id, approvedAt: now, contentHash, content, openThreads })
      .returning({ id: checklistApprovals.id });
    await recordAudit(tx, actor, {
      action: 'checklist-item.approve',
      entityType: 'checklist_item',
      entityId: before.id,
      caseId,
      changes: {
        status: { before: before.status, after: move.status },
        approvalId: approval.id,
        contentHash,
        evidence: content.evidence.map((e) => ({ fileName: e.fileName, revision: e.revision, sha256: e.sha256 })),
        openThreadsConfirmed: openThreads,
        preparerId: before.preparerId,
        contributors: before.contributors,
      },
    });
    await notify(tx, { userIds: [before.preparerId], actorId: actor.id, caseId, kind: 'approved', itemId: before.id, excerpt: before.title });
    return { status: move.status, contentHash, approvedAt: now, version: before.version + 1, openThreads };
  });
}

/** The refusal for the second of two approvals: who approved first, and when. */
async function alreadyApproved(tx: Parameters<typeof currentApproval>[0], item: { id: string; version: number; title: string }) {
  const approval = await currentApproval(tx, item.id);
  const [who] = approval ? await tx.select({ name: users.name }).from(users).where(eq(users.id, approval.approvedBy)) : [];
  return new ConflictError({
    changedBy: who?.name ?? 'another reviewer',
    changedAt: (approval?.approvedAt ?? new Date()).toISOString(),
    currentVersion: item.version,
    current: { lastChange: 'approved', title: item.title },
  });
}
