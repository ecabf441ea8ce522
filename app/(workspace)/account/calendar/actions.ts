'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { createFeedToken, revokeFeedToken } from '@/lib/feeds/feed-token';

export async function createFeedTokenAction() {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => createFeedToken({ actor }));
  revalidatePath('/account/calendar');
  return res;
}

export async function revokeFeedTokenAction() {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => revokeFeedToken({ actor }));
  revalidatePath('/account/calendar');
  return res;
}
