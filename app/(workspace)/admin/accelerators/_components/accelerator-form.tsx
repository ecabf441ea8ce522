'use client';

import { FormButtons } from '@/app/_components/form-buttons';
import { InputField } from '@/app/_components/field';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/core/action-result';
import { acceleratorSchema, type AcceleratorInput } from '@/lib/markets/schemas';

const LABELS = {
  name: 'Name',
  vendor: 'Vendor',
  tflops: 'TFLOP/s',
  watts: 'Power (W)',
  sourceNote: 'Source',
  memoryGb: 'Memory (GB)',
  memoryBandwidthGbs: 'Memory bandwidth (GB/s)',
  fp8DenseTflops: 'Dense FP8 TFLOP/s',
  specsSourceNote: 'Source of the memory and FP8 figures',
};
const EMPTY = { name: '', vendor: '', tflops: '', watts: '', sourceNote: '', memoryGb: '', memoryBandwidthGbs: '', fp8DenseTflops: '', specsSourceNote: '' };

export function AcceleratorForm(props: {
  initial?: AcceleratorInput;
  version?: number;
  submitLabel: string;
  submit: (v: AcceleratorInput, version?: number) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: acceleratorSchema,
    defaultValues: props.initial ?? EMPTY,
    version: props.version,
    conflictLabels: LABELS,
    submit: props.submit,
    resetOnSuccess: !props.initial,
    onSuccess: props.onDone,
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.submitLabel}>
      {banner}
      <div className="row">
        <InputField form={form} name="name" label="Name" />
        <InputField form={form} name="vendor" label="Vendor" />
        <InputField form={form} name="tflops" label="Dense BF16 TFLOP/s" hint="Per chip, no sparsity." inputMode="decimal" />
        <InputField form={form} name="watts" label="Power (W)" hint="Blank if unknown." inputMode="numeric" />
      </div>
      <InputField form={form} name="sourceNote" label="Source" hint="Datasheet, documentation page, or “secondary” with where it is quoted." />
      <div className="row">
        <InputField form={form} name="memoryGb" label="Memory (GB)" hint="Per chip. Blank if unknown." inputMode="decimal" />
        <InputField form={form} name="memoryBandwidthGbs" label="Memory bandwidth (GB/s)" hint="Peak, per chip." inputMode="decimal" />
        <InputField form={form} name="fp8DenseTflops" label="Dense FP8 TFLOP/s" hint="No sparsity; blank if the chip has no FP8." inputMode="decimal" />
      </div>
      <InputField form={form} name="specsSourceNote" label="Source of the memory and FP8 figures" hint="Required when any of the three is filled in." />
      <FormButtons label={props.submitLabel} pending={pending} pendingLabel="Saving…" onCancel={props.onCancel} />
    </form>
  );
}
