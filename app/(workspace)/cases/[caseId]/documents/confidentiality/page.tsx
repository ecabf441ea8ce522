import Link from 'next/link';
import { REDACTED_PASSAGE, SUBJECT_LABELS, type Finding, type NameSubject } from '@/lib/documents/confidentiality-kinds';
import { DOCUMENT_KIND_LABELS } from '@/lib/documents/kinds';
import { listConfidentiality } from '@/lib/documents/list-confidentiality';
import { Publication, type Mark } from '@/lib/documents/publication';
import { loadCase } from '../../load-case';
import { MarkForm } from './_components/mark-form';
import { MarksTable } from './_components/marks-table';

export const metadata = { title: 'Confidentiality' };

/** Whether the marks made since the refusal cover this place: the composers' own rule, applied again. */
function stillOpen(f: Finding, marks: Mark[]): string[] {
  const pub = new Publication(false, marks);
  if (f.subject === 'text') pub.text(f.value, f.field);
  else pub.name(f.value, f.subject as NameSubject);
  return pub.findings.flatMap((x) => x.figures);
}

/**
 * What the non-confidential editions withhold, as data: counsel's marks, and the places the last
 * refused edition listed, each with the control to mark it or declare its figure public.
 */
export default async function ConfidentialityPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { user } = await loadCase(caseId);
  const view = await listConfidentiality({ actor: user, caseId });
  const marks: Mark[] = view.marks;
  const passages = view.marks.filter((m) => m.kind === 'passage').map((m) => m.text);
  const findings = (view.refused?.findings ?? []).map((f, i) => ({ ...f, i, open: stillOpen(f, marks) }));
  const open = findings.filter((f) => f.open.length);
  return (
    <>
      <p><Link href={`/cases/${caseId}/documents`}>← Documents</Link></p>
      <h2 style={{ marginTop: 0 }}>Confidentiality</h2>
      <p className="muted">
        The non-confidential editions print a name you mark under its public label and a passage you mark as {REDACTED_PASSAGE}; structured figures (shares,
        counts, values, HHI) are printed as ranges. Any other figure in the case file stops the non-confidential edition, which then lists it here.
      </p>

      {view.refused ? (
        <section className="card" aria-labelledby="refused">
          <h3 id="refused" style={{ marginTop: 0 }}>
            Figures nobody marked — {DOCUMENT_KIND_LABELS[view.refused.kind]}, refused {view.refused.at ? `${view.refused.at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}
          </h3>
          {open.length === 0 ? (
            <p className="notice" role="status">Every place is marked now. Generate the non-confidential edition again on the Documents tab.</p>
          ) : (
            <p>{open.length} of {findings.length} place(s) still to mark.</p>
          )}
          {findings.map((f) => (
            <article key={f.i} id={`finding-${f.i}`} className="card" aria-label={`${f.field} at ${f.location}`}>
              <h4 style={{ margin: 0 }}>{f.field} <span className="muted">— {f.location}</span></h4>
              {f.open.length === 0 ? (
                <p className="notice">Marked.</p>
              ) : (
                <>
                  <p>Unmarked: {f.open.map((x) => <mark key={x} style={{ marginRight: '0.4rem' }}>{x}</mark>)}</p>
                  {f.subject !== 'text' ? <p className="mono">{f.value}</p> : null}
                  {view.canEdit ? (
                    <MarkForm caseId={caseId} subject={f.subject} value={f.value} figures={f.open} marked={passages} idPrefix={`${f.field} at ${f.location}`} />
                  ) : <p className="muted">Counsel of the case can mark it.</p>}
                </>
              )}
            </article>
          ))}
        </section>
      ) : null}

      {view.canEdit ? (
        <section className="card" aria-labelledby="mark-new">
          <h3 id="mark-new" style={{ marginTop: 0 }}>Mark something before generating</h3>
          <p className="muted">Names: {Object.entries(SUBJECT_LABELS).filter(([k]) => k !== 'text').map(([, v]) => v.toLowerCase()).join(', ')}.</p>
          <MarkForm caseId={caseId} idPrefix="a new mark" />
        </section>
      ) : null}

      <section aria-labelledby="marks">
        <h3 id="marks">Marks of this case</h3>
        {view.marks.length ? (
          <MarksTable caseId={caseId} canEdit={view.canEdit} rows={view.marks.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() }))} />
        ) : <p className="muted">None yet.</p>}
      </section>
    </>
  );
}
