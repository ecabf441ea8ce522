'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addPartyAction, removePartyAction, updatePartyAction } from '../actions';
import { PartyForm } from './party-form';
import { ConfirmButton } from '@/app/_components/confirm-button';

interface Party {
  id: string;
  name: string;
  role: 'acquirer' | 'target' | 'other';
  country: string;
  ultimateParent: string;
  version: number;
}

export function PartiesEditor(props: { caseId: string; parties: Party[]; editable: boolean; roleLabels: Record<string, string> }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {props.parties.length === 0 ? <p className="muted">No parties recorded yet.</p> : null}
      {props.parties.length ? (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Country</th>
              <th scope="col">Ultimate parent</th>
              {props.editable ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {props.parties.map((p) =>
              editing === p.id ? (
                <tr key={p.id}>
                  <td colSpan={5}>
                    <PartyForm
                      initial={{ name: p.name, role: p.role, country: p.country, ultimateParent: p.ultimateParent }}
                      version={p.version}
                      submitLabel="Save party"
                      submit={(values, version) => updatePartyAction(props.caseId, { ...values, partyId: p.id, version: version ?? p.version })}
                      onDone={() => {
                        setEditing(null);
                        router.refresh();
                      }}
                    />
                    <button type="button" onClick={() => setEditing(null)}>
                      Cancel
                    </button>
                  </td>
                </tr>
              ) : (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{props.roleLabels[p.role]}</td>
                  <td>{p.country || '—'}</td>
                  <td>{p.ultimateParent || '—'}</td>
                  {props.editable ? (
                    <td>
                      <button type="button" onClick={() => setEditing(p.id)} aria-label={`Edit ${p.name}`}>
                        Edit
                      </button>{' '}
                      <ConfirmButton label="Remove" aria-label={`Remove ${p.name}`} confirmText={`Remove ${p.name} from the case?`} run={() => removePartyAction(props.caseId, p.id, p.version)} onError={setError} />
                    </td>
                  ) : null}
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
      {props.editable && adding ? (
        <>
          <h3 id="add-party">Add a party</h3>
          <PartyForm autoFocus submitLabel="Add party" submit={(values) => addPartyAction(props.caseId, values)} onDone={() => router.refresh()} />
          <button type="button" onClick={() => setAdding(false)}>
            Done adding parties
          </button>
        </>
      ) : null}
      {props.editable && !adding ? (
        // The form opens on request: most visits only read the parties, and it keeps the page light.
        <button type="button" onClick={() => setAdding(true)}>
          Add a party
        </button>
      ) : null}
    </>
  );
}
