// The review kinds beyond the EU and HSR (UK CMA, China SAMR, Bundeskartellamt, Washington and
// Colorado): events recorded through the verbs, refused when they cannot have happened, and the
// computed deadlines reaching the Reviews tab's data, the dashboard list and the audit trail.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { parseIcs, unescapeText } from '../unit/feeds/ics-parser';
import { createCaseWith, createUser } from '../fixtures/factories';
import { toResult } from '@/lib/core/action-result';
import { listAuditEvents } from '@/lib/audit/list-events';
import { buildFeed } from '@/lib/feeds/build-feed';
import { createFeedToken } from '@/lib/feeds/feed-token';
import { getCaseReviews } from '@/lib/reviews/get-case-reviews';
import { listUpcomingDeadlines } from '@/lib/reviews/list-upcoming-deadlines';
import { addReviewEvent } from '@/lib/reviews/save-review-event';
import { createReview } from '@/lib/reviews/save-review';
import type { ReviewAuthority, ReviewEventInput } from '@/lib/reviews/schemas';

useTestDatabase();

async function reviewOf(authority: ReviewAuthority) {
  const counsel = await createUser({ role: 'counsel' });
  const caseId = await createCaseWith({ counsel });
  const { id: reviewId } = await createReview({ actor: counsel, caseId, input: { authority } });
  const add = (input: ReviewEventInput) => addReviewEvent({ actor: counsel, caseId, reviewId, input });
  const deadlines = async (asOf: string) => (await getCaseReviews({ actor: counsel, caseId, asOf })).reviews[0].computed;
  return { counsel, caseId, reviewId, add, deadlines };
}

describe('UK CMA reviews', () => {
  it('computes Phase 1 and Phase 2 (extension as the browser sends it) and lists them on the dashboard', async () => {
    const { counsel, caseId, add, deadlines } = await reviewOf('uk-cma');
    await add({ type: 'uk-phase1-commenced', date: '2022-07-06' });
    let computed = await deadlines('2022-07-20');
    expect(computed.deadlines[0]).toMatchObject({ key: 'uk-phase1', label: 'CMA Phase 1 decision', date: '2022-09-01', state: 'upcoming', daysRemaining: 43 });
    expect((await listUpcomingDeadlines({ actor: counsel, asOf: '2022-08-20' })).upcoming.map((d) => [d.key, d.date])).toEqual([['uk-phase1', '2022-09-01']]);
    await add({ type: 'uk-phase2-referred', date: '2022-09-15' });
    await add({ type: 'uk-extension', date: '2023-01-05', amount: '8' } as ReviewEventInput);
    computed = await deadlines('2023-01-06');
    expect(computed.deadlines.map((d) => [d.key, d.date, d.state])).toEqual([
      ['uk-phase1', '2022-09-01', 'ended'],
      ['uk-phase2', '2023-04-26', 'upcoming'],
    ]);
    const actions = (await listAuditEvents({ actor: counsel, caseId })).map((a) => a.action);
    expect(actions.filter((a) => a === 'review-event.create')).toHaveLength(3);
    // The calendar feed carries the computed UK deadlines like the EU and HSR ones.
    const { token } = await createFeedToken({ actor: counsel });
    const ics = parseIcs((await buildFeed({ token, caseId, origin: 'https://merger.example' })).body);
    const phase2 = ics.events.find((e) => unescapeText(e.SUMMARY.value).endsWith('CMA Phase 2 final report'));
    expect(phase2?.DTSTART.value).toBe('20230426');
  });

  it('refuses an extension outside 1–8 weeks, a second one, and a reference before Phase 1, naming the field', async () => {
    const { add } = await reviewOf('uk-cma');
    expect(await toResult(() => add({ type: 'uk-extension', date: '2023-01-05', amount: '' } as ReviewEventInput))).toMatchObject({
      ok: false,
      fieldErrors: { amount: 'Enter whole weeks from 1 to 8 (EA02 s. 39(3): once, by up to 8 weeks).' },
    });
    expect(await toResult(() => add({ type: 'uk-phase2-referred', date: '2022-09-15' }))).toMatchObject({
      ok: false,
      fieldErrors: { date: 'The Phase 2 reference needs the start of Phase 1 first.' },
    });
    await add({ type: 'uk-phase1-commenced', date: '2022-07-06' });
    await add({ type: 'uk-phase2-referred', date: '2022-09-15' });
    await add({ type: 'uk-extension', date: '2023-01-05', amount: 4 } as ReviewEventInput);
    expect(await toResult(() => add({ type: 'uk-extension', date: '2023-02-05', amount: 4 } as ReviewEventInput))).toMatchObject({ ok: false });
  });

  it('refuses an event type of another authority', async () => {
    const { add } = await reviewOf('uk-cma');
    expect(await toResult(() => add({ type: 'notification', date: '2026-03-02' }))).toMatchObject({ ok: false, fieldErrors: { type: expect.any(String) } });
  });

  it('two people recording the start of Phase 1 at once: exactly one is saved, the other is told why', async () => {
    const { add, deadlines } = await reviewOf('uk-cma');
    const results = await Promise.allSettled(['2026-11-20', '2026-11-23'].map((date) => add({ type: 'uk-phase1-commenced', date })));
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.message).toContain('can be recorded only once');
    expect((await deadlines('2026-12-01')).deadlines).toHaveLength(1);
  });
});

