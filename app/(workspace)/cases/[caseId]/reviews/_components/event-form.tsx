'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import type { ConflictInfo } from '@/lib/errors';
import {
  DECISION_ARTICLES,
  DECISION_LABELS,
  EVENT_LABELS,
  EVENT_TYPES_BY_AUTHORITY,
  HSR_KINDS,
  HSR_KIND_LABELS,
  reviewEventSchema,
  type ReviewAuthority,
  type ReviewEventInput,
  type ReviewEventType,
} from '@/lib/reviews/schemas';
import { addEventAction, updateEventAction } from '../actions';
import styles from './reviews.module.css';

const DATE_LABEL: Partial<Record<ReviewEventType, { label: string; hint?: string }>> = {
  notification: { label: 'Date of notification', hint: 'The day the Commission received the complete notification.' },
  'stop-clock': { label: 'Clock stopped with effect from' },
  'phase2-opened': { label: 'Date of the Art. 6(1)(c) decision' },
  'filing-received': { label: 'Date the filing was received', hint: 'As recorded by the agencies; a business day.' },
  'timing-agreement': { label: 'Date agreed with the agency', hint: 'Entered by hand from the timing agreement; not computed.' },
  'manual-deadline': { label: 'Deadline' },
};

export interface EventFormValues extends ReviewEventInput {
  phase?: string | number;
  workingDays?: string | number;
}

const EMPTY: EventFormValues = { type: 'notification', date: '', restartedOn: '', phase: '', workingDays: '', article: '', hsrKind: '', label: '', note: '', done: false };

export function EventForm(props: {
  caseId: string;
  reviewId: string;
  authority: ReviewAuthority;
  initial?: EventFormValues;
  event?: { id: string; version: number };
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const router = useRouter();
  const types = EVENT_TYPES_BY_AUTHORITY[props.authority];
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(props.event?.version);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<EventFormValues>({
    resolver: zodResolver(reviewEventSchema, undefined, { raw: true }) as never,
    defaultValues: props.initial ?? { ...EMPTY, type: props.authority === 'us-hsr' ? 'filing-received' : props.authority === 'other' ? 'manual-deadline' : 'notification', hsrKind: props.authority === 'us-hsr' ? 'standard' : '' },
  });
  const err = form.formState.errors;
  const type = form.watch('type');
  const dateText = DATE_LABEL[type] ?? { label: 'Date' };
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    const res = props.event
      ? await updateEventAction(props.caseId, props.reviewId, { ...values, eventId: props.event.id, version: version ?? props.event.version })
      : await addEventAction(props.caseId, props.reviewId, values);
    if (res.ok) {
      setConflict(null);
      if (!props.event) {
        form.reset({ ...form.getValues(), date: '', restartedOn: '', note: '', label: '' });
        setSaved(`${EVENT_LABELS[values.type]} recorded.`);
      }
      props.onDone?.();
      router.refresh();
      return;
    }
    if (res.conflict) setConflict(res.conflict);
    else setFormError(res.message);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof EventFormValues, { message: m });
  });
  const verb = props.event ? 'Save correction' : 'Record event';
  return (
    <form onSubmit={onSubmit} noValidate className={styles.inlineForm} aria-label={props.event ? 'Correct event' : 'Record an event'}>
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={{ type: 'Event', date: 'Date', restartedOn: 'Restarted on', phase: 'Phase', workingDays: 'Working days', article: 'Decision', hsrKind: 'Kind', label: 'Label', note: 'Note' }}
          onOverride={() => {
            setVersion(conflict.currentVersion);
            setConflict(null);
            setFormError('You are now editing over their version. Check the fields and save again.');
          }}
        />
      ) : formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {saved ? <p className="notice" role="status">{saved}</p> : null}
      <div className="row">
        <Field label="Event" error={err.type?.message}>
          {(p) => (
            <select {...p} {...form.register('type')}>
              {types.map((t) => (
                <option key={t} value={t}>
                  {EVENT_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {type === 'manual-deadline' ? (
          <Field label="What is due" error={err.label?.message}>
            {(p) => <input {...p} {...form.register('label')} placeholder="e.g. CMA Phase 1 decision" />}
          </Field>
        ) : null}
        <Field label={dateText.label} hint={dateText.hint} error={err.date?.message}>
          {(p) => <input {...p} type="date" {...form.register('date')} />}
        </Field>
        {type === 'stop-clock' ? (
          <Field label="Clock restarted on" hint="Leave empty while the clock is stopped." error={err.restartedOn?.message}>
            {(p) => <input {...p} type="date" {...form.register('restartedOn')} />}
          </Field>
        ) : null}
        {type === 'commitments' ? (
          <Field label="Phase" error={err.phase?.message}>
            {(p) => (
              <select {...p} {...form.register('phase')}>
                <option value="">Choose…</option>
                <option value="1">Phase I (Art. 6(2))</option>
                <option value="2">Phase II (Art. 8(2))</option>
              </select>
            )}
          </Field>
        ) : null}
        {type === 'extension' ? (
          <Field label="Extension (working days)" hint="1 to 20 in all (Art. 10(3))." error={err.workingDays?.message}>
            {(p) => <input {...p} inputMode="numeric" {...form.register('workingDays')} />}
          </Field>
        ) : null}
        {type === 'decision' ? (
          <Field label="Decision" error={err.article?.message}>
            {(p) => (
              <select {...p} {...form.register('article')}>
                <option value="">Choose…</option>
                {DECISION_ARTICLES.map((a) => (
                  <option key={a} value={a}>
                    {DECISION_LABELS[a]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {type === 'filing-received' ? (
          <Field label="Kind of transaction" error={err.hsrKind?.message}>
            {(p) => (
              <select {...p} {...form.register('hsrKind')}>
                {HSR_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {HSR_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label="Note (optional)" error={err.note?.message}>
          {(p) => <input {...p} {...form.register('note')} />}
        </Field>
      </div>
      {type === 'manual-deadline' && props.event ? (
        <label className={styles.checkbox}>
          <input type="checkbox" {...form.register('done')} /> Done (no longer shown as due)
        </label>
      ) : null}
      <div className="row" style={{ marginBottom: '0.8rem' }}>
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Saving…' : verb}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
