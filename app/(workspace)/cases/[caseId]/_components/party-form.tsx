'use client';

import { InputField, SelectField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/core/action-result';
import { PARTY_ROLES, PARTY_ROLE_LABELS, partySchema, type PartyInput } from '@/lib/cases/schemas';

export function PartyForm(props: {
  initial?: PartyInput;
  version?: number;
  submit: (values: PartyInput, version?: number) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  submitLabel: string;
  /** Opened by the user's click: start typing at once. */
  autoFocus?: boolean;
}) {
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: partySchema,
    defaultValues: props.initial ?? { name: '', role: 'acquirer', country: '', ultimateParent: '' },
    version: props.version,
    conflictLabels: { name: 'Name', role: 'Role', country: 'Country', ultimateParent: 'Ultimate parent' },
    conflictValueLabels: { role: PARTY_ROLE_LABELS },
    submit: props.submit,
    onSuccess: (_, values) => {
      form.reset(props.initial ? values : undefined);
      props.onDone();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {banner}
      <div className="row">
        <InputField form={form} name="name" label="Party name" autoFocus={props.autoFocus} />
        <SelectField form={form} name="role" label="Role" options={PARTY_ROLES} optionLabels={PARTY_ROLE_LABELS} />
        <InputField form={form} name="country" label="Country" />
        <InputField form={form} name="ultimateParent" label="Ultimate parent" />
        <SubmitButton className="primary" style={{ marginBottom: '0.8rem' }} pending={pending} pendingLabel="Saving…">
          {props.submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
