'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { createAccelerator, updateAccelerator } from '@/lib/markets/save-accelerator';
import type { AcceleratorInput } from '@/lib/markets/schemas';

async function asActor<T>(fn: (actor: NonNullable<Awaited<ReturnType<typeof sessionUserOrNull>>>) => Promise<T>) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => fn(actor));
  if (res.ok) revalidatePath('/admin/accelerators');
  return res;
}

export async function createAcceleratorAction(input: AcceleratorInput) {
  return asActor((actor) => createAccelerator({ actor, input }));
}
export async function updateAcceleratorAction(input: AcceleratorInput & { acceleratorId: string; version: number }) {
  return asActor((actor) => updateAccelerator({ actor, input }));
}
