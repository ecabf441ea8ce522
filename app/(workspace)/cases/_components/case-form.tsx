'use client';

import { useRouter } from 'next/navigation';
import { Field, InputField, SelectField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/core/action-result';
import { CASE_STATUSES, CASE_STATUS_LABELS, CURRENCIES, DEAL_TYPES, DEAL_TYPE_LABELS, caseSchema, type CaseInput } from '@/lib/cases/schemas';

type Submit = (values: CaseInput, version?: number) => Promise<ActionResult<{ id: string }>>;

export function CaseForm(props: { initial?: CaseInput; version?: number; submit: Submit; submitLabel: string; cancelHref: string }) {
  const router = useRouter();
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: caseSchema,
    defaultValues: props.initial ?? { name: '', codename: '', dealType: 'asset-transfer', description: '', valueLowM: '', valueHighM: '', currency: 'USD', status: 'pre-filing', longStopDate: '' },
    version: props.version,
    conflictLabels: { name: 'Case name', codename: 'Codename', status: 'Status', description: 'Description', valueLowM: 'Value low (m)', valueHighM: 'Value high (m)', longStopDate: 'Long-stop date', dealType: 'Deal type', currency: 'Currency' },
    conflictValueLabels: { status: CASE_STATUS_LABELS, dealType: DEAL_TYPE_LABELS },
    submit: props.submit,
    onSuccess: (data) => {
      router.push(`/cases/${data.id}`);
      router.refresh();
    },
  });
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="card">
      {banner}
      <div className="grid-2">
        <InputField form={form} name="name" label="Case name" />
        <InputField form={form} name="codename" label="Codename" hint="Short; used in file names." />
        <SelectField form={form} name="dealType" label="Deal type" options={DEAL_TYPES} optionLabels={DEAL_TYPE_LABELS} />
        <SelectField form={form} name="status" label="Status" options={CASE_STATUSES} optionLabels={CASE_STATUS_LABELS} />
        <InputField form={form} name="valueLowM" label="Estimated value, low (millions)" inputMode="decimal" />
        <InputField form={form} name="valueHighM" label="Estimated value, high (millions)" inputMode="decimal" />
        <SelectField form={form} name="currency" label="Currency" options={CURRENCIES} />
        <InputField form={form} name="longStopDate" label="Long-stop date" type="date" />
      </div>
      <Field label="Description" error={err.description?.message}>
        {(p) => <textarea {...p} {...form.register('description')} />}
      </Field>
      <div className="row">
        <SubmitButton className="primary" pending={pending} pendingLabel="Saving…">
          {props.submitLabel}
        </SubmitButton>
        <a href={props.cancelHref} className="button">
          Cancel
        </a>
      </div>
    </form>
  );
}
