'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/core/action-result';
import { mfaCodeSchema } from '@/lib/auth/schemas';
import { Field } from '@/app/_components/field';
import { useActionForm } from '@/app/_components/use-action-form';
import { disableMfaAction, newRecoveryCodesAction } from '../actions';
import { RecoveryCodes } from './recovery-codes';

/** Changing two-step sign-in asks for a current code again: a session left open is not enough. */
export function MfaManage({ canTurnOff }: { canTurnOff: boolean }) {
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  return (
    <>
      <CodeForm label="New recovery codes" submit={newRecoveryCodesAction} onDone={(d) => setCodes(d.recoveryCodes)} />
      {canTurnOff ? (
        <CodeForm label="Turn off two-step sign-in" danger submit={disableMfaAction} onDone={() => router.refresh()} />
      ) : (
        <p className="muted">Required for your role: it cannot be turned off.</p>
      )}
    </>
  );
}

function CodeForm<T>(props: { label: string; danger?: boolean; submit: (v: { code: string }) => Promise<ActionResult<T>>; onDone: (data: T) => void }) {
  const { form, banner, onSubmit } = useActionForm({
    schema: mfaCodeSchema,
    defaultValues: { code: '' },
    submit: (values) => props.submit(values),
    resetOnSuccess: true,
    onSuccess: (data) => {
      props.onDone(data);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.label} style={{ marginTop: '1rem' }}>
      {banner}
      <Field label={`Current code for “${props.label}”`} error={form.formState.errors.code?.message}>
        {(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" {...form.register('code')} />}
      </Field>
      <button type="submit" className={props.danger ? 'danger' : undefined} disabled={form.formState.isSubmitting}>
        {props.label}
      </button>
    </form>
  );
}
