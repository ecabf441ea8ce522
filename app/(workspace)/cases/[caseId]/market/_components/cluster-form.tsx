'use client';

import { InputField, SelectField } from '@/app/_components/field';
import { FormButtons } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/core/action-result';
import { CLUSTER_STATUSES, CLUSTER_STATUS_LABELS, clusterSchema, type ClusterInput } from '@/lib/markets/schemas';

export type Option = { id: string; name: string };

export const toOptions = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.name }));

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
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: clusterSchema,
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
    version: props.version,
    conflictLabels: LABELS,
    conflictValueLabels: { status: CLUSTER_STATUS_LABELS },
    submit: props.submit,
    onSuccess: (_, values) => {
      if (!props.initial) form.reset({ ...values, name: '', countLow: '', countCentral: '', countHigh: '' });
      props.onDone();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.submitLabel}>
      {banner}
      <div className="row">
        <SelectField form={form} name="firmId" label="Firm" options={toOptions(props.firms)} />
        <InputField form={form} name="name" label="Cluster name" />
        <InputField form={form} name="site" label="Site" />
        <SelectField form={form} name="acceleratorId" label="Accelerator" empty="Choose…" options={toOptions(props.accelerators)} />
      </div>
      <div className="row">
        <InputField form={form} name="countLow" label="Count, low" hint="Blank if known exactly." inputMode="numeric" />
        <InputField form={form} name="countCentral" label="Count, central" hint="Whole accelerators." inputMode="numeric" />
        <InputField form={form} name="countHigh" label="Count, high" hint="Blank if known exactly." inputMode="numeric" />
        <SelectField form={form} name="status" label="Status" options={CLUSTER_STATUSES} optionLabels={CLUSTER_STATUS_LABELS} />
        <InputField form={form} name="asOf" label="As of" type="date" />
      </div>
      <InputField form={form} name="source" label="Source" hint="Where the figures come from (report, filing, estimate)." />
      <FormButtons label={props.submitLabel} pending={pending} pendingLabel="Saving…" onCancel={props.onCancel} />
    </form>
  );
}
