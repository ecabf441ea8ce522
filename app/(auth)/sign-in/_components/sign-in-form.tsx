'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { signInSchema, type SignInInput } from '@/lib/auth/schemas';
import { Field } from '@/app/_components/field';
import { signInAction } from '../actions';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [needsCode, setNeedsCode] = useState(false);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    let callback: URL | null = null;
    try {
      callback = callbackUrl ? new URL(callbackUrl, window.location.origin) : null;
    } catch {}
    const res = await signInAction(values, callback && callback.origin === window.location.origin ? callback.pathname + callback.search : undefined);
    if (res && !res.ok) {
      setError(res.message);
      if (res.fieldErrors?.code) {
        setNeedsCode(true);
        form.setError('code', { message: res.fieldErrors.code });
      }
    }
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
      {error ? (
        <p id="sign-in-error" className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <Field label="Email" error={form.formState.errors.email?.message}>
        {(p) => <input {...p} type="email" autoComplete="username" {...form.register('email')} />}
      </Field>
      <Field label="Password" error={form.formState.errors.password?.message}>
        {(p) => <input {...p} type="password" autoComplete="current-password" {...form.register('password')} />}
      </Field>
      {needsCode ? (
        <Field label="Authentication code" error={form.formState.errors.code?.message}>
          {(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" autoFocus {...form.register('code')} />}
        </Field>
      ) : null}
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
