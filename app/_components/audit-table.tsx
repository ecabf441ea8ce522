import Link from 'next/link';

interface Row {
  seq: number;
  occurredAt: Date;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  entityName: string | null;
  caseId: string | null;
  changesShown: unknown;
  ip: string | null;
  hash: string;
}

/** Filters by actor, action and date (GET form, so a filtered view can be bookmarked) and a page of events. */
export function AuditTable(props: { rows: Row[]; filter: Record<string, string | undefined>; basePath: string; showCase?: boolean }) {
  const { rows, filter } = props;
  const next = rows.length ? rows[rows.length - 1].seq : undefined;
  const qs = (extra: Record<string, string | number | undefined>) =>
    '?' + new URLSearchParams(Object.entries({ ...filter, ...extra }).filter(([, v]) => v !== undefined && v !== '') as [string, string][]).toString();
  return (
    <>
      <form className="row card" method="get" role="search" aria-label="Filter events">
        <div className="field">
          <label htmlFor="f-actor">Actor email</label>
          <input id="f-actor" name="actor" defaultValue={filter.actor} />
        </div>
        <div className="field">
          <label htmlFor="f-action">Action starts with</label>
          <input id="f-action" name="action" defaultValue={filter.action} placeholder="e.g. case. or auth." />
        </div>
        <div className="field">
          <label htmlFor="f-from">From</label>
          <input id="f-from" name="from" type="date" defaultValue={filter.from} />
        </div>
        <div className="field">
          <label htmlFor="f-to">To</label>
          <input id="f-to" name="to" type="date" defaultValue={filter.to} />
        </div>
        <button type="submit" style={{ marginBottom: '0.8rem' }}>
          Filter
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="muted">No events match.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Time (UTC)</th>
              <th scope="col">Actor</th>
              <th scope="col">Action</th>
              <th scope="col">Entity</th>
              {props.showCase ? <th scope="col">Case</th> : null}
              <th scope="col">Changes</th>
              <th scope="col">IP</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.seq}>
                <td className="num">{r.seq}</td>
                <td>{r.occurredAt.toISOString().replace('T', ' ').slice(0, 19)}</td>
                <td>
                  {r.actorName ?? r.actorEmail ?? '—'}
                  {r.actorName && r.actorEmail ? <div className="muted">{r.actorEmail}</div> : null}
                </td>
                <td className="mono">{r.action}</td>
                <td>
                  {r.entityType.replace(/_/g, ' ')}
                  {/* The name it had then; the id fragment only when the trail never named it. */}
                  {r.entityName ? <div>{r.entityName}</div> : r.entityId ? <div className="mono muted">{r.entityId.slice(0, 8)}</div> : null}
                </td>
                {props.showCase ? <td>{r.caseId ? <Link href={`/cases/${r.caseId}/activity`}>{r.caseId.slice(0, 8)}</Link> : '—'}</td> : null}
                <td>
                  {r.changesShown ? (
                    <details>
                      <summary>Show</summary>
                      <pre className="mono" style={{ whiteSpace: 'pre-wrap', maxWidth: '32rem' }}>
                        {JSON.stringify(r.changesShown, null, 2)}
                      </pre>
                    </details>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="mono">{r.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && rows.length >= 100 ? (
        <p>
          <Link href={props.basePath + qs({ before: next })}>Older events →</Link>
        </p>
      ) : null}
    </>
  );
}
