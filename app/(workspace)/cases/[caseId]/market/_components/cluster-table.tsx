'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { CLUSTER_STATUS_LABELS, type ClusterStatus } from '@/lib/markets/schemas';
import { fmtInt, STATUS_TONE } from '@/lib/markets/present';
import { addClusterAction, removeClusterAction, updateClusterAction } from '../actions';
import { ClusterForm, type Option } from './cluster-form';
import styles from './market.module.css';
import { ConfirmButton } from '@/app/_components/confirm-button';

export type ClusterRow = {
  id: string;
  firmId: string;
  firm: string;
  name: string;
  site: string;
  acceleratorId: string;
  accelerator: string;
  countLow: number;
  countCentral: number;
  countHigh: number;
  status: ClusterStatus;
  asOf: string;
  source: string;
  version: number;
  counted: boolean;
};

type SortKey = 'firm' | 'name' | 'accelerator' | 'countCentral' | 'status' | 'asOf';
const COLUMNS: { key: SortKey; label: string; num?: boolean }[] = [
  { key: 'firm', label: 'Firm' },
  { key: 'name', label: 'Cluster' },
  { key: 'accelerator', label: 'Accelerator' },
  { key: 'countCentral', label: 'Count (low – high)', num: true },
  { key: 'status', label: 'Status' },
  { key: 'asOf', label: 'As of' },
];
const PAGE = 100;

/** The market's clusters: sortable, filterable by firm, and (for counsel) editable in place. */
export function ClusterTable(props: { caseId: string; marketId: string; rows: ClusterRow[]; firms: Option[]; accelerators: Option[]; editable: boolean }) {
  const router = useRouter();
  const [firm, setFirm] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = useMemo(() => {
    const rows = firm ? props.rows.filter((r) => r.firmId === firm) : props.rows;
    if (!sort) return rows;
    const { key, dir } = sort;
    return [...rows].sort((a, b) => (a[key] < b[key] ? -dir : a[key] > b[key] ? dir : 0));
  }, [props.rows, firm, sort]);
  const counted = props.rows.filter((r) => r.counted).length;
  const colSpan = COLUMNS.length + 2 + (props.editable ? 1 : 0);

  return (
    <>
      <div className={styles.toolbar}>
        <div className="field" style={{ marginBottom: 0 }}>
          <label htmlFor="cluster-firm-filter">Show firm</label>
          <select id="cluster-firm-filter" value={firm} onChange={(e) => setFirm(e.target.value)}>
            <option value="">All firms</option>
            {props.firms.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <p className="muted" role="status" style={{ margin: 0 }}>
          {shown.length === props.rows.length ? `${fmtInt(props.rows.length)} clusters` : `${fmtInt(shown.length)} of ${fmtInt(props.rows.length)} clusters`}; {fmtInt(counted)} counted
          towards shares.
        </p>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.scroll}>
        <table className={`data ${styles.clusterTable}`}>
          <caption className="sr-only">Clusters of this market; column headers sort the table.</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className={c.num ? 'num' : undefined} aria-sort={sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className={styles.sortButton} onClick={() => setSort((s) => ({ key: c.key, dir: s?.key === c.key && s.dir === 1 ? -1 : 1 }))}>
                    {c.label}
                    <span aria-hidden="true">{sort?.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Site</th>
              <th scope="col">Source</th>
              {props.editable ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((r) =>
              editing === r.id ? (
                <tr key={r.id} className={styles.editRow}>
                  <td colSpan={colSpan}>
                    <ClusterForm
                      firms={props.firms}
                      accelerators={props.accelerators}
                      initial={{ ...r, countLow: String(r.countLow), countCentral: String(r.countCentral), countHigh: String(r.countHigh) }}
                      version={r.version}
                      submitLabel="Save cluster"
                      submit={(values, version) => updateClusterAction(props.caseId, props.marketId, { ...values, clusterId: r.id, version: version ?? r.version })}
                      onDone={() => {
                        setEditing(null);
                        router.refresh();
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={r.id} className={r.counted ? undefined : styles.excluded}>
                  <td>{r.firm}</td>
                  <td>{r.name}</td>
                  <td>{r.accelerator}</td>
                  <td className={`num ${styles.nowrap}`}>
                    {fmtInt(r.countCentral)}
                    {r.countLow !== r.countHigh ? (
                      <div className="muted">
                        {fmtInt(r.countLow)} – {fmtInt(r.countHigh)}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <span className={`badge ${STATUS_TONE[r.status]}`}>{CLUSTER_STATUS_LABELS[r.status]}</span>
                    {r.counted ? null : <div className="muted">not counted</div>}
                  </td>
                  <td className={styles.nowrap}>{r.asOf}</td>
                  <td>{r.site || '—'}</td>
                  <td style={{ fontSize: '0.85rem' }}>{r.source || '—'}</td>
                  {props.editable ? (
                    <td style={{ whiteSpace: 'nowrap' }}>
                      <button type="button" onClick={() => setEditing(r.id)} aria-label={`Edit ${r.firm} ${r.name}`}>
                        Edit
                      </button>{' '}
                      <ConfirmButton label="Remove" aria-label={`Remove ${r.firm} ${r.name}`} confirmText={`Remove the cluster “${r.name}” of ${r.firm}?`} run={() => removeClusterAction(props.caseId, props.marketId, r.id, r.version)} onError={setError} />
                    </td>
                  ) : null}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {shown.length > limit ? (
        <p>
          <button type="button" onClick={() => setLimit((l) => l + 500)}>
            Show {fmtInt(Math.min(500, shown.length - limit))} more of {fmtInt(shown.length - limit)}
          </button>
        </p>
      ) : null}
      {props.editable ? (
        props.firms.length ? (
          <details style={{ marginTop: '1rem' }}>
            <summary>Add a cluster</summary>
            <ClusterForm
              firms={props.firms}
              accelerators={props.accelerators}
              submitLabel="Add cluster"
              submit={(values) => addClusterAction(props.caseId, props.marketId, values)}
              onDone={() => router.refresh()}
            />
          </details>
        ) : (
          <p className="muted">Add a firm first (below), or import clusters from a CSV file.</p>
        )
      ) : null}
    </>
  );
}
