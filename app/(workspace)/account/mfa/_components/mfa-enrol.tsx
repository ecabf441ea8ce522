'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { mfaCodeSchema } from '@/lib/auth/schemas';
import { Field } from '@/app/_components/field';
import { useActionForm } from '@/app/_components/use-action-form';
import { confirmMfaAction, startMfaAction } from '../actions';
import { RecoveryCodes } from './recovery-codes';

export function MfaEnrol() {
  const router = useRouter();
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { form, banner, onSubmit } = useActionForm({
    schema: mfaCodeSchema,
    defaultValues: { code: '' },
    submit: (values) => confirmMfaAction(values),
    onSuccess: (data) => setCodes(data.recoveryCodes),
  });
  if (codes) return <RecoveryCodes codes={codes} onDone={() => router.push('/home')} />;
  if (!setup) {
    return (
      <>
        <p>Protect your account with a code from an authenticator app (Microsoft Authenticator, Google Authenticator, 1Password…) as well as your password.</p>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        <button
          type="button"
          className="primary"
          onClick={async () => {
            const res = await startMfaAction();
            if (res.ok) setSetup({ secret: res.data.secret, qrSvg: res.data.qrSvg });
            else setError(res.message);
          }}
        >
          Set up two-step sign-in
        </button>
      </>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>1. Scan this code with your authenticator app.</p>
      {/* <img>, not next/image: an inline SVG data URL, nothing to optimise or fetch */}
      <img src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrSvg)}`} alt="QR code for your authenticator app" width={200} height={200} />
      <p>
        Or type this key: <code aria-label="Set-up key">{setup.secret}</code>
      </p>
      <p>2. Enter the 6-digit code the app shows.</p>
      {banner}
      <Field label="Code from the app" error={form.formState.errors.code?.message}>
        {(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" {...form.register('code')} />}
      </Field>
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        Turn on two-step sign-in
      </button>
    </form>
  );
}
