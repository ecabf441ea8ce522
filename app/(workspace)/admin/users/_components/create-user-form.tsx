'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { InputField, SelectField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { ROLES, ROLE_LABELS, createUserSchema } from '@/lib/auth/schemas';
import { createUserAction } from '../actions';

export function CreateUserForm() {
  const router = useRouter();
  const [result, setResult] = useState<{ email: string; password: string } | null>(null);
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: createUserSchema,
    defaultValues: { email: '', name: '', role: 'counsel' },
    submit: (values) => createUserAction(values),
    onSuccess: (data, values) => {
      setResult({ email: values.email, password: data.oneTimePassword });
      form.reset();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {result ? (
        <div className="notice" role="status">
          Created <strong>{result.email}</strong>. One-time password (shown once; they must change it at first sign-in):{' '}
          <code className="mono">{result.password}</code>
        </div>
      ) : null}
      {banner}
      <InputField form={form} name="name" label="Name" />
      <InputField form={form} name="email" label="Email" type="email" />
      <SelectField form={form} name="role" label="Role" options={ROLES} optionLabels={ROLE_LABELS} />
      <SubmitButton className="primary" pending={pending}>
        Create user
      </SubmitButton>
    </form>
  );
}
