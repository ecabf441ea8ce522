'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { setArchivedAction } from '../actions';

export function ArchiveButton({ caseId, archived }: { caseId: string; archived: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          if (!archived && !window.confirm('Archive this case? It stays readable, with its full history, but can no longer be changed.')) return;
          const res = await setArchivedAction(caseId, !archived);
          setError(res.ok ? null : res.message);
          router.refresh();
        }}
      >
        {archived ? 'Restore case' : 'Archive case'}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
