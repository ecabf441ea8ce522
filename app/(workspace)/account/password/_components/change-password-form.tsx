'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/auth/schemas';
import { changePasswordAction } from '../actions';

export function ChangePasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' } });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    const res = await changePasswordAction(values);
    if (res.ok) {
      window.location.assign('/sign-in?changed=1');
      return;
    }
    setError(res.message);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof ChangePasswordInput, { message: m });
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <Field label="Current password" error={err.currentPassword?.message}>
        {(p) => <input {...p} type="password" autoComplete="current-password" {...form.register('currentPassword')} />}
      </Field>
      <Field label="New password" hint="At least 12 characters." error={err.newPassword?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('newPassword')} />}
      </Field>
      <Field label="Repeat the new password" error={err.confirmPassword?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('confirmPassword')} />}
      </Field>
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        Change password
      </button>
    </form>
  );
}
