'use client';

import { mfaRolesSchema, ROLES, ROLE_LABELS, type Role } from '@/lib/auth/schemas';
import { useActionForm } from '@/app/_components/use-action-form';
import { setMfaRolesAction } from '../actions';

export function MfaRoles({ roles }: { roles: Role[] }) {
  const f = useActionForm({
    schema: mfaRolesSchema,
    defaultValues: { roles },
    submit: (values) => setMfaRolesAction(values),
    onSuccess: () => {
      f.setNotice('Saved.');
    },
  });
  const { form, banner, onSubmit } = f;
  return (
    <form onSubmit={onSubmit} noValidate>
      {banner}
      <fieldset>
        <legend>Require two-step sign-in for</legend>
        {ROLES.map((r) => (
          <label key={r} style={{ display: 'block' }}>
            <input type="checkbox" value={r} {...form.register('roles')} /> {ROLE_LABELS[r]}
          </label>
        ))}
      </fieldset>
      <p className="muted">People in these roles must set it up at their next page; their password alone no longer signs them in.</p>
      <button type="submit" disabled={form.formState.isSubmitting}>
        Save
      </button>
    </form>
  );
}
