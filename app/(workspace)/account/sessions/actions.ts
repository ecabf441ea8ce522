'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { signOut } from '@/lib/auth';
import { sessionUserOrNull } from '@/lib/auth/session';
import { revokeAllSessions, revokeSession } from '@/lib/auth/sessions/end-sessions';

export async function revokeSessionAction(sessionId: string) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => revokeSession({ actor, sessionId }));
  revalidatePath('/account/sessions');
  return res;
}

export async function signOutEverywhereAction() {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => revokeAllSessions({ actor }));
  if (!res.ok) return res;
  await signOut({ redirectTo: '/sign-in' }); // clears this browser's cookie too; throws the redirect
  return res;
}
