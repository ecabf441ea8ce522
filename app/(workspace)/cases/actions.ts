'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult, type ActionResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { createCase } from '@/lib/cases/create-case';
import { updateCase } from '@/lib/cases/update-case';
import type { CaseInput } from '@/lib/cases/schemas';

export async function createCaseAction(input: CaseInput): Promise<ActionResult<{ id: string }>> {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => createCase({ actor, input }));
  if (res.ok) revalidatePath('/cases');
  return res;
}

export async function updateCaseAction(caseId: string, input: CaseInput, version?: number): Promise<ActionResult<{ id: string }>> {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => updateCase({ actor, caseId, input: { ...input, version: version ?? -1 } }));
  if (!res.ok) return res;
  revalidatePath(`/cases/${caseId}`);
  return { ok: true, data: { id: caseId } };
}
