'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import type { ActionResult } from '@/lib/action-result';
import type { ConflictInfo } from '@/lib/errors';
import { PARTY_ROLES, PARTY_ROLE_LABELS, partySchema, type PartyInput } from '@/lib/cases/schemas';

export function PartyForm(props: {
  initial?: PartyInput;
  version?: number;
  submit: (values: PartyInput, version?: number) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  submitLabel: string;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(props.version);
  const form = useForm<PartyInput>({
    resolver: zodResolver(partySchema) as never,
    defaultValues: props.initial ?? { name: '', role: 'acquirer', country: '', ultimateParent: '' },
  });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await props.submit(values, version);
    if (res.ok) {
      form.reset(props.initial ? values : undefined);
      setConflict(null);
      props.onDone();
      return;
    }
    setFormError(res.message);
    if (res.conflict) setConflict(res.conflict);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof PartyInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={{ name: 'Name', role: 'Role', country: 'Country', ultimateParent: 'Ultimate parent' }}
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
        <Field label="Party name" error={err.name?.message}>
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
        <Field label="Role" error={err.role?.message}>
          {(p) => (
            <select {...p} {...form.register('role')}>
              {PARTY_ROLES.map((r) => (
                <option key={r} value={r}>
                  {PARTY_ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Country" error={err.country?.message}>
          {(p) => <input {...p} {...form.register('country')} />}
        </Field>
        <Field label="Ultimate parent" error={err.ultimateParent?.message}>
          {(p) => <input {...p} {...form.register('ultimateParent')} />}
        </Field>
        <button type="submit" className="primary" style={{ marginBottom: '0.8rem' }} disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Saving…' : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
