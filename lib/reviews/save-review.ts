import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { reviewEvents, reviews } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import { NotFoundError, ValidationError } from '@/lib/core/errors';
import { authorityTitle } from './authority-label';
import { conflictError } from '@/lib/conflict';
import { uniqueViolation } from '@/lib/core/db-errors';
import { reviewSchema, updateReviewSchema, type ReviewData, type ReviewInput } from './schemas';
import { parseVersion } from '@/lib/core/fields';

function keyOf(data: ReviewData): string {
  return data.authority === 'other' ? `other:${data.authorityName.toLowerCase()}` : data.authority;
}

function duplicate(data: ReviewData): ValidationError {
  const field = data.authority === 'other' ? 'authorityName' : 'authority';
  const message = `This case already has a review by ${authorityTitle({ ...data, caseNumber: '', clearingAgency: null })}: add events to it instead.`;
  return new ValidationError(message, { [field]: message });
}

/** Opens a review of the case by one authority; a second review by the same authority is refused. */
export async function createReview(opts: { actor: SessionUser; caseId: string; input: ReviewInput }) {
  const { actor, caseId } = opts;
  const data = reviewSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const authorityKey = keyOf(data);
    const [existing] = await tx.select({ id: reviews.id }).from(reviews).where(and(eq(reviews.caseId, caseId), eq(reviews.authorityKey, authorityKey)));
    if (existing) throw duplicate(data);
    const [row] = await tx
      .insert(reviews)
      .values({ ...data, caseId, authorityKey, createdBy: actor.id, updatedBy: actor.id })
      .returning({ id: reviews.id })
      .catch((error) => {
        if (uniqueViolation(error)) throw duplicate(data);
        throw error;
      });
    await recordAudit(tx, actor, { action: 'review.create', entityType: 'review', entityId: row.id, caseId, changes: data });
    return { id: row.id };
  });
}

/** Corrects a review's details (agency, case number, name); the authority itself cannot change. */
export async function updateReview(opts: { actor: SessionUser; caseId: string; input: ReviewInput & { reviewId: string; version: number } }) {
  const { actor, caseId } = opts;
  const { reviewId, version, ...data } = updateReviewSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [before] = await tx.select().from(reviews).where(and(eq(reviews.id, reviewId), eq(reviews.caseId, caseId))).for('update');
    if (!before) throw new NotFoundError('This review');
    if (before.authority !== data.authority) throw new ValidationError('The authority of a review cannot be changed; remove it and add a new one.', { authority: 'Cannot be changed.' });
    const authorityKey = keyOf(data);
    if (authorityKey !== before.authorityKey) {
      const [clash] = await tx.select({ id: reviews.id }).from(reviews).where(and(eq(reviews.caseId, caseId), eq(reviews.authorityKey, authorityKey)));
      if (clash) throw duplicate(data);
    }
    const [row] = await tx
      .update(reviews)
      .set({ ...data, authorityKey, version: version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(reviews.id, reviewId), eq(reviews.version, version)))
      .returning({ version: reviews.version });
    if (!row) {
      throw await conflictError(tx, before, { authorityName: before.authorityName, clearingAgency: before.clearingAgency, caseNumber: before.caseNumber, note: before.note });
    }
    await recordAudit(tx, actor, { action: 'review.update', entityType: 'review', entityId: reviewId, caseId, changes: diffFields(before as Record<string, unknown>, data) });
    return { version: row.version };
  });
}

/** Removes a review and its events; the audit event keeps the events so nothing is lost. */
export async function removeReview(opts: { actor: SessionUser; caseId: string; reviewId: string; version: number }) {
  const { actor, caseId, reviewId } = opts;
  const version = parseVersion(opts.version);
  if (!isUuid(reviewId)) throw new NotFoundError('This review');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [before] = await tx.select().from(reviews).where(and(eq(reviews.id, reviewId), eq(reviews.caseId, caseId))).for('update');
    if (!before) throw new NotFoundError('This review');
    const events = await tx.select().from(reviewEvents).where(eq(reviewEvents.reviewId, reviewId));
    const [gone] = await tx.delete(reviews).where(and(eq(reviews.id, reviewId), eq(reviews.version, version))).returning({ id: reviews.id });
    if (!gone) throw await conflictError(tx, before, { authorityName: before.authorityName, caseNumber: before.caseNumber });
    await recordAudit(tx, actor, {
      action: 'review.delete',
      entityType: 'review',
      entityId: reviewId,
      caseId,
      changes: {
        authority: before.authority,
        authorityName: before.authorityName,
        caseNumber: before.caseNumber,
        events: events.map((e) => ({ type: e.type, occurredOn: e.occurredOn, restartedOn: e.restartedOn, phase: e.phase, workingDays: e.workingDays, amount: e.amount, article: e.article, hsrKind: e.hsrKind, label: e.label })),
      },
    });
  });
}
