'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addMemberAction, removeMemberAction } from '../actions';
import { ConfirmButton } from '@/app/_components/confirm-button';

interface Member {
  userId: string;
  name: string;
  email: string;
  roleLabel: string;
  addedAt: string;
}

export function MembersEditor(props: { caseId: string; members: Member[]; editable: boolean }) {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Added</th>
            {props.editable ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => (
            <tr key={m.userId}>
              <td>{m.name}</td>
              <td>{m.email}</td>
              <td>{m.roleLabel}</td>
              <td>{m.addedAt}</td>
              {props.editable ? (
                <td>
                  <ConfirmButton label="Remove" aria-label={`Remove ${m.name} from the case`} confirmText={`Remove ${m.name}? They will lose access to this case at once.`} run={() => removeMemberAction(props.caseId, m.userId)} onError={setError} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {props.editable ? (
        <form
          className="row"
          style={{ marginTop: '1rem' }}
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy(true);
            const res = await addMemberAction(props.caseId, { email });
            setBusy(false);
            if (res.ok) {
              setEmail('');
              setError(null);
              router.refresh();
            } else setError(res.fieldErrors?.email ?? res.message);
          }}
        >
          <div className={`field ${error ? 'has-error' : ''}`}>
            <label htmlFor="member-email">Add a member by email</label>
            <input id="member-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={!!error} aria-describedby={error ? 'member-error' : undefined} />
            {error ? (
              <p id="member-error" className="field-error" role="alert">
                {error}
              </p>
            ) : null}
          </div>
          <button type="submit" disabled={busy} style={{ marginBottom: '0.8rem' }}>
            {busy ? 'Adding…' : 'Add member'}
          </button>
        </form>
      ) : null}
    </>
  );
}
