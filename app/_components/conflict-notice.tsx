'use client';

import { useEffect, useRef } from 'react';
import type { ConflictInfo } from '@/lib/core/errors';

/** Their value as the form would show it: the select's label for a code, "—" for none. */
function shown(value: unknown, labels: Readonly<Record<string, string>> | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return labels?.[s] ?? s;
}

/**
 * Shows who saved a newer version and their values, beside the user's untouched input. Focus moves
 * to it when it appears: the save button the user pressed did nothing visible where they are.
 */
export function ConflictNotice(props: {
  conflict: ConflictInfo;
  labels: Record<string, string>;
  valueLabels?: Record<string, Readonly<Record<string, string>>>;
  onOverride: () => void;
}) {
  const { conflict } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [conflict]);
  return (
    <div className="conflict" role="alert" tabIndex={-1} ref={ref}>
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
                <dd>{shown(conflict.current[k], props.valueLabels?.[k])}</dd>
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
