'use client';

import { InputField, SelectField } from '@/app/_components/field';
import { FormButtons } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/core/action-result';
import { scenarioSchema, type ScenarioInput } from '@/lib/markets/schemas';
import { toOptions, type Option } from './cluster-form';

const KINDS = [
  { value: 'transfer', label: 'Transfer of accelerators' },
  { value: 'merger', label: 'Full merger of two firms' },
];
const KIND_LABELS = Object.fromEntries(KINDS.map((k) => [k.value, k.label]));

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
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: scenarioSchema,
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
    version: props.version,
    conflictLabels: { name: 'Name', kind: 'Kind', countLow: 'Low', countCentral: 'Central', countHigh: 'High' },
    conflictValueLabels: { kind: KIND_LABELS },
    submit: props.submit,
    resetOnSuccess: !props.initial,
    onSuccess: props.onDone,
  });
  const transfer = form.watch('kind') === 'transfer';
  const firms = toOptions(props.firms);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.submitLabel}>
      {banner}
      <div className="row">
        <InputField form={form} name="name" label="Scenario name" />
        <SelectField form={form} name="kind" label="Kind" options={KINDS} />
        <SelectField form={form} name="sellerFirmId" label={transfer ? 'From (transferring firm)' : 'Target'} options={firms} />
        <SelectField form={form} name="buyerFirmId" label={transfer ? 'To (receiving firm)' : 'Acquirer'} options={firms} />
      </div>
      {transfer ? (
        <div className="row">
          <SelectField form={form} name="acceleratorId" label="Accelerator transferred" empty="Choose…" options={toOptions(props.accelerators)} />
          <InputField form={form} name="countLow" label="Number, low" hint="Blank if exact." inputMode="numeric" />
          <InputField form={form} name="countCentral" label="Number, central" inputMode="numeric" />
          <InputField form={form} name="countHigh" label="Number, high" hint="Blank if exact." inputMode="numeric" />
        </div>
      ) : null}
      <FormButtons label={props.submitLabel} pending={pending} pendingLabel="Saving…" onCancel={props.onCancel} />
    </form>
  );
}
