'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ReviewAuthority, ReviewEventType } from '@/lib/reviews/schemas';
import { removeEventAction } from '../actions';
import { EventForm } from './event-form';
import styles from './reviews.module.css';

export interface EditableEvent {
  id: string;
  version: number;
  type: ReviewEventType;
  occurredOn: string;
  restartedOn: string | null;
  phase: number | null;
  workingDays: number | null;
  amount: number | null;
  article: string | null;
  hsrKind: string | null;
  acquiredReceivedOn?: string | null;
  section80130?: boolean;
  extensionByAgreement?: boolean;
  label: string;
  note: string;
  done: boolean;
}

/** Correct / Remove for one recorded event; the correction form opens in place. */
export function EventActions(props: { caseId: string; reviewId: string; authority: ReviewAuthority; event: EditableEvent; name: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const e = props.event;
  return (
    <>
      <span className={styles.actions}>
        <button type="button" aria-expanded={editing} aria-label={`Correct ${props.name}`} onClick={() => setEditing((v) => !v)}>
          Correct
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          aria-label={`Remove ${props.name}`}
          onClick={async () => {
            if (!window.confirm(`Remove “${props.name}”? The removal is recorded in the case’s activity.`)) return;
            setBusy(true);
            const res = await removeEventAction(props.caseId, props.reviewId, e.id, e.version);
            setBusy(false);
            setError(res.ok ? null : res.message);
            router.refresh();
          }}
        >
          Remove
        </button>
      </span>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {editing ? (
        <EventForm
          caseId={props.caseId}
          reviewId={props.reviewId}
          authority={props.authority}
          event={{ id: e.id, version: e.version }}
          initial={{
            type: e.type,
            date: e.occurredOn,
            restartedOn: e.restartedOn ?? '',
            phase: e.phase === null ? '' : String(e.phase),
            workingDays: e.workingDays === null ? '' : String(e.workingDays),
            amount: e.amount === null ? '' : String(e.amount),
            article: (e.article ?? '') as never,
            hsrKind: (e.hsrKind ?? '') as never,
            acquiredReceivedOn: e.acquiredReceivedOn ?? '',
            section80130: e.section80130 ?? false,
            extensionByAgreement: e.extensionByAgreement ?? false,
            label: e.label,
            note: e.note,
            done: e.done,
          }}
          onDone={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}
