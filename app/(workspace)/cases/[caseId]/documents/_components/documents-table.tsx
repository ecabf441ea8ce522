import { DOCUMENT_KIND_LABELS, EDITION_LABELS } from '@/lib/documents/kinds';
import type { DocumentList } from '@/lib/documents/list-documents';
import { formatBytes } from '@/lib/format';
import { formatWhen } from './format';

type Row = DocumentList['documents'][number];

/** Registered versions with their hashes; a download link for those who may download. */
export function DocumentsTable(props: { caseId: string; rows: Row[]; download: boolean; caption: string }) {
  return (
    <table className="data">
      <caption className="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Edition</th>
          <th scope="col" className="num">Version</th>
          <th scope="col">Generated</th>
          <th scope="col" className="num">Pages</th>
          <th scope="col">SHA-256</th>
          <th scope="col"><span className="sr-only">Download</span></th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((d) => (
          <tr key={d.id}>
            <td>
              {DOCUMENT_KIND_LABELS[d.kind]}
              <div className="mono muted">{d.number}</div>
              {d.warnings.length ? <div className="badge warn" title={d.warnings.map((w) => `${w.codePoint}: ${w.context}`).join('\n')}>{d.warnings.length} character(s) not in the fonts</div> : null}
            </td>
            <td>{d.edition === 'confidential' ? <span className="badge danger">{EDITION_LABELS[d.edition]}</span> : <span className="badge">{EDITION_LABELS[d.edition]}</span>}</td>
            <td className="num">{d.version}{d.current ? <div><span className="badge ok">current</span></div> : null}</td>
            <td>{formatWhen(d.generatedAt)}<div className="muted">by {d.generatedByName}</div></td>
            <td className="num">{d.pageCount}<div className="muted">{formatBytes(d.sizeBytes)}</div></td>
            <td style={{ maxWidth: '15rem' }}><code className="mono">{d.sha256}</code></td>
            <td>{props.download ? <a className="button" href={`/api/cases/${props.caseId}/documents/${d.id}`} download>Download<span className="sr-only"> {d.number}</span></a> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
