import Link from 'next/link';

type Saved = { id: string; title: string; scenarioName: string | null; marketName: string; inputsSha256: string; createdAt: Date; createdByName: string };

export function SavedList(props: { caseId: string; rows: Saved[] }) {
  if (!props.rows.length) return <p className="muted">No saved analyses of this market yet.</p>;
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Scenario</th>
          <th scope="col">Saved (UTC)</th>
          <th scope="col">By</th>
          <th scope="col">Inputs SHA-256</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((a) => (
          <tr key={a.id}>
            <td>
              <Link href={`/cases/${props.caseId}/market/analyses/${a.id}`}>{a.title}</Link>
            </td>
            <td>{a.scenarioName ?? '—'}</td>
            <td>{a.createdAt.toISOString().replace('T', ' ').slice(0, 16)}</td>
            <td>{a.createdByName}</td>
            <td className="mono" title={a.inputsSha256}>
              {a.inputsSha256.slice(0, 16)}…
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
