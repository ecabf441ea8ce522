'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import { calendarYearSchema, CALENDAR_KIND_LABELS, type CalendarKindValue, type CalendarYearInput } from '@/lib/calendars/schemas';
import type { ConflictInfo } from '@/lib/errors';
import { removeCalendarYearAction, saveCalendarYearAction } from '../actions';

export function CalendarYearForm(props: { initial: CalendarYearInput & { kind: CalendarKindValue }; stored: boolean; yearFixed: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState<number | null>((props.initial.version as number | null | undefined) ?? null);
  const form = useForm<CalendarYearInput>({ resolver: zodResolver(calendarYearSchema, undefined, { raw: true }) as never, defaultValues: props.initial });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await saveCalendarYearAction({ ...values, version });
    if (res.ok) {
      router.push(`/admin/calendars?saved=${props.initial.kind}-${values.year}`);
      router.refresh();
      return;
    }
    if (res.conflict) setConflict(res.conflict);
    else setFormError(res.message);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof CalendarYearInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-label={`${CALENDAR_KIND_LABELS[props.initial.kind]} calendar, ${String(props.initial.year)}`}>
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={{ source: 'Source', verified: 'Verified', note: 'Note', holidays: 'Holidays' }}
          onOverride={() => {
            setVersion(conflict.currentVersion);
            setConflict(null);
            setFormError('You are now editing over their version. Check the list and save again.');
          }}
        />
      ) : formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="row">
        <Field label="Year" error={err.year?.message}>
          {(p) => <input {...p} inputMode="numeric" readOnly={props.yearFixed} {...form.register('year')} />}
        </Field>
        <Field label="Source" hint="e.g. the Commission decision in the Official Journal" error={err.source?.message} className="grow">
          {(p) => <input {...p} {...form.register('source')} style={{ minWidth: '28rem' }} />}
        </Field>
      </div>
      <Field label="Holidays" hint="One per line: date (YYYY-MM-DD), a space, then the name. Weekend dates may be listed; they change no count." error={err.holidays?.message}>
        {(p) => <textarea {...p} rows={16} className="mono" {...form.register('holidays')} style={{ fontFamily: 'DejaVu Sans Mono, ui-monospace, monospace' }} />}
      </Field>
      <Field label="Note" hint="What was checked, and any doubt." error={err.note?.message}>
        {(p) => <textarea {...p} rows={3} {...form.register('note')} style={{ minHeight: '4rem' }} />}
      </Field>
      <label style={{ display: 'flex', gap: '0.45rem', alignItems: 'center', marginBottom: '0.8rem' }}>
        <input type="checkbox" {...form.register('verified')} /> Verified against the primary source
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          {props.stored ? 'Save corrections' : props.initial.kind === 'us-federal' ? 'Save as a correction of the generated year' : 'Add this year'}
        </button>
        <a className="button" href="/admin/calendars">
          Cancel
        </a>
        <span className="spacer" />
        {props.stored && props.initial.kind === 'us-federal' ? (
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (!window.confirm('Remove this correction? The year goes back to the list generated from the statute.')) return;
              const res = await removeCalendarYearAction('us-federal', Number(props.initial.year), version ?? 0);
              if (res.ok) {
                router.push('/admin/calendars');
                router.refresh();
              } else setFormError(res.message);
            }}
          >
            Revert to the generated list
          </button>
        ) : null}
      </div>
    </form>
  );
}
