'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import type { ActionResult } from '@/lib/action-result';
import type { ConflictInfo } from '@/lib/errors';
import { acceleratorSchema, type AcceleratorInput } from '@/lib/markets/schemas';

const LABELS = { name: 'Name', vendor: 'Vendor', tflops: 'TFLOP/s', watts: 'Power (W)', sourceNote: 'Source' };

export function AcceleratorForm(props: {
  initial?: AcceleratorInput;
  version?: number;
  submitLabel: string;
  submit: (v: AcceleratorInput, version?: number) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(props.version);
  const form = useForm<AcceleratorInput>({
    resolver: zodResolver(acceleratorSchema) as never,
    defaultValues: props.initial ?? { name: '', vendor: '', tflops: '', watts: '', sourceNote: '' },
  });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await props.submit(values, version);
    if (res.ok) {
      setConflict(null);
      if (!props.initial) form.reset();
      props.onDone();
      return;
    }
    setFormError(res.message);
    if (res.conflict) setConflict(res.conflict);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof AcceleratorInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.submitLabel}>
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={LABELS}
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
      <div className="row">
        <Field label="Name" error={err.name?.message}>
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
        <Field label="Vendor" error={err.vendor?.message}>
          {(p) => <input {...p} {...form.register('vendor')} />}
        </Field>
        <Field label="Dense BF16 TFLOP/s" hint="Per chip, no sparsity." error={err.tflops?.message}>
          {(p) => <input {...p} inputMode="decimal" {...form.register('tflops')} />}
        </Field>
        <Field label="Power (W)" hint="Blank if unknown." error={err.watts?.message}>
          {(p) => <input {...p} inputMode="numeric" {...form.register('watts')} />}
        </Field>
      </div>
      <Field label="Source" hint="Datasheet, documentation page, or “secondary” with where it is quoted." error={err.sourceNote?.message}>
        {(p) => <input {...p} {...form.register('sourceNote')} />}
      </Field>
      <div className="row">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Saving…' : props.submitLabel}
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
