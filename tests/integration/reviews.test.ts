import { beforeAll, describe, expect, it } from 'vitest';
import { toResult } from '@/lib/core/action-result';
import { useTestDatabase } from '../fixtures/db';
import { createCaseWith, createUser } from '../fixtures/factories';
import { seedEuCalendar } from '@/lib/seed/calendars';
import { listAuditEvents } from '@/lib/audit/list-events';
import { EU_DECISION_ARTICLES } from '@/lib/deadlines';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { getCaseReviews } from '@/lib/reviews/get-case-reviews';
import { addReviewEvent, removeReviewEvent, updateReviewEvent } from '@/lib/reviews/save-review-event';
import { createReview, removeReview, updateReview } from '@/lib/reviews/save-review';
import { DECISION_ARTICLES, type ReviewEventInput } from '@/lib/reviews/schemas';
import type { SessionUser } from '@/lib/access';

const db = useTestDatabase();
beforeAll(async () => seedEuCalendar(db.db));

const ev = (input: Partial<ReviewEventInput> & Pick<ReviewEventInput, 'type' | 'date'>): ReviewEventInput => input;

async function euCase() {
  const counsel = await createUser({ role: 'counsel', name: 'Clara Counsel' });
  const caseId = await createCaseWith({ counsel });
  const { id: reviewId } = await createReview({ actor: counsel, caseId, input: { authority: 'eu-commission', caseNumber: 'M.12345' } });
  return { counsel, caseId, reviewId };
}

const fieldError = async (p: Promise<unknown>) => {
  const err = await p.catch((e) => e);
  expect(err).toBeInstanceOf(ValidationError);
  return err as ValidationError;
};

describe('reviews: one per authority', () => {
  it('opens U.S., EU and other reviews, refuses a second review by the same authority, and audits', async () => {
    const { counsel, caseId } = await euCase();
    await createReview({ actor: counsel, caseId, input: { authority: 'us-hsr', clearingAgency: 'FTC' } });
    await createReview({ actor: counsel, caseId, input: { authority: 'other', authorityName: 'UK CMA' } });
    const dupEu = await fieldError(createReview({ actor: counsel, caseId, input: { authority: 'eu-commission' } }));
    expect(dupEu.fieldErrors.authority).toContain('already has a review by European Commission');
    const dupOther = await fieldError(createReview({ actor: counsel, caseId, input: { authority: 'other', authorityName: 'uk cma' } }));
    expect(dupOther.fieldErrors.authorityName).toContain('already has a review by uk cma');
    const { reviews } = await getCaseReviews({ actor: counsel, caseId });
    expect(reviews.map((r) => r.title)).toEqual(['European Commission (M.12345)', 'United States (HSR) — FTC', 'UK CMA']);
    const audit = await listAuditEvents({ actor: counsel, caseId });
    expect(audit.filter((a) => a.action === 'review.create')).toHaveLength(3);
  });

  it('two people adding the same authority at once get one review and a clear refusal', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel });
    const results = await Promise.allSettled([1, 2].map(() => createReview({ actor: counsel, caseId, input: { authority: 'us-hsr' } })));
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(ValidationError);
  });

  it('validates the EU case number and asks other authorities for a name', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel });
    expect(await toResult(() => createReview({ actor: counsel, caseId, input: { authority: 'eu-commission', caseNumber: 'M12345' } }))).toMatchObject({ ok: false, fieldErrors: { caseNumber: expect.stringContaining('M.12345') } });
    expect(await toResult(() => createReview({ actor: counsel, caseId, input: { authority: 'other', authorityName: '' } }))).toMatchObject({ ok: false, fieldErrors: { authorityName: 'Name the authority, e.g. Japan JFTC.' } });
    expect(await toResult(() => createReview({ actor: counsel, caseId, input: { authority: 'other', authorityName: 'CMA\u202Egnp' } }))).toMatchObject({ ok: false, fieldErrors: { authorityName: expect.stringContaining('invisible or direction-changing') } });
    // A lower-case "m." is normalised rather than refused.
    const { id } = await createReview({ actor: counsel, caseId, input: { authority: 'eu-commission', caseNumber: 'm.9876' } });
    expect((await getCaseReviews({ actor: counsel, caseId })).reviews.find((r) => r.id === id)?.caseNumber).toBe('M.9876');
  });

  it('keeps the decision articles in step with the engine', () => {
    expect([...DECISION_ARTICLES]).toEqual([...EU_DECISION_ARTICLES]);
  });

  it('updates details with optimistic concurrency and removes a review with its events (audited)', async () => {
    const { counsel, caseId, reviewId } = await euCase();
    const other = await createUser({ role: 'counsel', name: 'Second Counsel' });
    await (await import('@/lib/cases/members')).addMember({ actor: counsel, caseId, input: { email: other.email } });
    await updateReview({ actor: other, caseId, input: { reviewId, version: 0, authority: 'eu-commission', caseNumber: 'M.11111' } });
    const err = await updateReview({ actor: counsel, caseId, input: { reviewId, version: 0, authority: 'eu-commission', caseNumber: 'M.22222' } }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.info.changedBy).toBe('Second Counsel');
    expect(err.info.current.caseNumber).toBe('M.11111');
    await addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'notification', date: '2026-03-02' }) });
    await expect(removeReview({ actor: counsel, caseId, reviewId, version: 0 })).rejects.toBeInstanceOf(ConflictError);
    await removeReview({ actor: counsel, caseId, reviewId, version: 1 });
    expect((await getCaseReviews({ actor: counsel, caseId })).reviews).toEqual([]);
    const [deleted] = (await listAuditEvents({ actor: counsel, caseId })).filter((a) => a.action === 'review.delete');
    expect(deleted.changes).toMatchObject({ events: [{ type: 'notification', occurredOn: '2026-03-02' }] });
  });
});

