import { heading, paragraph, table, type ComposedDocument } from '@/lib/pdf';
import { formatNumber } from '@/lib/concentration';
import type { ChecklistReportModel, DocumentMeta } from '../model';
import { body, facts, missing, note, titleBlock, when } from './blocks';
import { composeFiling } from './filing';
import { sinceApprovalBlock } from './since-approval';
import type { ProgressReporter } from './progress';

const MAX_ANSWER = 1_500;

/** Every checklist item with status, people, times, content hash, evidence hashes and open threads. */
export function composeChecklistReport(model: ChecklistReportModel, meta: DocumentMeta, report?: ProgressReporter): Promise<ComposedDocument> {
  const c = model.case;
  const lists = model.checklist?.checklists ?? [];
  return composeFiling(c, meta, 'Checklist and sign-off report', async ({ ctx, fig, steps, caseName }) => {
    const total = lists.reduce((s, l) => s + l.items.length, 0);
    titleBlock(ctx, meta, caseName, [['Checklists', lists.length ? `${lists.length} checklist(s), ${formatNumber(total)} item(s)` : 'None yet']]);
    if (!lists.length) {
      missing(ctx, 'a checklist: create one from a template on the Checklists tab.');
      return;
    }
    note(ctx, fig.confidential
      ? 'The content hash is the SHA-256 of an item’s title, answer, not-applicable reason and current evidence. A sign-off is valid for the content hash it approved; “matches” says whether the item is still as approved.'
      : 'A sign-off is valid for the content it approved; “matches” says whether the item is still as approved. Content and evidence hashes are in the confidential edition: a hash of confidential text is not published.');
    let done = 0;
    for (const [li, list] of lists.entries()) {
      const listName = fig.name(list.name, 'checklist');
      const titles = list.items.map((it) => fig.name(it.title, 'checklist-item'));
      heading(ctx, `${li + 1}. ${listName}`, 1);
      facts(ctx, [
        ['Template', list.template ?? 'Custom checklist'],
        ['Progress', list.progress ? `${list.progress.approved} of ${list.progress.total} item(s) approved` : '—'],
      ]);
      table(ctx, [
        { header: 'Ref.', width: 62 },
        { header: 'Item', width: { fr: 2 } },
        { header: 'Status', width: 70 },
        { header: 'Preparer', width: 70 },
        { header: 'Approved by', width: 70 },
        { header: 'Approved at', width: 62 },
      ], list.items.map((it, i) => [it.reference || '—', titles[i], it.status, it.preparer ?? '—', it.approval?.approver ?? '—', it.approval ? when(it.approval.approvedAt) : '—']), { zebra: true, fontSize: 7.5 });

      for (const [ii, it] of list.items.entries()) {
        heading(ctx, `Item ${it.reference || `${li + 1}.${ii + 1}`}: ${titles[ii]}`, 2);
        facts(ctx, [
          ['Section', it.section],
          ...(it.removedFromTemplateVersion ? [['Template', `Not in template version ${it.removedFromTemplateVersion}: kept with its work when that version was adopted`] as [string, string]] : []),
          ['Status', it.status],
          ['Preparer / reviewer', `${it.preparer ?? '—'} / ${it.reviewer ?? '—'}`],
          ['Due', it.dueDate ?? '—'],
          ['Last edited', it.lastEditedBy ? `${when(it.lastEditedAt)} by ${it.lastEditedBy}` : '—'],
          ...(fig.confidential ? [['Content hash (SHA-256)', it.contentHash] as [string, string]] : []),
          ['Sign-off', it.approval
            ? `${it.approval.approver ?? '—'} at ${when(it.approval.approvedAt)} — ${fig.confidential ? `approved hash ${it.approval.contentHash}` : 'approved'}${it.approval.matchesContent ? ' (matches the current content)' : ' (DOES NOT match: the item changed after sign-off)'}`
            : 'Not signed off'],
          ...(it.notApplicable ? [['Not applicable because', fig.text(it.naReason, 'Not-applicable reason') || '—'] as [string, string]] : []),
        ]);
        if (it.sinceApproval) sinceApprovalBlock(ctx, fig, it.sinceApproval);
        if (it.answer.trim()) {
          const text = it.answer.length > MAX_ANSWER ? `${it.answer.slice(0, MAX_ANSWER)}… (answer shortened; the full text is in the application)` : it.answer;
          body(ctx, fig.text(text, 'Checklist answer'));
        }
        if (it.evidence.length) {
          table(ctx, [
            { header: 'Evidence file', width: { fr: 1.4 } },
            { header: 'Rev.', width: 28, align: 'right' },
            { header: 'Uploaded', width: { fr: 1.1 } },
            ...(fig.confidential ? [{ header: 'SHA-256', width: 200, style: 'mono' as const }] : []),
          ], it.evidence.map((e) => [
            `${fig.name(e.fileName, 'evidence-file')}${e.current ? '' : ' (superseded)'}`, String(e.revision), `${when(e.uploadedAt)} by ${e.uploadedBy}`,
            ...(fig.confidential ? [e.sha256] : []),
          ]), { zebra: true, fontSize: 7 });
        }
        for (const t of it.openThreads) {
          paragraph(ctx, `Open comment — ${t.author ?? 'unknown'}, ${when(t.createdAt)}: ${fig.text(t.body, 'Comment')}`, { size: 8.5, indent: 12, spaceAfter: 2 });
          for (const r of t.replies) paragraph(ctx, `Reply — ${r.author ?? 'unknown'}, ${when(r.createdAt)}: ${fig.text(r.body, 'Comment')}`, { size: 8.5, indent: 24, spaceAfter: 2 });
        }
        done++;
        if (done % 10 === 0) await steps.step(0.05 + (0.85 * done) / Math.max(1, total), `Items: ${done} of ${total}`);
      }
    }
  }, report);
}
