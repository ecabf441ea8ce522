'use client';

import { useState } from 'react';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { CLAIM_CATEGORY_LABELS, SUBJECT_LABELS, type ClaimCategory, type MarkKind, type MarkSubject } from '@/lib/documents/confidentiality-kinds';
import { removeMarkAction } from '../actions';

export interface MarkRow {
  id: string;
  kind: MarkKind;
  subject: MarkSubject;
  text: string;
  publicLabel: string;
  category: ClaimCategory | null;
  justification: string;
  createdBy: string;
  createdAt: string;
}

const KIND_LABELS: Record<MarkKind, string> = { name: 'Name', passage: 'Passage', 'public-figure': 'Declared public' };

export function MarksTable(props: { caseId: string; rows: MarkRow[]; canEdit: boolean }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <table className="data">
        <caption className="sr-only">Confidentiality marks of the case</caption>
        <thead>
          <tr><th scope="col">Mark</th><th scope="col">Field</th><th scope="col">Confidential text</th><th scope="col">Printed as</th><th scope="col">Category and justification</th><th scope="col">By</th>{props.canEdit ? <th scope="col"><span className="sr-only">Actions</span></th> : null}</tr>
        </thead>
        <tbody>
          {props.rows.map((m) => (
            <tr key={m.id}>
              <td>{KIND_LABELS[m.kind]}</td>
              <td>{SUBJECT_LABELS[m.subject]}</td>
              <td className="mono">{m.text}</td>
              <td>{m.kind === 'name' ? m.publicLabel : m.kind === 'passage' ? '[…]' : 'as is'}</td>
              <td>{m.category ? `${CLAIM_CATEGORY_LABELS[m.category]}: ${m.justification}` : '—'}</td>
              <td>{m.createdBy}, {m.createdAt.slice(0, 16).replace('T', ' ')} UTC</td>
              {props.canEdit ? (
                <td>
                  <ConfirmButton label="Remove" aria-label={`Remove the mark on ${m.text}`} confirmText={`Remove the mark on “${m.text}”? The next non-confidential edition will refuse if it still holds figures.`} run={() => removeMarkAction(props.caseId, m.id)} onError={setError} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
