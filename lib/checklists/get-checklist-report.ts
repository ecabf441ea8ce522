import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistApprovals, checklistComments, checklistItems, checklists, checklistTemplates, evidenceFiles, users } from '@/db/schema';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { diffApproval } from './approval-diff';
import { itemContentHash } from './content-hash';
import { progressBySection } from './progress';
import { statusLabel, type ApprovedContent } from './schemas';

/**
 * The data of the "Checklist and sign-off report": every item with its status, people, times,
 * content hash (current and as approved), evidence with SHA-256, and open comment threads.
 * Retracted comments are left out; their text lives in the audit trail.
 */
export async function getChecklistReport(opts: { actor: SessionUser; caseId: string }) {
  const { actor, caseId } = opts;
  const db = await getDb();
  const access = await requireCaseAbility(db, actor, caseId, 'read');
  const [userRows, lists, items, approvals, lapsedApprovals, files, comments] = await Promise.all([
    db.select({ id: users.id, name: users.name, email: users.email }).from(users),
    db
      .select({ id: checklists.id, name: checklists.name, reviewId: checklists.reviewId, templateName: checklistTemplates.name, templateVersion: checklists.templateVersionNumber, createdAt: checklists.createdAt })
      .from(checklists)
      .leftJoin(checklistTemplates, eq(checklistTemplates.id, checklists.templateId))
      .where(eq(checklists.caseId, caseId))
      .orderBy(asc(checklists.createdAt)),
    db.select().from(checklistItems).where(eq(checklistItems.caseId, caseId)).orderBy(asc(checklistItems.position)),
    db.select().from(checklistApprovals).where(and(eq(checklistApprovals.caseId, caseId), isNull(checklistApprovals.lapsedAt))),
    // Newest first: an item under re-review is shown against the approval that lapsed last.
    db.select().from(checklistApprovals).where(and(eq(checklistApprovals.caseId, caseId), isNotNull(checklistApprovals.lapsedAt))).orderBy(desc(checklistApprovals.lapsedAt)),
    db
      .select({ id: evidenceFiles.id, itemId: evidenceFiles.itemId, fileName: evidenceFiles.fileName, nameKey: evidenceFiles.nameKey, revision: evidenceFiles.revision, sha256: evidenceFiles.sha256, sizeBytes: evidenceFiles.sizeBytes, contentType: evidenceFiles.contentType, uploadedAt: evidenceFiles.uploadedAt, uploadedBy: evidenceFiles.uploadedBy })
      .from(evidenceFiles)
      .where(eq(evidenceFiles.caseId, caseId))
      .orderBy(asc(evidenceFiles.nameKey), asc(evidenceFiles.revision)),
    db.select().from(checklistComments).where(and(eq(checklistComments.caseId, caseId), isNull(checklistComments.retractedAt))).orderBy(asc(checklistComments.createdAt)),
  ]);
  const person = (id: string | null) => {
    const u = id ? userRows.find((x) => x.id === id) : undefined;
    return u ? { name: u.name, email: u.email } : null;
  };
  const reportItem = (it: (typeof items)[number]) => {
    const docs = files.filter((f) => f.itemId === it.id);
    const latest = new Map(docs.map((f) => [f.nameKey, f.revision] as const)); // ascending order: last wins
    const evidence = docs.map((f) => ({ fileId: f.id, fileName: f.fileName, revision: f.revision, sha256: f.sha256, sizeBytes: f.sizeBytes, contentType: f.contentType, uploadedAt: f.uploadedAt, uploadedBy: person(f.uploadedBy), current: latest.get(f.nameKey) === f.revision }));
    const contentHash = itemContentHash({ title: it.title, answer: it.answer, notApplicable: it.notApplicable, naReason: it.naReason, evidence: evidence.filter((e) => e.current) });
    const a = approvals.find((x) => x.itemId === it.id);
    // An approval that lapsed and was not yet given again: the report shows what changed since.
    const lapsed = a ? undefined : lapsedApprovals.find((x) => x.itemId === it.id);
    const now: ApprovedContent = {
      title: it.title,
      answer: it.answer,
      notApplicable: it.notApplicable,
      naReason: it.notApplicable ? it.naReason : '',
      evidence: evidence.filter((e) => e.current).map((e) => ({ fileId: e.fileId, fileName: e.fileName, revision: e.revision, sha256: e.sha256 })),
    };
    const roots = comments.filter((c) => c.itemId === it.id && c.parentId === null && c.resolvedAt === null);
    return {
      id: it.id,
      section: it.section,
      reference: it.reference,
      title: it.title,
      custom: it.isCustom,
      status: it.status,
      statusLabel: statusLabel(it.status, it.notApplicable, !!lapsed && it.status === 'ready-for-review'),
      removedFromTemplateVersion: it.removedFromTemplateVersion,
      notApplicable: it.notApplicable,
      naReason: it.naReason,
      answer: it.answer,
      preparer: person(it.preparerId),
      reviewer: person(it.reviewerId),
      dueDate: it.dueDate,
      lastEditedBy: person(it.lastEditedBy),
      lastEditedAt: it.lastEditedAt,
      createdAt: it.createdAt,
      updatedAt: it.updatedAt,
      contentHash,
      approval: a ? { approver: person(a.approvedBy), approvedAt: a.approvedAt, contentHash: a.contentHash, matchesContent: a.contentHash === contentHash } : null,
      evidence,
      lapsedApproval: lapsed
        ? { approver: person(lapsed.approvedBy), approvedAt: lapsed.approvedAt, lapsedAt: lapsed.lapsedAt!, lapsedBy: person(lapsed.lapsedBy), reason: lapsed.lapseReason ?? '', diff: lapsed.content ? diffApproval(lapsed.content, now) : null }
        : null,
      openThreads: roots.map((r) => ({
        id: r.id,
        author: person(r.authorId),
        createdAt: r.createdAt,
        body: r.body,
        replies: comments.filter((c) => c.parentId === r.id).map((c) => ({ author: person(c.authorId), createdAt: c.createdAt, body: c.body, edited: c.editedAt !== null })),
      })),
    };
  };
  return {
    caseId,
    caseCodename: access.codename,
    generatedAt: new Date(),
    checklists: lists.map((l) => {
      const own = items.filter((i) => i.checklistId === l.id);
      return { ...l, progress: progressBySection(own).overall, items: own.map(reportItem) };
    }),
  };
}
export type ChecklistReport = Awaited<ReturnType<typeof getChecklistReport>>;
