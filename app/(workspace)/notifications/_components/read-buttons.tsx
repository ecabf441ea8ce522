'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { markAllReadAction, markReadAction } from '../actions';

export function MarkReadButton(props: { id: string; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      aria-label={`Mark read: ${props.label}`}
      style={{ fontWeight: 400, whiteSpace: 'nowrap' }}
      onClick={async () => {
        setBusy(true);
        await markReadAction(props.id);
        setBusy(false);
        router.refresh();
      }}
    >
      Mark read
    </button>
  );
}

export function MarkAllReadButton() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          const res = await markAllReadAction();
          setMessage(res.ok ? `${res.data.changed} marked read.` : res.message);
          router.refresh();
        }}
      >
        Mark all read
      </button>
      {message ? (
        <span role="status" className="muted">
          {' '}
          {message}
        </span>
      ) : null}
    </>
  );
}
