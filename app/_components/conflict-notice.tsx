'use client';

import type { ConflictInfo } from '@/lib/errors';

/** Shows who saved a newer version and their values, beside the user's untouched input. */
export function ConflictNotice(props: { conflict: ConflictInfo; labels: Record<string, string>; onOverride: () => void }) {
  const { conflict } = props;
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>Not saved.</strong> {conflict.changedBy} saved a newer version at {conflict.changedAt.replace('T', ' ').slice(0, 16)} UTC after you opened
        this form. Your input below is unchanged.
      </p>
      <details open>
        <summary>Their current values</summary>
        <dl className="facts">
          {Object.entries(props.labels).map(([k, label]) =>
            k in conflict.current ? (
              <div key={k} style={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd>{String(conflict.current[k] ?? '—')}</dd>
              </div>
            ) : null,
          )}
        </dl>
      </details>
      <button type="button" onClick={props.onOverride}>
        Keep my input and edit over their version
      </button>
    </div>
  );
}
