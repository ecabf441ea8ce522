import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { reviewEvents, reviews } from '@/db/schema';
import { getDb } from '@/db/client';
import { diffFields, recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { loadCalendars } from './load-calendars';
import { isUuid } from '@/lib/core/ids';
import { NotFoundError, ValidationError } from '@/lib/core/errors';
import { refuseSequence, sequenceProblem } from './check-sequence';
import { conflictError } from '@/lib/conflict';
import type { EventFields } from './engine-events';
import { EVENT_LABELS, EVENT_TYPES_BY_AUTHORITY, EXTENSION_AMOUNTS, reviewEventSchema, updateReviewEventSchema, type ReviewEventData, type ReviewEventInput } from './schemas';
import { parseVersion } from '@/lib/core/fields';

function columns(data: ReviewEventData) {
  // Only the fields the type uses are kept, so a stale value in a hidden form field is not stored.
  return {
    type: data.type,
    occurredOn: data.date,
    restartedOn: data.type === 'stop-clock' ? data.restartedOn : null,
    phase: data.type === 'commitments' ? data.phase : null,
    workingDays: data.type === 'extension' ? data.workingDays : null,
    amount: EXTENSION_AMOUNTS[data.type] ? data.amount : null,
    article: data.type === 'decision' ? data.article : null,
    hsrKind: data.type === 'filing-received' ? (data.hsrKind ?? 'standard') : null,
    acquiredReceivedOn: data.type === 'filing-received' ? data.acquiredReceivedOn : null,
    section80130: data.type === 'filing-received' ? data.section80130 : false,
    extensionByAgreement: data.type === 'extension' ? data.extensionByAgreement : false,
    label: data.type === 'manual-deadline' ? data.label : '',
    note: data.note,
    done: data.type === 'manual-deadline' ? data.done : false,
  };
}

/**
 * Loads the review (inside the wall) and its events, and checks the event type suits the
 * authority. The review row is locked so that two people recording events at once are checked
 * one after the other: each sequence check then sees the other's event.
 */
async function prepare(tx: Tx, actor: SessionUser, caseId: string, reviewId: string, type?: ReviewEventData['type']) {
  await requireCaseAbility(tx, actor, caseId, 'edit');
  if (!isUuid(reviewId)) throw new NotFoundError('This review');
  const [review] = await tx
    .select({ id: reviews.id, authority: reviews.authority })
    .from(reviews)
    .where(and(eq(reviews.id, reviewId), eq(reviews.caseId, caseId)))
    .for('update');
  if (!review) throw new NotFoundError('This review');
  if (type && !EVENT_TYPES_BY_AUTHORITY[review.authority].includes(type)) {
    throw new ValidationError(`“${EVENT_LABELS[type]}” is not an event of this review.`, { type: 'Choose an event of this authority’s procedure.' });
  }
  const events = await tx.select().from(reviewEvents).where(eq(reviewEvents.reviewId, reviewId)).orderBy(asc(reviewEvents.occurredOn));
  return { review, events };
}

function check(authority: Parameters<typeof sequenceProblem>[0], list: EventFields[], type: EventFields['type'], calendars: Awaited<ReturnType<typeof loadCalendars>>) {
  const problem = sequenceProblem(authority, list, calendars);
  if (problem) throw refuseSequence(type, problem);
}

export async function addReviewEvent(opts: { actor: SessionUser; caseId: string; reviewId: string; input: ReviewEventInput }) {
  const { actor, caseId, reviewId } = opts;
  const data = reviewEventSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { review, events } = await prepare(tx, actor, caseId, reviewId, data.type);
    const values = columns(data);
    check(review.authority, [...events, values], data.type, await loadCalendars(tx));
    const [row] = await tx
      .insert(reviewEvents)
      .values({ ...values, reviewId, caseId, createdBy: actor.id, updatedBy: actor.id })
      .returning({ id: reviewEvents.id });
    await recordAudit(tx, actor, { action: 'review-event.create', entityType: 'review_event', entityId: row.id, caseId, changes: { reviewId, ...values } });
    return { id: row.id };
  });
}

export async function updateReviewEvent(opts: { actor: SessionUser; caseId: string; reviewId: string; input: ReviewEventInput & { eventId: string; version: number } }) {
  const { actor, caseId, reviewId } = opts;
  const { eventId, version, ...data } = updateReviewEventSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { review, events } = await prepare(tx, actor, caseId, reviewId, data.type);
    const before = events.find((e) => e.id === eventId);
    if (!before) throw new NotFoundError('This event');
    if (before.version !== version) throw await conflictError(tx, before, currentOf(before));
    const values = columns(data);
    check(review.authority, events.map((e) => (e.id === eventId ? { ...e, ...values } : e)), data.type, await loadCalendars(tx));
    const [row] = await tx
      .update(reviewEvents)
      .set({ ...values, version: version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(reviewEvents.id, eventId), eq(reviewEvents.version, version)))
      .returning({ version: reviewEvents.version });
    if (!row) throw await conflictError(tx, before, currentOf(before));
    await recordAudit(tx, actor, { action: 'review-event.update', entityType: 'review_event', entityId: eventId, caseId, changes: diffFields(before as Record<string, unknown>, values) });
    return { version: row.version };
  });
}

/** Removing an event is refused when the events left would tell an impossible story. */
export async function removeReviewEvent(opts: { actor: SessionUser; caseId: string; reviewId: string; eventId: string; version: number }) {
  const { actor, caseId, reviewId, eventId } = opts;
  const version = parseVersion(opts.version);
  if (!isUuid(eventId)) throw new NotFoundError('This event');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { review, events } = await prepare(tx, actor, caseId, reviewId);
    const before = events.find((e) => e.id === eventId);
    if (!before) throw new NotFoundError('This event');
    if (before.version !== version) throw await conflictError(tx, before, currentOf(before));
    const problem = sequenceProblem(review.authority, events.filter((e) => e.id !== eventId), await loadCalendars(tx));
    if (problem) throw new ValidationError(`Not removed: the events left would be impossible. ${problem}`);
    const [gone] = await tx.delete(reviewEvents).where(and(eq(reviewEvents.id, eventId), eq(reviewEvents.version, version))).returning({ id: reviewEvents.id });
    if (!gone) throw await conflictError(tx, before, currentOf(before));
    await recordAudit(tx, actor, { action: 'review-event.delete', entityType: 'review_event', entityId: eventId, caseId, changes: { reviewId, ...columns(toData(before)) } });
  });
}

type EventRow = typeof reviewEvents.$inferSelect;

function currentOf(e: EventRow): Record<string, unknown> {
  return { type: EVENT_LABELS[e.type], date: e.occurredOn, restartedOn: e.restartedOn, phase: e.phase, workingDays: e.workingDays, amount: e.amount, article: e.article, hsrKind: e.hsrKind, acquiredReceivedOn: e.acquiredReceivedOn, section80130: e.section80130, extensionByAgreement: e.extensionByAgreement, label: e.label, note: e.note };
}

function toData(e: EventRow): ReviewEventData {
  return { type: e.type, date: e.occurredOn, restartedOn: e.restartedOn, phase: e.phase, workingDays: e.workingDays, amount: e.amount, article: e.article, hsrKind: e.hsrKind, acquiredReceivedOn: e.acquiredReceivedOn, section80130: e.section80130, extensionByAgreement: e.extensionByAgreement, label: e.label, note: e.note, done: e.done };
}
