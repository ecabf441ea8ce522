'use client';

import { useState } from 'react';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { revokeSessionAction, signOutEverywhereAction } from '../actions';

export function RevokeSessionButton(props: { sessionId: string; device: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <ConfirmButton
        label="Sign out"
        aria-label={`Sign out ${props.device}`}
        confirmText={`Sign out the session on ${props.device}?`}
        run={() => revokeSessionAction(props.sessionId)}
        onError={setError}
      />
      {error ? <span className="error" role="alert">{error}</span> : null}
    </>
  );
}

export function SignOutEverywhereButton() {
  const [error, setError] = useState<string | null>(null);
  return (
    <p>
      <ConfirmButton
        label="Sign out everywhere"
        aria-label="Sign out everywhere"
        confirmText="Sign out of every session, this one included?"
        run={() => signOutEverywhereAction()}
        onError={setError}
      />
      {error ? <span className="error" role="alert">{error}</span> : null}
    </p>
  );
}
