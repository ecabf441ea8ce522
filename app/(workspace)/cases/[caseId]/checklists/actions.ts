'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult, type ActionResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { addCustomItem } from '@/lib/checklists/add-custom-item';
import { adoptTemplate } from '@/lib/checklists/adopt-template';
import { approveItem } from '@/lib/checklists/approve-item';
import { assignItem } from '@/lib/checklists/assign-item';
import { addComment } from '@/lib/checklists/comments/add-comment';
import { editComment } from '@/lib/checklists/comments/edit-comment';
import { setThreadResolved } from '@/lib/checklists/comments/resolve-thread';
import { retractComment } from '@/lib/checklists/comments/retract-comment';
import { createChecklist } from '@/lib/checklists/create-checklist';
import { saveItemContent } from '@/lib/checklists/save-item-content';
import type { AdoptTemplateInput, AssignmentInput, CreateChecklistInput, CustomItemInput, ItemContentInput, ItemStatus } from '@/lib/checklists/schemas';
import { transitionItem } from '@/lib/checklists/transition-item';

type Actor = NonNullable<Awaited<ReturnType<typeof sessionUserOrNull>>>;

async function run<T>(caseId: string, fn: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => fn(actor));
  if (res.ok) revalidatePath(`/cases/${caseId}/checklists`, 'layout');
  return res;
}

export async function createChecklistAction(caseId: string, input: CreateChecklistInput) {
  return run(caseId, (actor) => createChecklist({ actor, caseId, input }));
}
export async function adoptTemplateAction(caseId: string, input: AdoptTemplateInput) {
  return run(caseId, (actor) => adoptTemplate({ actor, caseId, input }));
}
export async function addCustomItemAction(caseId: string, input: CustomItemInput) {
  return run(caseId, (actor) => addCustomItem({ actor, caseId, input }));
}
export async function saveItemContentAction(caseId: string, input: ItemContentInput & { itemId: string; version: number }) {
  return run(caseId, (actor) => saveItemContent({ actor, caseId, input }));
}
export async function assignItemAction(caseId: string, input: AssignmentInput & { itemId: string; version: number }) {
  return run(caseId, (actor) => assignItem({ actor, caseId, input }));
}
export async function transitionItemAction(caseId: string, input: { itemId: string; expectedStatus: ItemStatus; action: 'submit' | 'withdraw' | 'request-changes'; reason?: string }) {
  return run(caseId, (actor) => transitionItem({ actor, caseId, input }));
}
export async function approveItemAction(caseId: string, input: { itemId: string; contentHash: string; confirmOpenThreads?: boolean }) {
  return run(caseId, (actor) => approveItem({ actor, caseId, input }));
}
export async function addCommentAction(caseId: string, input: { itemId: string; parentId?: string | null; body: string }) {
  return run(caseId, (actor) => addComment({ actor, caseId, input }));
}
export async function editCommentAction(caseId: string, input: { commentId: string; version: number; body: string }) {
  return run(caseId, (actor) => editComment({ actor, caseId, input }));
}
export async function retractCommentAction(caseId: string, commentId: string) {
  return run(caseId, (actor) => retractComment({ actor, caseId, commentId }));
}
export async function setThreadResolvedAction(caseId: string, threadId: string, resolved: boolean) {
  return run(caseId, (actor) => setThreadResolved({ actor, caseId, threadId, resolved }));
}
