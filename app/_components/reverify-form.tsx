'use client';

import { useRouter } from 'next/navigation';
import { mfaCodeSchema } from '@/lib/auth/schemas';
import { reverifyAction } from '@/app/(workspace)/account/mfa/actions';
import { Field } from './field';
import { useActionForm } from './use-action-form';

/** Asks for a current code before a sensitive act; on success the page re-renders with the act open. */
export function ReverifyForm({ purpose }: { purpose: string }) {
  const router = useRouter();
  const { form, banner, onSubmit } = useActionForm({
    schema: mfaCodeSchema,
    defaultValues: { code: '' },
    submit: (values) => reverifyAction(values),
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Confirm to ${purpose}`}>
      <p>To {purpose}, confirm it is you with a current code from your authenticator app (or an unused recovery code).</p>
      {banner}
      <Field label="Code from the app" error={form.formState.errors.code?.message}>
        {(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" {...form.register('code')} />}
      </Field>
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        Confirm
      </button>
    </form>
  );
}
