'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ROLES, ROLE_LABELS, type Role } from '@/lib/auth/schemas';
import { resetPasswordAction, unlockSignInAction, updateUserAction } from '../actions';

interface U {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: 'active' | 'disabled';
  version: number;
  mustChangePassword: boolean;
  /** ISO time until which failed sign-ins make this account wait, or null. */
  signInPausedUntil: string | null;
}

export function UserRow({ user, self }: { user: U; self: boolean }) {
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (status: U['status'], newRole: Role) => {
    const res = await updateUserAction({ userId: user.id, version: user.version, role: newRole, status });
    setMessage(res.ok ? { ok: true, text: 'Saved.' } : { ok: false, text: res.fieldErrors?.role ?? res.message });
    router.refresh();
  };
  return (
    <tr>
      <td>
        {user.name}
        {user.mustChangePassword ? <div className="badge warn">must change password</div> : null}
        {user.signInPausedUntil ? <div className="badge warn">sign-in paused until {new Date(user.signInPausedUntil).toISOString().slice(11, 16)} UTC</div> : null}
      </td>
      <td>{user.email}</td>
      <td>
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          Role of {user.email}
        </label>
        <select id={`role-${user.id}`} value={role} disabled={self} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>{' '}
        {role !== user.role ? (
          <button type="button" onClick={() => save(user.status, role)}>
            Save role
          </button>
        ) : null}
      </td>
      <td>
        <span className={`badge ${user.status === 'active' ? 'ok' : 'danger'}`}>{user.status}</span>
      </td>
      <td>
        {!self ? (
          <>
            <button type="button" onClick={() => save(user.status === 'active' ? 'disabled' : 'active', user.role)} aria-label={`${user.status === 'active' ? 'Disable' : 'Enable'} ${user.email}`}>
              {user.status === 'active' ? 'Disable' : 'Enable'}
            </button>{' '}
            <button
              type="button"
              aria-label={`Reset password of ${user.email}`}
              onClick={async () => {
                if (!window.confirm(`Reset the password of ${user.email}? Their sessions end at once.`)) return;
                const res = await resetPasswordAction(user.id);
                setMessage(res.ok ? { ok: true, text: `One-time password (shown once): ${res.data.oneTimePassword}` } : { ok: false, text: res.message });
                router.refresh();
              }}
            >
              Reset password
            </button>
            {user.signInPausedUntil ? (
              <>
                {' '}
                <button
                  type="button"
                  aria-label={`Unlock sign-in of ${user.email}`}
                  onClick={async () => {
                    const res = await unlockSignInAction(user.id);
                    setMessage(res.ok ? { ok: true, text: 'Unlocked: they can sign in again now.' } : { ok: false, text: res.message });
                    router.refresh();
                  }}
                >
                  Unlock sign-in
                </button>
              </>
            ) : null}
          </>
        ) : (
          <span className="muted">you</span>
        )}
        {message ? (
          <p className={message.ok ? 'notice mono' : 'field-error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
