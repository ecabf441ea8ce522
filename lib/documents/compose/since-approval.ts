import { paragraph, table, type DocContext } from '@/lib/pdf';
import type { Figures } from '../figures';
import type { SinceApprovalFacts } from '../model';
import { body, note, when } from './blocks';

const MAX_DIFF = 3_000;
const CHANGE_WORDS = { added: 'added since', removed: 'removed since', revised: 'revised since' } as const;

/**
 * The answer as it changed since the approval, in one run of text a reader follows without colour:
 * removed words as [deleted: …] and new words as [added: …], in place.
 */
export function answerDiffText(parts: NonNullable<SinceApprovalFacts['answer']>): string {
  // A replacement reads "[deleted: x] [added: y]": the space keeps the two markers apart.
  const text = parts.map((p, i) => (p.op === 'same' ? p.text : `${p.op === 'added' && parts[i - 1]?.op === 'removed' ? ' ' : ''}[${p.op === 'removed' ? 'deleted' : 'added'}: ${p.text}]`)).join('');
  return text.length > MAX_DIFF ? `${text.slice(0, MAX_DIFF)}… (shortened; the full comparison is on the item page)` : text;
}

/** Under an item whose approval lapsed: who approved what, when it lapsed and why, and exactly what changed since. */
export function sinceApprovalBlock(ctx: DocContext, fig: Figures, s: SinceApprovalFacts): void {
  paragraph(ctx, `Approval lapsed — re-review. Approved by ${s.approver ?? '—'} at ${when(s.approvedAt)}; lapsed at ${when(s.lapsedAt)}${s.lapsedBy ? ` (change by ${s.lapsedBy})` : ''}: ${s.reason || '—'}.`, { size: 8.5, spaceAfter: 2 });
  if (!s.contentKept) {
    note(ctx, 'This approval was given before approved content was kept: only its hash exists, so the change cannot be shown.');
    return;
  }
  if (s.title) paragraph(ctx, `Title — approved: “${fig.name(s.title.approved, 'checklist-item')}”; now: “${fig.name(s.title.now, 'checklist-item')}”.`, { size: 8.5, indent: 12, spaceAfter: 2 });
  if (s.notApplicable) paragraph(ctx, `Applicability — approved: ${fig.text(s.notApplicable.approved, 'Not-applicable reason')}; now: ${fig.text(s.notApplicable.now, 'Not-applicable reason')}.`, { size: 8.5, indent: 12, spaceAfter: 2 });
  if (s.answer) {
    paragraph(ctx, 'Answer since the approval ([deleted: …] was in the approved answer, [added: …] is new):', { size: 8.5, indent: 12, spaceAfter: 2 });
    body(ctx, fig.text(answerDiffText(s.answer), 'Checklist answer'));
  }
  if (s.evidence.length) {
    table(ctx, [
      { header: 'Evidence', width: { fr: 1.6 } },
      { header: 'Change', width: 90 },
      { header: 'Approved rev.', width: 60, align: 'right' },
      { header: 'Now rev.', width: 50, align: 'right' },
    ], s.evidence.map((e) => [fig.name(e.fileName, 'evidence-file'), CHANGE_WORDS[e.change], e.approvedRevision === null ? '—' : String(e.approvedRevision), e.nowRevision === null ? '—' : String(e.nowRevision)]), { zebra: true, fontSize: 7 });
  }
  if (!s.title && !s.notApplicable && !s.answer && !s.evidence.length) note(ctx, 'The content is again as approved; the item waits for a new sign-off.');
}
