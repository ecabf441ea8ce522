'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { getCurrentUser } from '@/lib/auth/session';
import { confirmMfaEnrolment, disableMfa, newMfaRecoveryCodes, startMfaEnrolment } from '@/lib/auth/mfa/manage-mfa';
import { reverifyMfa } from '@/lib/auth/mfa/reverify';

// getCurrentUser, not sessionUserOrNull: someone whose role requires two-step sign-in must be able
// to set it up before anything else is open to them.
// Enrolment does not revalidate: the page would re-render as "on" and unmount the recovery codes
// before they are read; "I have saved them" navigates on.
async function asSelf<T>(fn: (actor: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>) => Promise<T>, revalidate = true) {
  const actor = await getCurrentUser();
  if (!actor || actor.mustChangePassword) return SESSION_ENDED;
  const res = await toResult(() => fn(actor));
  if (revalidate) revalidatePath('/account/mfa');
  return res;
}

export async function startMfaAction() {
  return asSelf((actor) => startMfaEnrolment({ actor }));
}
export async function confirmMfaAction(input: { code: string }) {
  return asSelf((actor) => confirmMfaEnrolment({ actor, input }), false);
}
export async function newRecoveryCodesAction(input: { code: string }) {
  return asSelf((actor) => newMfaRecoveryCodes({ actor, input }), false);
}
export async function disableMfaAction(input: { code: string }) {
  return asSelf((actor) => disableMfa({ actor, input }));
}
export async function reverifyAction(input: { code: string }) {
  return asSelf((actor) => reverifyMfa({ actor, input }), false);
}
