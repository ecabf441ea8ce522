'use client';

import { InputField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { changePasswordSchema } from '@/lib/auth/schemas';
import { changePasswordAction } from '../actions';

export function ChangePasswordForm() {
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: changePasswordSchema,
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    submit: (values) => changePasswordAction(values),
    onSuccess: () => window.location.assign('/sign-in?changed=1'),
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate>
      {banner}
      <InputField form={form} name="currentPassword" label="Current password" type="password" autoComplete="current-password" />
      <InputField form={form} name="newPassword" label="New password" hint="At least 12 characters." type="password" autoComplete="new-password" />
      <InputField form={form} name="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" />
      <SubmitButton className="primary" pending={pending}>
        Change password
      </SubmitButton>
    </form>
  );
}
