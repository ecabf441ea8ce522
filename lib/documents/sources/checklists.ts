import type { SessionUser } from '@/lib/access';
import { getChecklistReport } from '@/lib/checklists/get-checklist-report';
import type { ChecklistFacts, EvidenceFacts } from '../model';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The checklist report's data as plain text and ISO dates; people by name. */
export async function loadChecklistFacts(actor: SessionUser, caseId: string): Promise<ChecklistFacts> {
  const r = await getChecklistReport({ actor, caseId });
  return {
    checklists: r.checklists.map((l) => ({
      name: l.name,
      template: l.templateName ? `${l.templateName}${l.templateVersion ? ` (version ${l.templateVersion})` : ''}` : null,
      progress: l.progress,
      items: l.items.map((it) => ({
        section: it.section,
        reference: it.reference,
        title: it.title,
        status: it.statusLabel,
        notApplicable: it.notApplicable,
        naReason: it.naReason,
        answer: it.answer,
        preparer: it.preparer?.name ?? null,
        reviewer: it.reviewer?.name ?? null,
        dueDate: it.dueDate,
        lastEditedBy: it.lastEditedBy?.name ?? null,
        lastEditedAt: iso(it.lastEditedAt),
        contentHash: it.contentHash,
        approval: it.approval
          ? { approver: it.approval.approver?.name ?? null, approvedAt: it.approval.approvedAt.toISOString(), contentHash: it.approval.contentHash, matchesContent: it.approval.matchesContent }
          : null,
        removedFromTemplateVersion: it.removedFromTemplateVersion,
        sinceApproval: it.lapsedApproval
          ? {
              approver: it.lapsedApproval.approver?.name ?? null,
              approvedAt: it.lapsedApproval.approvedAt.toISOString(),
              lapsedAt: it.lapsedApproval.lapsedAt.toISOString(),
              lapsedBy: it.lapsedApproval.lapsedBy?.name ?? null,
              reason: it.lapsedApproval.reason,
              contentKept: it.lapsedApproval.diff !== null,
              title: it.lapsedApproval.diff?.title ?? null,
              notApplicable: it.lapsedApproval.diff?.notApplicable ?? null,
              answer: it.lapsedApproval.diff?.answer ?? null,
              evidence: (it.lapsedApproval.diff?.evidence ?? []).map((e) => ({ fileName: e.fileName, change: e.change, approvedRevision: e.approved?.revision ?? null, nowRevision: e.now?.revision ?? null })),
            }
          : null,
        evidence: it.evidence.map((e) => ({ item: it.title, fileName: e.fileName, revision: e.revision, sha256: e.sha256, sizeBytes: e.sizeBytes, uploadedAt: e.uploadedAt.toISOString(), uploadedBy: e.uploadedBy?.name ?? '—', current: e.current })),
        openThreads: it.openThreads.map((t) => ({
          author: t.author?.name ?? null,
          createdAt: t.createdAt.toISOString(),
          body: t.body,
          replies: t.replies.map((x) => ({ author: x.author?.name ?? null, createdAt: x.createdAt.toISOString(), body: x.body })),
        })),
      })),
    })),
  };
}

export function evidenceOf(c: ChecklistFacts): EvidenceFacts[] {
  return c.checklists.flatMap((l) => l.items.flatMap((i) => i.evidence));
}
