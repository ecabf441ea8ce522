'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteMarketAction } from '../actions';

export function DeleteMarketButton(props: { caseId: string; marketId: string; version: number; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="danger"
        onClick={async () => {
          if (!window.confirm(`Delete the market “${props.name}” with its firms, clusters and scenarios? Saved analyses of it are kept.`)) return;
          const res = await deleteMarketAction(props.caseId, props.marketId, props.version);
          if (!res.ok) return setError(res.message);
          router.push(`/cases/${props.caseId}/market`);
          router.refresh();
        }}
      >
        Delete market
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