describe('events and computed deadlines', () => {
  it('records a notification and computes Phase I (25 WD) with its trace; commitments make it 35 WD', async () => {
    const { counsel, caseId, reviewId } = await euCase();
    await addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'notification', date: '2026-03-02' }) });
    let [review] = (await getCaseReviews({ actor: counsel, caseId, asOf: '2026-03-10' })).reviews;
    const phase1 = review.computed.deadlines.find((d) => d.key === 'eu-phase1')!;
    expect(phase1).toMatchObject({ date: '2026-04-09', state: 'upcoming', daysRemaining: 30 });
    // 11 Mar – 9 Apr 2026: 22 weekdays minus Good Friday 3 Apr and Easter Monday 6 Apr (Maundy Thursday 2 Apr too).
    expect(phase1.workingDaysRemaining).toBe(19);
    expect(phase1.trace.filter((s) => s.dayNumber !== undefined)).toHaveLength(25);
    expect(phase1.trace.some((s) => s.kind === 'holiday' && s.note.includes('Good Friday'))).toBe(true);

    await addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'commitments', date: '2026-03-20', phase: 1 }) });
    [review] = (await getCaseReviews({ actor: counsel, caseId, asOf: '2026-03-23' })).reviews;
    const byKey = Object.fromEntries(review.computed.deadlines.map((d) => [d.key, d]));
    expect(byKey['eu-phase1-original']).toMatchObject({ date: '2026-04-09', state: 'superseded' });
    expect(byKey['eu-phase1']).toMatchObject({ date: '2026-04-23', state: 'upcoming' });
    expect(byKey['eu-phase1'].trace.filter((s) => s.dayNumber !== undefined)).toHaveLength(35);
    const audit = await listAuditEvents({ actor: counsel, caseId });
    expect(audit.filter((a) => a.action === 'review-event.create')).toHaveLength(2);
  });

  it('records an HSR filing and computes the waiting-period end at 11:59 p.m. Eastern', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel });
    const { id: reviewId } = await createReview({ actor: counsel, caseId, input: { authority: 'us-hsr' } });
    await addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'filing-received', date: '2026-03-02', hsrKind: 'standard' }) });
    const [review] = (await getCaseReviews({ actor: counsel, caseId, asOf: '2026-03-05' })).reviews;
    const waiting = review.computed.deadlines.find((d) => d.key === 'hsr-waiting')!;
    expect(waiting).toMatchObject({ date: '2026-04-01', state: 'upcoming', daysRemaining: 27, workingDaysRemaining: null });
    expect(waiting.endsAt).toEqual(expect.objectContaining({ iso: '2026-04-02T03:59:00Z' }));
  });

  it('refuses impossible sequences at the field and saves nothing', async () => {
    const { counsel, caseId, reviewId } = await euCase();
    let err = await fieldError(addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'commitments', date: '2026-03-20', phase: 1 }) }));
    expect(err.fieldErrors.date).toBe('Phase 1 commitments on Friday 20 March 2026 has no notification before it: record the notification first.');
    err = await fieldError(addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'notification', date: '2026-03-07' }) }));
    expect(err.fieldErrors.date).toContain('Saturday 7 March 2026');
    err = await fieldError(addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'notification', date: '2026-04-03' }) }));
    expect(err.fieldErrors.date).toContain('a Commission holiday (Good Friday)');

    await addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'notification', date: '2026-03-02' }) });
    // With the clock stopped no deadline runs, yet a notification moved to a Saturday is still refused.
    const { id: stopId } = await addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'stop-clock', date: '2026-03-05' }) });
    const notification = (await getCaseReviews({ actor: counsel, caseId })).reviews[0].events.find((e) => e.type === 'notification')!;
    err = await fieldError(updateReviewEvent({ actor: counsel, caseId, reviewId, input: { eventId: notification.id, version: 0, type: 'notification', date: '2026-02-28' } }));
    expect(err.fieldErrors.date).toContain('Saturday 28 February 2026');
    await removeReviewEvent({ actor: counsel, caseId, reviewId, eventId: stopId, version: 0 });
    err = await fieldError(addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'phase2-opened', date: '2026-04-14' }) }));
    expect(err.fieldErrors.date).toContain('after the Phase I deadline of Thursday 9 April 2026');
    err = await fieldError(addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'decision', date: '2026-03-30', article: '8(1)' }) }));
    expect(err.fieldErrors.date).toContain('requires Phase II to have been opened first');
    const stop = await toResult(() => addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'stop-clock', date: '2026-03-10', restartedOn: '2026-03-10' }) }));
    expect(stop).toMatchObject({ ok: false, fieldErrors: { restartedOn: 'The clock restarts after the day it stopped.' } });
    await expect(addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'filing-received', date: '2026-03-03' }) })).rejects.toMatchObject({ fieldErrors: { type: expect.any(String) } });
    const [review] = (await getCaseReviews({ actor: counsel, caseId })).reviews;
    expect(review.events.map((e) => e.type)).toEqual(['notification']);
  });

  it('corrects and removes events with optimistic concurrency; a removal that leaves an impossible story is refused', async () => {
    const { counsel, caseId, reviewId } = await euCase();
    const { id: notification } = await addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'notification', date: '2026-03-02' }) });
    const { id: commitments } = await addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'commitments', date: '2026-03-20', phase: 1 }) });
    await updateReviewEvent({ actor: counsel, caseId, reviewId, input: { eventId: notification, version: 0, type: 'notification', date: '2026-03-03' } });
    await expect(updateReviewEvent({ actor: counsel, caseId, reviewId, input: { eventId: notification, version: 0, type: 'notification', date: '2026-03-04' } })).rejects.toBeInstanceOf(ConflictError);
    const moved = await fieldError(updateReviewEvent({ actor: counsel, caseId, reviewId, input: { eventId: notification, version: 1, type: 'notification', date: '2026-03-25' } }));
    expect(moved.fieldErrors.date).toContain('comes before the notification on Wednesday 25 March 2026');
    const refused = await fieldError(removeReviewEvent({ actor: counsel, caseId, reviewId, eventId: notification, version: 1 }));
    expect(refused.message).toContain('Not removed: the events left would be impossible. Phase 1 commitments on Friday 20 March 2026 has no notification before it');
    await expect(removeReviewEvent({ actor: counsel, caseId, reviewId, eventId: commitments, version: 5 })).rejects.toBeInstanceOf(ConflictError);
    await removeReviewEvent({ actor: counsel, caseId, reviewId, eventId: commitments, version: 0 });
    const [review] = (await getCaseReviews({ actor: counsel, caseId, asOf: '2026-03-05' })).reviews;
    expect(review.events.map((e) => [e.type, e.occurredOn])).toEqual([['notification', '2026-03-03']]);
    expect(review.computed.deadlines.find((d) => d.key === 'eu-phase1')?.date).toBe('2026-04-10');
    const actions = (await listAuditEvents({ actor: counsel, caseId })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['review-event.update', 'review-event.delete']));
  });

  it('checks two events recorded at the same moment one after the other', async () => {
    const { counsel, caseId, reviewId } = await euCase();
    const results = await Promise.allSettled(
      ['2026-03-02', '2026-03-03'].map((date) => addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'notification', date }) })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.fieldErrors.date).toContain('was already notified');
    expect((await getCaseReviews({ actor: counsel, caseId })).reviews[0].events).toHaveLength(1);
  });

  it('takes hand-entered deadlines for other authorities and marks them done', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel });
    const { id: reviewId } = await createReview({ actor: counsel, caseId, input: { authority: 'other', authorityName: 'China SAMR' } });
    expect(await toResult(() => addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'manual-deadline', date: '2026-05-01' }) }))).toMatchObject({ ok: false, fieldErrors: { label: expect.any(String) } });
    const { id } = await addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'manual-deadline', date: '2026-05-01', label: 'SAMR Phase 1 ends' }) });
    let [review] = (await getCaseReviews({ actor: counsel, caseId, asOf: '2026-05-04' })).reviews;
    expect(review.computed.deadlines[0]).toMatchObject({ label: 'SAMR Phase 1 ends', date: '2026-05-01', state: 'overdue', daysRemaining: -3 });
    await updateReviewEvent({ actor: counsel, caseId, reviewId, input: { eventId: id, version: 0, type: 'manual-deadline', date: '2026-05-01', label: 'SAMR Phase 1 ends', done: true } });
    [review] = (await getCaseReviews({ actor: counsel, caseId, asOf: '2026-05-04' })).reviews;
    expect(review.computed.deadlines[0].state).toBe('ended');
  });
});

