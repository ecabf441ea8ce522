import Link from 'next/link';
import { ReverifyForm } from '@/app/_components/reverify-form';
import { DATASET_LABELS, EXPORT_DATASETS } from '@/lib/documents/exports/datasets';
import { listDocuments } from '@/lib/documents/list-documents';
import { loadCase } from '../load-case';
import { DocumentsTable } from './_components/documents-table';
import { GenerateForm } from './_components/generate-form';

export const metadata = { title: 'Documents' };

/** Filing PDFs of the case: generate (counsel), every registered version, and the auditor's download centre. */
export default async function DocumentsPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { user } = await loadCase(caseId);
  const list = await listDocuments({ actor: user, caseId });
  const current = list.documents.filter((d) => d.current);
  const base = `/api/cases/${caseId}/exports`;
  return (
    <>
      {list.permissions.generate ? (
        <section className="card" aria-labelledby="generate">
          <h2 id="generate" style={{ marginTop: 0 }}>Generate a document</h2>
          <p className="muted">
            Each generation is registered as a new version with its SHA-256, the data snapshot it was drawn from and who generated it. The non-confidential
            edition replaces confidential figures with ranges, as public versions of Commission decisions do, and withholds what counsel marked on
            the <Link href={`/cases/${caseId}/documents/confidentiality`}>Confidentiality</Link> page; it refuses to print a figure nobody marked.
          </p>
          <GenerateForm
            caseId={caseId}
            analyses={list.analyses.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() }))}
            jobs={list.jobs.map((j) => ({ id: j.id, kind: j.kind, edition: j.edition, status: j.status, progress: j.progress, stage: j.stage, error: j.error, refused: j.refused }))}
          />
        </section>
      ) : null}

      <section aria-labelledby="downloads" className="card">
        <h2 id="downloads" style={{ marginTop: 0 }}>Auditor’s download centre</h2>
        <p className="muted">
          The current version of each document, the case data as CSV and JSON, and one package with all of it and a manifest of SHA-256 hashes. Check any PDF
          on the <Link href="/verify">Verify</Link> page.
        </p>
        <h3>Current documents</h3>
        {current.length ? (
          <DocumentsTable caseId={caseId} rows={current} download={list.permissions.download} caption="Current documents" />
        ) : (
          <p className="muted">No document has been generated for this case yet.</p>
        )}
        {list.permissions.download ? (
          <>
            <h3>Exports</h3>
            <table className="data">
              <caption className="sr-only">Exports of the case data</caption>
              <thead>
                <tr><th scope="col">Data</th><th scope="col">CSV</th><th scope="col">JSON</th></tr>
              </thead>
              <tbody>
                {EXPORT_DATASETS.map((d) => (
                  <tr key={d}>
                    <td>{DATASET_LABELS[d]}</td>
                    <td><a href={`${base}/${d}.csv`} download>{d}.csv</a></td>
                    <td><a href={`${base}/${d}.json`} download>{d}.json</a></td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>Auditor package</h3>
            {user.needsReverification ? (
              <ReverifyForm purpose="download the auditor package" />
            ) : (
              <p>
                <a className="button primary" href={`${base}/auditor-package`} download>Download the auditor package (ZIP)</a>
              </p>
            )}
            <p className="muted">
              Contains the current PDFs, every export, <span className="mono">manifest.json</span> and <span className="mono">manifest.sha256</span> (check with{' '}
              <span className="mono">sha256sum -c manifest.sha256</span>) and a README on checking the audit chain (head hash, <span className="mono">npm run audit:verify</span>).
            </p>
          </>
        ) : null}
      </section>

      <section aria-labelledby="versions">
        <h2 id="versions">All versions</h2>
        {list.documents.length ? (
          <DocumentsTable caseId={caseId} rows={list.documents} download={list.permissions.download} caption="All registered versions" />
        ) : (
          <p className="muted">None yet.</p>
        )}
      </section>
    </>
  );
}
