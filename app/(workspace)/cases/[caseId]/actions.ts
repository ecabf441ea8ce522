'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult, type ActionResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { setCaseArchived } from '@/lib/cases/archive-case';
import { addMember, removeMember } from '@/lib/cases/members';
import { addParty, removeParty, updateParty } from '@/lib/cases/save-party';
import type { PartyInput } from '@/lib/cases/schemas';

async function run<T>(caseId: string, fn: (actor: NonNullable<Awaited<ReturnType<typeof sessionUserOrNull>>>) => Promise<T>): Promise<ActionResult<T>> {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => fn(actor));
  if (res.ok) revalidatePath(`/cases/${caseId}`, 'layout');
  return res;
}

export async function addPartyAction(caseId: string, input: PartyInput) {
  return run(caseId, (actor) => addParty({ actor, caseId, input }));
}
export async function updatePartyAction(caseId: string, input: PartyInput & { partyId: string; version: number }) {
  return run(caseId, (actor) => updateParty({ actor, caseId, input }));
}
export async function removePartyAction(caseId: string, partyId: string, version: number) {
  return run(caseId, (actor) => removeParty({ actor, caseId, partyId, version }));
}
export async function addMemberAction(caseId: string, input: { email: string }) {
  return run(caseId, (actor) => addMember({ actor, caseId, input }));
}
export async function removeMemberAction(caseId: string, userId: string) {
  return run(caseId, (actor) => removeMember({ actor, caseId, userId }));
}
export async function setArchivedAction(caseId: string, archived: boolean) {
  return run(caseId, (actor) => setCaseArchived({ actor, caseId, archived }));
}
