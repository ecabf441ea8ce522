import { asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { reviewEvents, reviews, users } from '@/db/schema';

const updater = alias(users, 'event_updater');

/** Reviews of the given cases with their events in date order. The caller has checked the wall. */
export async function loadReviews(db: Executor, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  const [reviewRows, eventRows] = await Promise.all([
    db
      .select({
        id: reviews.id,
        caseId: reviews.caseId,
        authority: reviews.authority,
        authorityName: reviews.authorityName,
        clearingAgency: reviews.clearingAgency,
        caseNumber: reviews.caseNumber,
        note: reviews.note,
        version: reviews.version,
        updatedAt: reviews.updatedAt,
      })
      .from(reviews)
      .where(inArray(reviews.caseId, [...caseIds]))
      .orderBy(asc(reviews.createdAt)),
    db
      .select({
        id: reviewEvents.id,
        reviewId: reviewEvents.reviewId,
        type: reviewEvents.type,
        occurredOn: reviewEvents.occurredOn,
        restartedOn: reviewEvents.restartedOn,
        phase: reviewEvents.phase,
        workingDays: reviewEvents.workingDays,
        amount: reviewEvents.amount,
        article: reviewEvents.article,
        hsrKind: reviewEvents.hsrKind,
        acquiredReceivedOn: reviewEvents.acquiredReceivedOn,
        section80130: reviewEvents.section80130,
        extensionByAgreement: reviewEvents.extensionByAgreement,
        label: reviewEvents.label,
        note: reviewEvents.note,
        done: reviewEvents.done,
        version: reviewEvents.version,
        updatedAt: reviewEvents.updatedAt,
        updatedByName: updater.name,
      })
      .from(reviewEvents)
      .innerJoin(updater, eq(updater.id, reviewEvents.updatedBy))
      .where(inArray(reviewEvents.caseId, [...caseIds]))
      .orderBy(asc(reviewEvents.occurredOn), asc(reviewEvents.createdAt)),
  ]);
  return reviewRows.map((r) => ({ ...r, events: eventRows.filter((e) => e.reviewId === r.id) }));
}
export type LoadedReview = Awaited<ReturnType<typeof loadReviews>>[number];
