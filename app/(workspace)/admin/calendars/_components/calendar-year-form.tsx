'use client';

import { useRouter } from 'next/navigation';
import { Field, InputField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { calendarYearSchema, CALENDAR_KIND_LABELS, type CalendarKindValue, type CalendarYearInput } from '@/lib/calendars/schemas';
import { removeCalendarYearAction, saveCalendarYearAction } from '../actions';

export function CalendarYearForm(props: { initial: CalendarYearInput & { kind: CalendarKindValue }; stored: boolean; yearFixed: boolean; provisional?: boolean }) {
  const router = useRouter();
  const { form, onSubmit, banner, pending, setFormError, version } = useActionForm({
    schema: calendarYearSchema,
    raw: true,
    defaultValues: props.initial,
    version: (props.initial.version as number | null | undefined) ?? null,
    conflictLabels: { source: 'Source', verified: 'Verified', note: 'Note', holidays: 'Holidays' },
    overrideMessage: 'You are now editing over their version. Check the list and save again.',
    submit: (values, version) => saveCalendarYearAction({ ...values, version }),
    onSuccess: (saved, values) => {
      router.push(`/admin/calendars?saved=${props.initial.kind}-${values.year}&recomputed=${saved.recomputed}`);
      router.refresh();
    },
  });
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-label={`${CALENDAR_KIND_LABELS[props.initial.kind]} calendar, ${String(props.initial.year)}`}>
      {banner}
      <div className="row">
        <InputField form={form} name="year" label="Year" inputMode="numeric" readOnly={props.yearFixed} />
        <InputField form={form} name="source" label="Source" hint="e.g. the Commission decision in the Official Journal" className="grow" style={{ minWidth: '28rem' }} />
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
        <SubmitButton className="primary" pending={pending}>
          {props.stored
            ? 'Save corrections'
            : props.initial.kind === 'us-federal'
              ? 'Save as a correction of the generated year'
              : props.provisional
                ? 'Save as the official list'
                : 'Add this year'}
        </SubmitButton>
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
