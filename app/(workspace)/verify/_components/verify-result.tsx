import Link from 'next/link';
import type { VerifyResult } from '@/lib/documents/verify-document';

/** What a verification found, in the words of the register. */
export function VerifyOutcome({ result }: { result: VerifyResult }) {
  if (!result.matches.length && result.exports.length) {
    return (
      <div className="notice" role="status">
        {result.exports.map((e, i) => (
          <p key={i} style={{ margin: '0 0 0.4rem' }}>
            <strong>{e.what} of case {e.caseName}</strong>, produced by this application at {e.producedAt.replace('T', ' ').slice(0, 16)} UTC for {e.producedBy ?? 'the system'}.{' '}
            <Link href={`/cases/${e.caseId}/documents`}>Open the case’s documents</Link>
          </p>
        ))}
        <p style={{ margin: 0 }} className="muted">
          Exports are not registered like documents: this is the export recorded with exactly this SHA-256 <code className="mono">{result.sha256}</code>.
        </p>
      </div>
    );
  }
  if (!result.matches.length) {
    return (
      <div className="warning" role="status">
        <p style={{ margin: 0 }}><strong>No document you can access matches.</strong></p>
        <p style={{ margin: '0.3rem 0 0' }}>
          SHA-256 <code className="mono">{result.sha256}</code>. A file changed by a single byte no longer matches; a document of a case you are not a member of is
          not shown.
        </p>
      </div>
    );
  }
  return (
    <div className="notice" role="status">
      {result.matches.map((m) => (
        <p key={m.documentId} style={{ margin: '0 0 0.4rem' }}>
          <strong>
            Version {m.version} of the {m.kindLabel} ({m.editionLabel.toLowerCase()}) of case {m.caseName}
          </strong>{' '}
          (<span className="mono">{m.number}</span>), generated at {m.generatedAt.replace('T', ' ').slice(0, 16)} UTC by {m.generatedByName}.{' '}
          {m.intact ? null : <strong className="field-error">The stored copy no longer matches its registered hash: report this to an administrator.</strong>}{' '}
          <Link href={`/cases/${m.caseId}/documents`}>Open the case’s documents</Link>
        </p>
      ))}
      <p style={{ margin: 0 }} className="muted">
        SHA-256 <code className="mono">{result.sha256}</code>
      </p>
    </div>
  );
}
