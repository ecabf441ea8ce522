'use client';

import { Fragment, useState } from 'react';
import { formatAmount } from '@/lib/format';
import { TurnoverForm, type TurnoverRow } from './turnover-form';
import styles from './reviews.module.css';

interface Row extends TurnoverRow {
  roleLabel: string;
  counted: boolean;
}

const eur = (v: string | null) => (v === null ? <span className="muted">not known</span> : `€${formatAmount(v)}m`);

/** The parties' figures; an editor opens the form for one party below its row. */
export function TurnoverTable({ caseId, rows, editable }: { caseId: string; rows: Row[]; editable: boolean }) {
  const [editing, setEditing] = useState<string | null>(null);
  const columns = editable ? 5 : 4;
  return (
    <table className={`data ${styles.numbers}`}>
      <thead>
        <tr>
          <th scope="col">Party</th>
          <th scope="col">Worldwide</th>
          <th scope="col">EU-wide</th>
          <th scope="col">By Member State</th>
          {editable ? <th scope="col">Figures</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <Fragment key={p.partyId}>
            <tr>
              <th scope="row">
                {p.name}
                <div className={styles.meta}>
                  {p.roleLabel}
                  {p.counted ? '' : ' — not counted as an undertaking concerned'}
                </div>
              </th>
              <td>{eur(p.worldwideEurM)}</td>
              <td>{eur(p.euEurM)}</td>
              <td>
                {Object.keys(p.byMemberState).length ? (
                  Object.entries(p.byMemberState).map(([k, v]) => `${k} €${formatAmount(v)}m`).join(', ')
                ) : (
                  <span className="muted">none listed</span>
                )}
                {Object.keys(p.byMemberState).length && !p.byMemberStateComplete ? <div className={styles.meta}>Not marked complete: not used yet</div> : null}
              </td>
              {editable ? (
                <td>
                  {/* The name starts with the visible words (axe: label-content-name-mismatch); the party is for screen readers. */}
                  <button type="button" aria-expanded={editing === p.partyId} onClick={() => setEditing(editing === p.partyId ? null : p.partyId)}>
                    {p.version === null ? 'Enter figures' : 'Edit figures'}
                    <span className="sr-only"> of {p.name}</span>
                  </button>
                </td>
              ) : null}
            </tr>
            {editing === p.partyId ? (
              <tr>
                <td colSpan={columns}>
                  <TurnoverForm key={`${p.partyId}-${p.version}`} caseId={caseId} row={p} onClose={() => setEditing(null)} />
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