describe('China SAMR, Bundeskartellamt and state reviews', () => {
  it('SAMR: preliminary review, further review with an Art. 32 stop still open and an extension', async () => {
    const { add, deadlines } = await reviewOf('cn-samr');
    await add({ type: 'samr-accepted', date: '2026-11-27' });
    expect((await deadlines('2026-12-03')).deadlines[0]).toMatchObject({ key: 'cn-phase1', date: '2026-12-27', state: 'upcoming' });
    await add({ type: 'samr-further-review', date: '2026-12-20' });
    await add({ type: 'stop-clock', date: '2027-01-10', restartedOn: '' });
    let computed = await deadlines('2027-01-12');
    expect(computed.deadlines.map((d) => [d.key, d.date, d.state])).toEqual([['cn-phase1', '2026-12-27', 'ended'], ['cn-phase2', null, 'suspended']]);
    expect(await toResult(() => add({ type: 'samr-further-review', date: '2026-12-21' }))).toMatchObject({ ok: false });
    await add({ type: 'samr-extension', date: '2027-01-05', amount: 30 } as ReviewEventInput);
    computed = await deadlines('2027-01-12');
    expect(computed.deadlines[1].explanation[0]).toContain('SAMR suspended the review period on Sunday 10 January 2027');
  });

  it('Bundeskartellamt: a main examination opened after the one-month period is refused', async () => {
    const { add, deadlines } = await reviewOf('de-bkarta');
    await add({ type: 'bkarta-received', date: '2025-03-18' });
    expect(await toResult(() => add({ type: 'bkarta-main-exam', date: '2025-04-23' }))).toMatchObject({
      ok: false,
      fieldErrors: { date: expect.stringContaining('within one month of receipt (§ 40(1) GWB), which ended on Tuesday 22 April 2025') },
    });
    await add({ type: 'bkarta-main-exam', date: '2025-04-22' });
    await add({ type: 'bkarta-remedies', date: '2025-06-02' });
    expect((await deadlines('2025-06-03')).deadlines.map((d) => [d.key, d.date])).toEqual([
      ['de-phase1', '2025-04-22'],
      ['de-phase2', '2025-09-18'],
    ]);
  });

  it('Washington: the copy is due with the HSR filing and overdue until recorded as filed', async () => {
    const { add, deadlines } = await reviewOf('us-wa');
    await add({ type: 'hsr-filing-date', date: '2026-11-16' });
    expect((await deadlines('2026-11-17')).deadlines[0]).toMatchObject({ key: 'us-wa-copy', date: '2026-11-16', state: 'overdue' });
    await add({ type: 'state-copy-filed', date: '2026-11-18' });
    const computed = await deadlines('2026-11-20');
    expect(computed.deadlines[0].state).toBe('ended');
    expect(computed.deadlines[0].explanation.join(' ')).toContain('2 days after the HSR filing');
  });
});
