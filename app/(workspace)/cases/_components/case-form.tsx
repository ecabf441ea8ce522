'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import type { ActionResult } from '@/lib/action-result';
import type { ConflictInfo } from '@/lib/errors';
import { CASE_STATUSES, CASE_STATUS_LABELS, CURRENCIES, DEAL_TYPES, DEAL_TYPE_LABELS, caseSchema, type CaseInput } from '@/lib/cases/schemas';

type Submit = (values: CaseInput, version?: number) => Promise<ActionResult<{ id: string }>>;

export function CaseForm(props: { initial?: CaseInput; version?: number; submit: Submit; submitLabel: string; cancelHref: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(props.version);
  const form = useForm<CaseInput>({
    resolver: zodResolver(caseSchema) as never,
    defaultValues: props.initial ?? { name: '', codename: '', dealType: 'asset-transfer', description: '', valueLowM: '', valueHighM: '', currency: 'USD', status: 'pre-filing', longStopDate: '' },
  });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await props.submit(values, version);
    if (res.ok) {
      setConflict(null);
      router.push(`/cases/${res.data.id}`);
      router.refresh();
      return;
    }
    setFormError(res.message);
    if (res.conflict) setConflict(res.conflict);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof CaseInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card">
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={{ name: 'Case name', codename: 'Codename', status: 'Status', description: 'Description', valueLowM: 'Value low (m)', valueHighM: 'Value high (m)', longStopDate: 'Long-stop date', dealType: 'Deal type', currency: 'Currency' }}
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
      <div className="grid-2">
        <Field label="Case name" error={err.name?.message}>
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
        <Field label="Codename" hint="Short; used in file names." error={err.codename?.message}>
          {(p) => <input {...p} {...form.register('codename')} />}
        </Field>
        <Field label="Deal type" error={err.dealType?.message}>
          {(p) => (
            <select {...p} {...form.register('dealType')}>
              {DEAL_TYPES.map((d) => (
                <option key={d} value={d}>
                  {DEAL_TYPE_LABELS[d]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Status" error={err.status?.message}>
          {(p) => (
            <select {...p} {...form.register('status')}>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CASE_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Estimated value, low (millions)" error={err.valueLowM?.message}>
          {(p) => <input {...p} inputMode="decimal" {...form.register('valueLowM')} />}
        </Field>
        <Field label="Estimated value, high (millions)" error={err.valueHighM?.message}>
          {(p) => <input {...p} inputMode="decimal" {...form.register('valueHighM')} />}
        </Field>
        <Field label="Currency" error={err.currency?.message}>
          {(p) => (
            <select {...p} {...form.register('currency')}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Long-stop date" error={err.longStopDate?.message}>
          {(p) => <input {...p} type="date" {...form.register('longStopDate')} />}
        </Field>
      </div>
      <Field label="Description" error={err.description?.message}>
        {(p) => <textarea {...p} {...form.register('description')} />}
      </Field>
      <div className="row">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Saving…' : props.submitLabel}
        </button>
        <a href={props.cancelHref} className="button">
          Cancel
        </a>
      </div>
    </form>
  );
}
