'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import type { ActionResult } from '@/lib/action-result';
import type { ConflictInfo } from '@/lib/errors';
import { CLUSTER_STATUSES, CLUSTER_STATUS_LABELS, clusterSchema, type ClusterInput } from '@/lib/markets/schemas';

export type Option = { id: string; name: string };

const LABELS = { name: 'Cluster', site: 'Site', countLow: 'Low', countCentral: 'Central', countHigh: 'High', status: 'Status', asOf: 'As of', source: 'Source' };

/** Adds or edits one cluster. Counts are checked as typed (whole, 0 to 10⁹, low ≤ central ≤ high). */
export function ClusterForm(props: {
  firms: Option[];
  accelerators: Option[];
  initial?: ClusterInput;
  version?: number;
  submitLabel: string;
  submit: (values: ClusterInput, version?: number) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(props.version);
  const form = useForm<ClusterInput>({
    resolver: zodResolver(clusterSchema) as never,
    defaultValues: props.initial ?? {
      firmId: props.firms[0]?.id ?? '',
      name: '',
      site: '',
      acceleratorId: '',
      countLow: '',
      countCentral: '',
      countHigh: '',
      status: 'operational',
      asOf: '',
      source: '',
    },
  });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await props.submit(values, version);
    if (res.ok) {
      setConflict(null);
      if (!props.initial) form.reset({ ...values, name: '', countLow: '', countCentral: '', countHigh: '' });
      props.onDone();
      return;
    }
    setFormError(res.message);
    if (res.conflict) setConflict(res.conflict);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof ClusterInput, { message: m });
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
        <Field label="Firm" error={err.firmId?.message}>
          {(p) => (
            <select {...p} {...form.register('firmId')}>
              {props.firms.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Cluster name" error={err.name?.message}>
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
        <Field label="Site" error={err.site?.message}>
          {(p) => <input {...p} {...form.register('site')} />}
        </Field>
        <Field label="Accelerator" error={err.acceleratorId?.message}>
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
      </div>
      <div className="row">
        <Field label="Count, low" hint="Blank if known exactly." error={err.countLow?.message}>
          {(p) => <input {...p} inputMode="numeric" {...form.register('countLow')} />}
        </Field>
        <Field label="Count, central" hint="Whole accelerators." error={err.countCentral?.message}>
          {(p) => <input {...p} inputMode="numeric" {...form.register('countCentral')} />}
        </Field>
        <Field label="Count, high" hint="Blank if known exactly." error={err.countHigh?.message}>
          {(p) => <input {...p} inputMode="numeric" {...form.register('countHigh')} />}
        </Field>
        <Field label="Status" error={err.status?.message}>
          {(p) => (
            <select {...p} {...form.register('status')}>
              {CLUSTER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CLUSTER_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="As of" error={err.asOf?.message}>
          {(p) => <input {...p} type="date" {...form.register('asOf')} />}
        </Field>
      </div>
      <Field label="Source" hint="Where the figures come from (report, filing, estimate)." error={err.source?.message}>
        {(p) => <input {...p} {...form.register('source')} />}
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
