'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { markAllRead, markRead } from '@/lib/notifications/mark-read';

export async function markReadAction(notificationId: string) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => markRead({ actor, notificationId }));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}

export async function markAllReadAction() {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => markAllRead({ actor }));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}
