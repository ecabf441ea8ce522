'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import type { ActionResult } from '@/lib/action-result';
import type { ConflictInfo } from '@/lib/errors';
import { scenarioSchema, type ScenarioInput } from '@/lib/markets/schemas';
import type { Option } from './cluster-form';

/** A full merger of two firms, or a transfer of a number (or range) of one accelerator model. */
export function ScenarioForm(props: {
  firms: Option[];
  accelerators: Option[];
  initial?: ScenarioInput;
  version?: number;
  submitLabel: string;
  submit: (values: ScenarioInput, version?: number) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(props.version);
  const form = useForm<ScenarioInput>({
    resolver: zodResolver(scenarioSchema) as never,
    defaultValues: props.initial ?? {
      name: '',
      kind: 'transfer',
      buyerFirmId: props.firms[0]?.id ?? '',
      sellerFirmId: props.firms[1]?.id ?? '',
      acceleratorId: '',
      countLow: '',
      countCentral: '',
      countHigh: '',
    },
  });
  const err = form.formState.errors;
  const transfer = form.watch('kind') === 'transfer';
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
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof ScenarioInput, { message: m });
  });
  const firmSelect = (name: 'buyerFirmId' | 'sellerFirmId') => (p: object) => (
    <select {...p} {...form.register(name)}>
      {props.firms.map((f) => (
        <option key={f.id} value={f.id}>
          {f.name}
        </option>
      ))}
    </select>
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.submitLabel}>
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={{ name: 'Name', kind: 'Kind', countLow: 'Low', countCentral: 'Central', countHigh: 'High' }}
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
        <Field label="Scenario name" error={err.name?.message}>
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
        <Field label="Kind" error={err.kind?.message}>
          {(p) => (
            <select {...p} {...form.register('kind')}>
              <option value="transfer">Transfer of accelerators</option>
              <option value="merger">Full merger of two firms</option>
            </select>
          )}
        </Field>
        <Field label={transfer ? 'From (transferring firm)' : 'Target'} error={err.sellerFirmId?.message}>
          {firmSelect('sellerFirmId')}
        </Field>
        <Field label={transfer ? 'To (receiving firm)' : 'Acquirer'} error={err.buyerFirmId?.message}>
          {firmSelect('buyerFirmId')}
        </Field>
      </div>
      {transfer ? (
        <div className="row">
          <Field label="Accelerator transferred" error={err.acceleratorId?.message}>
            {(p) => (
              <select {...p} {...form.register('acceleratorId')}>
                <option value="">Choose…</option>
                {props.accelerators.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Number, low" hint="Blank if exact." error={err.countLow?.message}>
            {(p) => <input {...p} inputMode="numeric" {...form.register('countLow')} />}
          </Field>
          <Field label="Number, central" error={err.countCentral?.message}>
            {(p) => <input {...p} inputMode="numeric" {...form.register('countCentral')} />}
          </Field>
          <Field label="Number, high" hint="Blank if exact." error={err.countHigh?.message}>
            {(p) => <input {...p} inputMode="numeric" {...form.register('countHigh')} />}
          </Field>
        </div>
      ) : null}
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
