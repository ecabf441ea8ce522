import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditEvents, caseMembers, checklistApprovals, checklistItems, evidenceFiles, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import { ConflictError, NotFoundError } from '@/lib/core/errors';
import { notify } from '@/lib/notifications/notify';
import { itemContentHash } from './content-hash';
import type { ApprovedContent } from './schemas';
import { statusLabel } from './schemas';

export type ItemRow = typeof checklistItems.$inferSelect;

/** An item of this case, locked for the rest of the transaction; another case's item is not found. */
export async function loadItem(tx: Executor, caseId: string, itemId: string, opts: { lock?: boolean } = {}): Promise<ItemRow> {
  if (!isUuid(itemId)) throw new NotFoundError('This checklist item');
  const q = tx.select().from(checklistItems).where(and(eq(checklistItems.id, itemId), eq(checklistItems.caseId, caseId)));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw new NotFoundError('This checklist item');
  return row;
}

/** The latest revision of each evidence document on an item. */
export async function currentEvidence(tx: Executor, itemId: string) {
  return tx
    .selectDistinctOn([evidenceFiles.nameKey], { id: evidenceFiles.id, fileName: evidenceFiles.fileName, sha256: evidenceFiles.sha256, revision: evidenceFiles.revision })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.itemId, itemId))
    .orderBy(evidenceFiles.nameKey, desc(evidenceFiles.revision));
}

export async function hashOfItem(tx: Executor, item: Pick<ItemRow, 'id' | 'title' | 'answer' | 'notApplicable' | 'naReason'>) {
  return (await contentOfItem(tx, item)).hash;
}

/** The item's content as an approval keeps it (evidence by its current revisions), and its hash. */
export async function contentOfItem(tx: Executor, item: Pick<ItemRow, 'id' | 'title' | 'answer' | 'notApplicable' | 'naReason'>) {
  const evidence = await currentEvidence(tx, item.id);
  const content: ApprovedContent = {
    title: item.title,
    answer: item.answer,
    notApplicable: item.notApplicable,
    naReason: item.notApplicable ? item.naReason : '',
    evidence: evidence.map((e) => ({ fileId: e.id, fileName: e.fileName, revision: e.revision, sha256: e.sha256 })),
  };
  return { content, hash: itemContentHash(content) };
}

export async function currentApproval(tx: Executor, itemId: string) {
  const [row] = await tx.select().from(checklistApprovals).where(and(eq(checklistApprovals.itemId, itemId), isNull(checklistApprovals.lapsedAt)));
  return row ?? null;
}

/**
 * Ends the approval in force after a content change: recorded on the approval, audited, and the
 * approver told. The caller has already moved the item back to ready for review.
 */
export async function lapseApproval(tx: Executor, actor: SessionUser, item: Pick<ItemRow, 'id' | 'caseId' | 'title'>, reason: string, newHash: string) {
  const approval = await currentApproval(tx, item.id);
  if (!approval) return false;
  await tx.update(checklistApprovals).set({ lapsedAt: new Date(), lapsedBy: actor.id, lapseReason: reason }).where(eq(checklistApprovals.id, approval.id));
  const [approver] = await tx.select({ name: users.name }).from(users).where(eq(users.id, approval.approvedBy));
  await recordAudit(tx, actor, {
    action: 'checklist-item.approval-lapse',
    entityType: 'checklist_item',
    entityId: item.id,
    caseId: item.caseId,
    // The Activity tab shows people by name: the approver's name is written beside the id.
    changes: { approvedByName: approver?.name ?? null, approvedBy: approval.approvedBy, approvedAt: approval.approvedAt.toISOString(), approvedHash: approval.contentHash, newHash, reason, status: { before: 'approved', after: 'ready-for-review' } },
  });
  await notify(tx, { userIds: [approval.approvedBy], actorId: actor.id, caseId: item.caseId, kind: 'approval-lapsed', itemId: item.id, excerpt: `${item.title}: ${reason}` });
  return true;
}

/** Audited actions that move an item's content `version` (see itemConflict). */
export const CONTENT_VERSION_ACTIONS = ['checklist-item.update', 'checklist-item.approve', 'checklist-item.adopt-template'];

/**
 * The refusal for a stale save: who changed the item, when, what their last change touched and its
 * values now. For content the relevant change is the last content edit; otherwise the last of any kind.
 */
export async function itemConflict(tx: Executor, before: ItemRow, kind: 'content' | 'any' = 'any'): Promise<ConflictError> {
  // The content version moves on an edit, an approval and a template adoption: name the latest.
  const [bump] =
    kind === 'content'
      ? await tx
          .select({ actorId: auditEvents.actorId, at: auditEvents.occurredAt })
          .from(auditEvents)
          .where(and(eq(auditEvents.entityType, 'checklist_item'), eq(auditEvents.entityId, before.id), inArray(auditEvents.action, CONTENT_VERSION_ACTIONS)))
          .orderBy(desc(auditEvents.seq))
          .limit(1)
      : [];
  const whoId = bump?.actorId ?? (kind === 'content' && before.lastEditedBy ? before.lastEditedBy : before.updatedBy);
  const at = bump?.at ?? (kind === 'content' && before.lastEditedAt ? before.lastEditedAt : before.updatedAt);
  const [who] = await tx.select({ name: users.name }).from(users).where(eq(users.id, whoId));
  const [last] = await tx
    .select({ action: auditEvents.action, changes: auditEvents.changes })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'checklist_item'), eq(auditEvents.entityId, before.id)))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields = last?.changes && typeof last.changes === 'object' ? Object.keys(last.changes as object).join(', ') : '';
  const ids = [before.preparerId, before.reviewerId].filter((v): v is string => !!v);
  const names = ids.length ? await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)) : [];
  const nameOf = (id: string | null) => names.find((n) => n.id === id)?.name ?? '—';
  return new ConflictError({
    changedBy: who?.name ?? 'another user',
    changedAt: at.toISOString(),
    currentVersion: kind === 'content' ? before.version : before.assignmentVersion,
    current: {
      lastChange: last ? `${last.action.replace('checklist-item.', '')}${fields ? ` (${fields})` : ''}` : '—',
      status: statusLabel(before.status, before.notApplicable),
      title: before.title,
      answer: before.answer || '—',
      naReason: before.notApplicable ? before.naReason : '—',
      preparer: nameOf(before.preparerId),
      reviewer: nameOf(before.reviewerId),
      dueDate: before.dueDate ?? '—',
    },
  });
}

/** Case members with their roles, for assignment checks and @mentions. */
export async function caseMemberList(tx: Executor, caseId: string) {
  return tx
    .select({ id: users.id, name: users.name, role: users.role })
    .from(caseMembers)
    .innerJoin(users, eq(users.id, caseMembers.userId))
    .where(and(eq(caseMembers.caseId, caseId), eq(users.status, 'active')))
    .orderBy(users.name);
}
