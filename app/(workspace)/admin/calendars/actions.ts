'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { removeCalendarYear, saveCalendarYear } from '@/lib/calendars/save-calendar-year';
import type { CalendarYearInput } from '@/lib/calendars/schemas';

async function asAdmin<T>(fn: (actor: NonNullable<Awaited<ReturnType<typeof sessionUserOrNull>>>) => Promise<T>) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => fn(actor));
  // Every deadline in every case may move: refresh everything.
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}

export async function saveCalendarYearAction(input: CalendarYearInput) {
  return asAdmin((actor) => saveCalendarYear({ actor, input }));
}
export async function removeCalendarYearAction(kind: string, year: number, version: number) {
  return asAdmin((actor) => removeCalendarYear({ actor, kind, year, version }));
}
