'use server';

import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { getCurrentUser } from '@/lib/auth/session';
import type { ChangePasswordInput } from '@/lib/auth/schemas';
import { changeOwnPassword } from '@/lib/users/change-password';

export async function changePasswordAction(input: ChangePasswordInput) {
  const actor = await getCurrentUser(); // a user who must change their password may do only this
  if (!actor) return SESSION_ENDED;
  return toResult(() => changeOwnPassword({ actor, input }));
}
