'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { markConfidentiality, removeConfidentialityMark } from '@/lib/documents/mark-confidentiality';
import type { MarkConfidentialityInput } from '@/lib/documents/schemas';

export async function markAction(caseId: string, input: MarkConfidentialityInput) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => markConfidentiality({ actor, caseId, input }));
  if (res.ok) revalidatePath(`/cases/${caseId}/documents/confidentiality`);
  return res;
}

export async function removeMarkAction(caseId: string, markId: string) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => removeConfidentialityMark({ actor, caseId, markId }));
  if (res.ok) revalidatePath(`/cases/${caseId}/documents/confidentiality`);
  return res;
}