describe('the wall and read-only roles', () => {
  let counsel: SessionUser;
  let caseId: string;
  let reviewId: string;
  beforeAll(async () => {
    ({ counsel, caseId, reviewId } = await euCase());
    await addReviewEvent({ actor: counsel, caseId, reviewId, input: ev({ type: 'notification', date: '2026-03-02' }) });
  });

  it('answers not-found to non-members for reads and writes', async () => {
    for (const role of ['counsel', 'reviewer', 'auditor'] as const) {
      const outsider = await createUser({ role });
      await expect(getCaseReviews({ actor: outsider, caseId })).rejects.toBeInstanceOf(NotFoundError);
      await expect(createReview({ actor: outsider, caseId, input: { authority: 'us-hsr' } })).rejects.toBeInstanceOf(NotFoundError);
      await expect(addReviewEvent({ actor: outsider, caseId, reviewId, input: ev({ type: 'commitments', date: '2026-03-20', phase: 1 }) })).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it('lets reviewers, auditors and admins read but not change', async () => {
    const reviewer = await createUser({ role: 'reviewer' });
    const auditor = await createUser({ role: 'auditor' });
    const admin = await createUser({ role: 'admin' });
    const { addMember } = await import('@/lib/cases/members');
    for (const m of [reviewer, auditor]) await addMember({ actor: counsel, caseId, input: { email: m.email } });
    for (const actor of [reviewer, auditor, admin]) {
      const view = await getCaseReviews({ actor, caseId, asOf: '2026-03-03' });
      expect(view.editable).toBe(false);
      expect(view.reviews[0].computed.deadlines.find((d) => d.key === 'eu-phase1')?.date).toBe('2026-04-09');
      await expect(addReviewEvent({ actor, caseId, reviewId, input: ev({ type: 'commitments', date: '2026-03-20', phase: 1 }) })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateReview({ actor, caseId, input: { reviewId, version: 0, authority: 'eu-commission' } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeReview({ actor, caseId, reviewId, version: 0 })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it('does not reach a review through another case', async () => {
    const other = await createCaseWith({ counsel });
    await expect(addReviewEvent({ actor: counsel, caseId: other, reviewId, input: ev({ type: 'commitments', date: '2026-03-20', phase: 1 }) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeReview({ actor: counsel, caseId: other, reviewId, version: 0 })).rejects.toBeInstanceOf(NotFoundError);
  });
});
