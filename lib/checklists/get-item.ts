import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { checklistApprovals, checklists, evidenceFiles, users } from '@/db/schema';
import { approvalBlocker, can, requireCaseAbility, type SessionUser } from '@/lib/access';
import { NotFoundError } from '@/lib/core/errors';
import { diffApproval } from './approval-diff';
import { listThreads } from './comments/list-threads';
import { caseMemberList, contentOfItem, loadItem } from './item-store';
import { isOverdue } from './progress';
import { canTransition } from './state-machine';

const lapser = alias(users, 'lapser');

/** Everything the item page shows, with what this user may do on it. */
export async function getItem(opts: { actor: SessionUser; caseId: string; checklistId: string; itemId: string }) {
  const { actor, caseId } = opts;
  const db = await getDb();
  const access = await requireCaseAbility(db, actor, caseId, 'read');
  const item = await loadItem(db, caseId, opts.itemId);
  if (item.checklistId !== opts.checklistId) throw new NotFoundError('This checklist item');
  const [[list], members, approvals, files, threads, current, contributorRows] = await Promise.all([
    db.select({ name: checklists.name }).from(checklists).where(eq(checklists.id, item.checklistId)),
    caseMemberList(db, caseId),
    db
      .select({
        approverName: users.name,
        approvedBy: checklistApprovals.approvedBy,
        approvedAt: checklistApprovals.approvedAt,
        contentHash: checklistApprovals.contentHash,
        content: checklistApprovals.content,
        openThreads: checklistApprovals.openThreads,
        lapsedAt: checklistApprovals.lapsedAt,
        lapseReason: checklistApprovals.lapseReason,
        lapsedByName: lapser.name,
      })
      .from(checklistApprovals)
      .innerJoin(users, eq(users.id, checklistApprovals.approvedBy))
      .leftJoin(lapser, eq(lapser.id, checklistApprovals.lapsedBy))
      .where(eq(checklistApprovals.itemId, item.id))
      .orderBy(desc(checklistApprovals.approvedAt)),
    db
      .select({
        id: evidenceFiles.id,
        fileName: evidenceFiles.fileName,
        nameKey: evidenceFiles.nameKey,
        revision: evidenceFiles.revision,
        contentType: evidenceFiles.contentType,
        sizeBytes: evidenceFiles.sizeBytes,
        sha256: evidenceFiles.sha256,
        uploadedAt: evidenceFiles.uploadedAt,
        uploaderName: users.name,
      })
      .from(evidenceFiles)
      .innerJoin(users, eq(users.id, evidenceFiles.uploadedBy))
      .where(and(eq(evidenceFiles.itemId, item.id)))
      .orderBy(asc(evidenceFiles.nameKey), desc(evidenceFiles.revision)),
    listThreads(db, actor, item.id),
    contentOfItem(db, item),
    // Former members too: a contributor who left the case still may not have their work pass unseen.
    item.contributors.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, item.contributors)) : [],
  ]);
  const contentHash = current.hash;
  const nameOf = (id: string | null) => (id ? (members.find((m) => m.id === id)?.name ?? 'former member') : null);
  const documents = new Map<string, typeof files>();
  for (const f of files) documents.set(f.nameKey, [...(documents.get(f.nameKey) ?? []), f]);
  const editable = can(actor, 'edit', access);
  const blocker = approvalBlocker(actor, access, item);
  const mayReview = can(actor, 'sign-off', access);
  const approval = approvals.find((a) => !a.lapsedAt) ?? null;
  const lapsedApprovals = approvals.filter((a) => a.lapsedAt);
  // Re-review: back with the reviewer after an approval lapsed; the diff is against that approval.
  const lastLapsed = !approval ? (lapsedApprovals[0] ?? null) : null;
  const openThreads = threads.filter((t) => !t.resolvedAt && !t.retractedAt).length;
  return {
    checklistName: list.name,
    item: {
      id: item.id,
      checklistId: item.checklistId,
      section: item.section,
      title: item.title,
      guidance: item.guidance,
      reference: item.reference,
      isCustom: item.isCustom,
      removedFromTemplateVersion: item.removedFromTemplateVersion,
      status: item.status,
      answer: item.answer,
      notApplicable: item.notApplicable,
      naReason: item.naReason,
      dueDate: item.dueDate,
      overdue: isOverdue(item),
      preparerId: item.preparerId,
      preparerName: nameOf(item.preparerId),
      reviewerId: item.reviewerId,
      reviewerName: nameOf(item.reviewerId),
      lastEditedByName: nameOf(item.lastEditedBy),
      lastEditedAt: item.lastEditedAt,
      updatedAt: item.updatedAt,
      version: item.version,
      assignmentVersion: item.assignmentVersion,
      contentHash,
      reReview: !!lastLapsed && item.status === 'ready-for-review',
      contributors: item.contributors.map((id) => ({ id, name: contributorRows.find((u) => u.id === id)?.name ?? 'former user' })),
      openThreads,
    },
    approval,
    lapsedApprovals,
    // What changed since the approval that lapsed last; null for approvals older than kept content.
    sinceApproval: lastLapsed?.content ? { approverName: lastLapsed.approverName, approvedAt: lastLapsed.approvedAt, diff: diffApproval(lastLapsed.content, current.content) } : null,
    evidence: [...documents.values()].map((revs) => ({ fileName: revs[0].fileName, current: revs[0], earlier: revs.slice(1) })),
    threads,
    members: members.map((m) => ({ id: m.id, name: m.name, role: m.role })),
    can: {
      edit: editable,
      comment: can(actor, 'comment', access),
      download: access.isMember && can(actor, 'download', access),
      submit: editable && canTransition(item.status, 'submit'),
      withdraw: editable && canTransition(item.status, 'withdraw'),
      requestChanges: mayReview && item.preparerId !== actor.id && canTransition(item.status, 'request-changes'),
      approve: !blocker && canTransition(item.status, 'approve'),
      approveBlocker: blocker,
    },
  };
}
export type ItemDetail = Awaited<ReturnType<typeof getItem>>;
