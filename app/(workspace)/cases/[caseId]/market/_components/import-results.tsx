'use client';

import type { ImportInvalid, ImportPreview } from '@/lib/markets/import-clusters';
import { fmtInt } from '@/lib/markets/present';
import { CLUSTER_STATUS_LABELS } from '@/lib/markets/schemas';
import { countOf } from '@/lib/format';

export function ImportErrors({ result }: { result: ImportInvalid }) {
  if (result.fileError) {
    return (
      <p className="form-error" role="alert">
        {result.fileError} Nothing was saved.
      </p>
    );
  }
  return (
    <section className="card" aria-labelledby="import-errors">
      <div role="alert">
        <h3 id="import-errors" className="field-error" style={{ fontSize: '1.05rem', marginTop: 0 }}>
          {fmtInt(result.errorCount)} {result.errorCount === 1 ? 'problem' : 'problems'} in {result.fileName}. Nothing was saved.
        </h3>
      </div>
      <p className="muted">Correct the file and check it again; the import runs only when every row is valid.</p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col" className="num">
              Line
            </th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {result.errors.map((e, i) => (
            <tr key={i}>
              <td className="num">{e.line}</td>
              <td className="mono">{e.column}</td>
              <td>{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.errorCount > result.errors.length ? <p className="muted">Showing the first {fmtInt(result.errors.length)}.</p> : null}
    </section>
  );
}

export function ImportPreviewView(props: { preview: ImportPreview; committing: boolean; onCommit: () => void; onCancel: () => void }) {
  const p = props.preview;
  const newFirms = p.firms.filter((f) => f.isNew).length;
  return (
    <section className="card" aria-labelledby="import-preview">
      <h3 id="import-preview" style={{ marginTop: 0 }}>Preview: {p.fileName}</h3>
      <p role="status" className="notice">
        {p.rows === 1 ? 'The row is valid' : `All ${countOf(p.rows, 'row')} are valid`}. Importing will{' '}
        {p.mode === 'replace' ? (
          <strong>replace the market’s {countOf(p.currentClusters, 'cluster')}</strong>
        ) : (
          <strong>add to the market’s {countOf(p.currentClusters, 'cluster')}</strong>
        )}{' '}
        with {countOf(p.rows, 'cluster')} of {countOf(p.firms.length, 'firm')}
        {newFirms ? ` (${fmtInt(newFirms)} new to this market)` : ''}.
      </p>
      <table className="data">
        <caption className="sr-only">Clusters per firm in the file</caption>
        <thead>
          <tr>
            <th scope="col">Firm</th>
            <th scope="col" className="num">
              Clusters
            </th>
            <th scope="col" className="num">
              Accelerators (central)
            </th>
          </tr>
        </thead>
        <tbody>
          {p.firms.slice(0, 50).map((f) => (
            <tr key={f.name}>
              <td>
                {f.name} {f.isNew ? <span className="badge">new firm</span> : null}
              </td>
              <td className="num">{fmtInt(f.clusters)}</td>
              <td className="num">{fmtInt(f.countCentral)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>First {Math.min(10, p.rows)} rows</summary>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Firm</th>
              <th scope="col">Cluster</th>
              <th scope="col">Accelerator</th>
              <th scope="col" className="num">
                Low / central / high
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {p.sample.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>{r.firm}</td>
                <td>{r.cluster}</td>
                <td>{r.accelerator}</td>
                <td className="num">
                  {fmtInt(r.countLow)} / {fmtInt(r.countCentral)} / {fmtInt(r.countHigh)}
                </td>
                <td>{CLUSTER_STATUS_LABELS[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <div className="row" style={{ marginTop: '1rem' }}>
        <button type="button" className="primary" onClick={props.onCommit} disabled={props.committing}>
          {props.committing ? 'Importing…' : `Import ${fmtInt(p.rows)} clusters`}
        </button>
        <button type="button" onClick={props.onCancel} disabled={props.committing}>
          Cancel
        </button>
      </div>
    </section>
  );
}
