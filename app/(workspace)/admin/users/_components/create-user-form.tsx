'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { ROLES, ROLE_LABELS, createUserSchema, type CreateUserInput } from '@/lib/auth/schemas';
import { createUserAction } from '../actions';

export function CreateUserForm() {
  const router = useRouter();
  const [result, setResult] = useState<{ email: string; password: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CreateUserInput>({ resolver: zodResolver(createUserSchema) as never, defaultValues: { email: '', name: '', role: 'counsel' } });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    const res = await createUserAction(values);
    if (res.ok) {
      setResult({ email: values.email, password: res.data.oneTimePassword });
      setError(null);
      form.reset();
      router.refresh();
    } else {
      setError(res.message);
      for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof CreateUserInput, { message: m });
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {result ? (
        <div className="notice" role="status">
          Created <strong>{result.email}</strong>. One-time password (shown once; they must change it at first sign-in):{' '}
          <code className="mono">{result.password}</code>
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <Field label="Name" error={err.name?.message}>
        {(p) => <input {...p} {...form.register('name')} />}
      </Field>
      <Field label="Email" error={err.email?.message}>
        {(p) => <input {...p} type="email" {...form.register('email')} />}
      </Field>
      <Field label="Role" error={err.role?.message}>
        {(p) => (
          <select {...p} {...form.register('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        Create user
      </button>
    </form>
  );
}
