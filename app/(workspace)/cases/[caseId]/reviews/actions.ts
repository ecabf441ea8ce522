'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult, type ActionResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { addReviewEvent, removeReviewEvent, updateReviewEvent } from '@/lib/reviews/save-review-event';
import { createReview, removeReview, updateReview } from '@/lib/reviews/save-review';
import { savePartyTurnover } from '@/lib/reviews/save-party-turnover';
import type { ReviewEventInput, ReviewInput, TurnoverInput } from '@/lib/reviews/schemas';

type Actor = NonNullable<Awaited<ReturnType<typeof sessionUserOrNull>>>;

async function run<T>(caseId: string, fn: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => fn(actor));
  // The layout too: the case list and home page show the next deadline.
  if (res.ok) revalidatePath(`/cases/${caseId}`, 'layout');
  return res;
}

export async function createReviewAction(caseId: string, input: ReviewInput) {
  return run(caseId, (actor) => createReview({ actor, caseId, input }));
}
export async function updateReviewAction(caseId: string, input: ReviewInput & { reviewId: string; version: number }) {
  return run(caseId, (actor) => updateReview({ actor, caseId, input }));
}
export async function removeReviewAction(caseId: string, reviewId: string, version: number) {
  return run(caseId, (actor) => removeReview({ actor, caseId, reviewId, version }));
}
export async function addEventAction(caseId: string, reviewId: string, input: ReviewEventInput) {
  return run(caseId, (actor) => addReviewEvent({ actor, caseId, reviewId, input }));
}
export async function updateEventAction(caseId: string, reviewId: string, input: ReviewEventInput & { eventId: string; version: number }) {
  return run(caseId, (actor) => updateReviewEvent({ actor, caseId, reviewId, input }));
}
export async function removeEventAction(caseId: string, reviewId: string, eventId: string, version: number) {
  return run(caseId, (actor) => removeReviewEvent({ actor, caseId, reviewId, eventId, version }));
}
export async function saveTurnoverAction(caseId: string, input: TurnoverInput) {
  return run(caseId, (actor) => savePartyTurnover({ actor, caseId, input }));
}
