'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import type { CreateUserInput, UpdateUserInput } from '@/lib/auth/schemas';
import { createUser, resetPassword, setSessionHours, unlockSignIn, updateUser } from '@/lib/users/manage-users';
import { setMfaRoles } from '@/lib/auth/mfa/manage-mfa';

async function asAdmin<T>(fn: (actor: NonNullable<Awaited<ReturnType<typeof sessionUserOrNull>>>) => Promise<T>) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => fn(actor));
  if (res.ok) revalidatePath('/admin/users');
  return res;
}

export async function createUserAction(input: CreateUserInput) {
  return asAdmin((actor) => createUser({ actor, input }));
}
export async function updateUserAction(input: UpdateUserInput) {
  return asAdmin((actor) => updateUser({ actor, input }));
}
export async function resetPasswordAction(userId: string) {
  return asAdmin((actor) => resetPassword({ actor, userId }));
}
export async function setSessionHoursAction(input: { sessionHours: number }) {
  return asAdmin((actor) => setSessionHours({ actor, input }));
}
export async function unlockSignInAction(userId: string) {
  return asAdmin((actor) => unlockSignIn({ actor, userId }));
}
export async function setMfaRolesAction(input: { roles: unknown }) {
  return asAdmin((actor) => setMfaRoles({ actor, input }));
}
