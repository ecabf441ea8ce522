import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAdoptionPreview } from '@/lib/checklists/get-adoption';
import { statusLabel } from '@/lib/checklists/schemas';
import { NotFoundError } from '@/lib/core/errors';
import { TemplateChangeList } from '@/app/_components/template-change-list';
import { loadCase } from '../../../load-case';
import { AdoptForm } from './_components/adopt-form';

export const metadata = { title: 'Adopt a newer template version' };

export default async function AdoptTemplatePage(props: { params: Promise<{ caseId: string; checklistId: string }> }) {
  const { caseId, checklistId } = await props.params;
  const { user } = await loadCase(caseId);
  const p = await getAdoptionPreview({ actor: user, caseId, checklistId }).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const back = `/cases/${caseId}/checklists/${checklistId}`;
  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <Link href={back}>← {p.checklist.name}</Link>
      </p>
      <h2>Adopt a newer template version</h2>
      {!p.target ? (
        <p>
          This checklist uses version {p.checklist.fromVersion ?? '—'} of “{p.checklist.templateName ?? 'its template'}”, the latest there is.
        </p>
      ) : (
        <>
          <p>
            This checklist uses version {p.checklist.fromVersion} of “{p.checklist.templateName}”. Version {p.target.number} was saved {p.target.createdAt.toISOString().slice(0, 10)}
            {p.target.note ? ` (“${p.target.note}”)` : ''}. Adopting it does this to the checklist:
          </p>
          <p role="status">
            {p.added.length} added, {p.changed.length} changed ({p.changed.filter((c) => c.approval).length} approval{p.changed.filter((c) => c.approval).length === 1 ? '' : 's'} lapse), {p.removed.length} no longer in the
            template (kept), {p.unchanged} unchanged (answers, evidence and approvals kept as they are).
          </p>
          <TemplateChangeList
            added={p.added}
            removed={p.removed}
            removedNote="These items stay in the checklist with their answers, evidence and sign-off, marked as no longer in the template: they are part of the case record. Mark them not applicable or keep working on them as you decide."
            changed={p.changed.map((c) => ({
              ...c,
              note: c.approval ? `Approved by ${c.approval.approverName} on ${c.approval.approvedAt.toISOString().slice(0, 10)}: this approval lapses (“template changed”) and the item goes back for re-review.` : undefined,
            }))}
          />
          {p.removed.some((r) => r.hasAnswer) ? (
            <p className="muted">
              Removed items with work on them: {p.removed.filter((r) => r.hasAnswer).map((r) => `${r.title} (${statusLabel(r.status, false)})`).join('; ')}.
            </p>
          ) : null}
          {p.canAdopt ? <AdoptForm key={`${p.checklist.version}:${p.itemsStamp}`} caseId={caseId} checklistId={checklistId} toVersion={p.target.number} version={p.checklist.version} itemsStamp={p.itemsStamp} /> : <p className="muted">Only counsel on this case can adopt a template version.</p>}
        </>
      )}
    </>
  );
}
