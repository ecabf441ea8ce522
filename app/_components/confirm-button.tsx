'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/core/action-result';

/**
 * A destructive button that asks first, runs its action, reports a refusal through onError and
 * refreshes the page's data: the one shape of every "Remove" in the app's tables.
 */
export function ConfirmButton(props: {
  label: string;
  'aria-label': string;
  confirmText: string;
  run: () => Promise<ActionResult<unknown>>;
  onError: (message: string | null) => void;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="danger"
      aria-label={props['aria-label']}
      disabled={busy}
      onClick={async () => {
        if (!window.confirm(props.confirmText)) return;
        setBusy(true);
        const res = await props.run();
        setBusy(false);
        props.onError(res.ok ? null : res.message);
        router.refresh();
      }}
    >
      {props.label}
    </button>
  );
}
