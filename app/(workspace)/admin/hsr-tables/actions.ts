'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { saveHsrTable } from '@/lib/reviews/save-hsr-table';
import type { HsrTableInput } from '@/lib/reviews/schemas';

export async function saveHsrTableAction(input: HsrTableInput) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => saveHsrTable({ actor, input }));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}
