import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { createCaseWith, createUser } from '../fixtures/factories';
import { reviewEvents } from '@/db/schema';
import { seedEuCalendar, seedHsrTables } from '@/lib/seed/calendars';
import { toResult } from '@/lib/core/action-result';
import { setCaseArchived } from '@/lib/cases/archive-case';
import { addParty } from '@/lib/cases/save-party';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/core/errors';
import { UNVERIFIED_TIER_NOTE } from '@/lib/hsr';
import { getEuJurisdiction } from '@/lib/reviews/get-eu-jurisdiction';
import { getHsrAssessment, millionsToUsd } from '@/lib/reviews/get-hsr-assessment';
import { listUpcomingDeadlines, nextDeadlineByCase } from '@/lib/reviews/list-upcoming-deadlines';
import { addReviewEvent } from '@/lib/reviews/save-review-event';
import { createReview } from '@/lib/reviews/save-review';
import { savePartyTurnover } from '@/lib/reviews/save-party-turnover';
import { listHsrTables, saveHsrTable } from '@/lib/reviews/save-hsr-table';
import type { SessionUser } from '@/lib/access';

const db = useTestDatabase();
beforeAll(async () => {
  await seedEuCalendar(db.db);
  await seedHsrTables(db.db);
});

async function caseWithReviews(counsel: SessionUser, codename: string) {
  const caseId = await createCaseWith({ counsel, input: { codename } });
  const eu = await createReview({ actor: counsel, caseId, input: { authority: 'eu-commission' } });
  const us = await createReview({ actor: counsel, caseId, input: { authority: 'us-hsr' } });
  return { caseId, eu: eu.id, us: us.id };
}

describe('listUpcomingDeadlines', () => {
  let counsel: SessionUser;
  let a: Awaited<ReturnType<typeof caseWithReviews>>;
  let b: Awaited<ReturnType<typeof caseWithReviews>>;
  beforeAll(async () => {
    counsel = await createUser({ role: 'counsel' });
    a = await caseWithReviews(counsel, 'ALPHA');
    b = await caseWithReviews(counsel, 'BRAVO');
    // ALPHA: EU notified 2 Mar 2026 → Phase I 9 Apr, commitments deadline 30 Mar.
    await addReviewEvent({ actor: counsel, caseId: a.caseId, reviewId: a.eu, input: { type: 'notification', date: '2026-03-02' } });
    // BRAVO: HSR filed 2 Mar 2026 → waiting period ends 1 Apr.
    await addReviewEvent({ actor: counsel, caseId: b.caseId, reviewId: b.us, input: { type: 'filing-received', date: '2026-03-02' } });
  });

  it('lists deadlines in the next 30 days across the user’s cases, soonest first', async () => {
    const { upcoming, overdue } = await listUpcomingDeadlines({ actor: counsel, asOf: '2026-03-20' });
    expect(upcoming.map((d) => [d.codename, d.label, d.date, d.daysRemaining])).toEqual([
      ['ALPHA', 'Last day to offer Phase I commitments', '2026-03-30', 10],
      ['BRAVO', 'HSR waiting period', '2026-04-01', 12],
      ['ALPHA', 'Phase I deadline', '2026-04-09', 20],
    ]);
    expect(overdue).toEqual([]);
    const soon = await listUpcomingDeadlines({ actor: counsel, asOf: '2026-03-20', withinDays: 11 });
    expect(soon.upcoming.map((d) => d.date)).toEqual(['2026-03-30']);
  });

  it('reports a decision deadline passed with nothing recorded as overdue; expired periods drop out', async () => {
    const { upcoming, overdue } = await listUpcomingDeadlines({ actor: counsel, asOf: '2026-04-15' });
    expect(upcoming).toEqual([]);
    expect(overdue.map((d) => [d.codename, d.key, d.daysRemaining])).toEqual([['ALPHA', 'eu-phase1', -6]]);
    await addReviewEvent({ actor: counsel, caseId: a.caseId, reviewId: a.eu, input: { type: 'decision', date: '2026-04-09', article: '6(1)(b)' } });
    expect((await listUpcomingDeadlines({ actor: counsel, asOf: '2026-04-15' })).overdue).toEqual([]);
  });

  it('gives the case list each case’s next deadline', async () => {
    const { next } = await nextDeadlineByCase({ actor: counsel, caseIds: [a.caseId, b.caseId], asOf: '2026-03-25' });
    expect(next.get(b.caseId)).toMatchObject({ date: '2026-04-01', label: 'HSR waiting period', daysRemaining: 7, overdue: false });
    expect(next.get(a.caseId)).toBeUndefined(); // decided on 9 April: nothing open
  });

  it('respects the wall and leaves archived cases out', async () => {
    const outsider = await createUser({ role: 'counsel' });
    const none = await listUpcomingDeadlines({ actor: outsider, asOf: '2026-03-20' });
    expect(none).toEqual({ upcoming: [], overdue: [], problems: [] });
    expect((await nextDeadlineByCase({ actor: outsider, caseIds: [b.caseId], asOf: '2026-03-20' })).next.size).toBe(0);
    const admin = await createUser({ role: 'admin' });
    expect((await listUpcomingDeadlines({ actor: admin, asOf: '2026-03-20' })).upcoming.length).toBeGreaterThan(0);
    await setCaseArchived({ actor: counsel, caseId: b.caseId, archived: true });
    expect((await listUpcomingDeadlines({ actor: counsel, asOf: '2026-03-20' })).upcoming.map((d) => d.codename)).not.toContain('BRAVO');
  });
});

describe('HSR helper', () => {
  it('converts stored millions to whole dollars exactly', () => {
    expect(millionsToUsd('8000.00')).toBe(8_000_000_000);
    expect(millionsToUsd('0.29')).toBe(290_000);
    expect(millionsToUsd('133.9')).toBe(133_900_000);
  });

  it('assesses the value range with the table for the filing year, flags unverified tiers, and uses edited tables', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel, input: { valueLowM: 800, valueHighM: 12000, currency: 'USD' } });
    let helper = await getHsrAssessment({ actor: counsel, caseId, asOf: '2026-05-04' });
    expect(helper).toMatchObject({ status: 'ok', filingDate: '2026-05-04', filingDateSource: 'today' });
    if (helper.status !== 'ok') throw new Error('unreachable');
    expect(helper.assessment.feeTable.year).toBe(2026);
    expect(helper.assessment.low.fee).toMatchObject({ tier: 3, feeUsd: null, verified: false });
    expect(helper.assessment.flags[0]).toContain(UNVERIFIED_TIER_NOTE);
    expect(helper.assessment.high.fee).toMatchObject({ tier: 6, feeUsd: 2_460_000 });

    const { id: reviewId } = await createReview({ actor: counsel, caseId, input: { authority: 'us-hsr' } });
    await addReviewEvent({ actor: counsel, caseId, reviewId, input: { type: 'filing-received', date: '2025-06-02' } });
    helper = await getHsrAssessment({ actor: counsel, caseId, asOf: '2026-05-04' });
    expect(helper).toMatchObject({ status: 'ok', filingDate: '2025-06-02', filingDateSource: 'filing', assessment: { feeTable: { year: 2025 } } });

    // An admin verifies 2026 tier 3 in the table (audited): the helper now prices it.
    const admin = await createUser({ role: 'admin' });
    const t2026 = (await listHsrTables({ actor: admin })).find((t) => t.year === 2026)!;
    const input = {
      year: 2026, effectiveFrom: t2026.effectiveFrom, source: t2026.source,
      sizeOfTransactionUsd: '133,900,000', sizeOfPersonSmallerUsd: t2026.sizeOfPerson.smallerUsd, sizeOfPersonLargerUsd: t2026.sizeOfPerson.largerUsd, noSizeOfPersonAboveUsd: t2026.noSizeOfPersonAboveUsd,
      feeTiers: t2026.feeTiers.map((t) => ({ fromUsd: String(t.fromUsd), belowUsd: String(t.belowUsd), feeUsd: t.tier === 3 ? '275,000' : t.feeUsd === null ? '' : String(t.feeUsd), verified: t.tier === 3 || t.verified })),
      version: t2026.version,
    };
    const gap = await toResult(() => saveHsrTable({ actor: admin, input: { ...input, feeTiers: input.feeTiers.map((t, i) => (i === 1 ? { ...t, fromUsd: '189,600,001' } : t)) } }));
    expect(gap).toMatchObject({ ok: false, fieldErrors: { feeTiers: 'HSR table 2026: tier 2 starts at 189600001 but tier 1 ends below 189600000.' } });
    await expect(saveHsrTable({ actor: counsel, input })).rejects.toBeInstanceOf(ForbiddenError);
    await saveHsrTable({ actor: admin, input });
    await expect(saveHsrTable({ actor: admin, input })).rejects.toBeInstanceOf(ConflictError);
    await db.db.delete(reviewEvents).where(eq(reviewEvents.reviewId, reviewId));
    helper = await getHsrAssessment({ actor: counsel, caseId, asOf: '2026-05-04' });
    expect(helper.status === 'ok' && helper.assessment.low.fee).toMatchObject({ tier: 3, feeUsd: 275_000, verified: true });
  });

  it('says it cannot assess a non-USD value or a missing value, and is walled', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const eur = await createCaseWith({ counsel, input: { currency: 'EUR' } });
    expect(await getHsrAssessment({ actor: counsel, caseId: eur })).toMatchObject({ status: 'not-usd', message: expect.stringContaining('in EUR') });
    const none = await createCaseWith({ counsel, input: { valueLowM: '', valueHighM: '' } });
    expect(await getHsrAssessment({ actor: counsel, caseId: none })).toMatchObject({ status: 'no-value' });
    await expect(getHsrAssessment({ actor: await createUser({ role: 'counsel' }), caseId: none })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('EU jurisdiction from party turnover', () => {
  it('names the missing figures, then decides once they are in; refuses bad state codes and stale saves', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const reviewer = await createUser({ role: 'reviewer' });
    const caseId = await createCaseWith({ counsel, members: [reviewer] });
    const acquirer = await addParty({ actor: counsel, caseId, input: { name: 'Acquirer SA', role: 'acquirer', country: 'FR', ultimateParent: '' } });
    const target = await addParty({ actor: counsel, caseId, input: { name: 'Target GmbH', role: 'target', country: 'DE', ultimateParent: '' } });
    await addParty({ actor: counsel, caseId, input: { name: 'Seller Ltd', role: 'other', country: 'UK', ultimateParent: '' } });

    let view = await getEuJurisdiction({ actor: reviewer, caseId });
    expect(view.result.result).toBe('incomplete');
    expect(view.result.missing).toContain('worldwide turnover of Acquirer SA');
    expect(view.excluded).toEqual(['Seller Ltd']);

    await savePartyTurnover({ actor: counsel, caseId, input: { partyId: acquirer.id, version: null, worldwideEurM: 40000, euEurM: 9000, byMemberState: 'DE 2000\nFR: 1,500\nIT 1000', byMemberStateComplete: true } });
    const bad = await toResult(() => savePartyTurnover({ actor: counsel, caseId, input: { partyId: target.id, version: null, worldwideEurM: 12000, euEurM: 2600, byMemberState: 'UK 400', byMemberStateComplete: true } }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { byMemberState: expect.stringContaining('UK is not an EU Member State code') } });
    const over = await toResult(() => savePartyTurnover({ actor: counsel, caseId, input: { partyId: target.id, version: null, euEurM: 100, byMemberState: 'DE 400', byMemberStateComplete: true } }));
    expect(over).toMatchObject({ ok: false, fieldErrors: { byMemberState: expect.stringContaining('more than the EU-wide turnover') } });
    await savePartyTurnover({ actor: counsel, caseId, input: { partyId: target.id, version: null, worldwideEurM: 12000, euEurM: '', byMemberState: 'DE 400\nNL 300\nES 250', byMemberStateComplete: false } });
    view = await getEuJurisdiction({ actor: counsel, caseId });
    // Target's EU-wide figure decides Art. 1(2)(b); its partial breakdown is not used until marked complete.
    expect(view.result).toMatchObject({ result: 'incomplete', missing: ['EU-wide turnover of Target GmbH', 'turnover by Member State of Target GmbH'] });
    await savePartyTurnover({ actor: counsel, caseId, input: { partyId: target.id, version: 0, worldwideEurM: 12000, euEurM: 2600, byMemberState: 'DE 400\nNL 300\nES 250', byMemberStateComplete: true } });
    view = await getEuJurisdiction({ actor: counsel, caseId });
    expect(view.result.result).toBe('met-1-2');
    expect(view.parties.find((p) => p.name === 'Acquirer SA')).toMatchObject({ worldwideEurM: '40000.00', byMemberState: { DE: 2000, FR: 1500, IT: 1000 }, version: 0 });

    await expect(savePartyTurnover({ actor: counsel, caseId, input: { partyId: target.id, version: 0, worldwideEurM: 1 } })).rejects.toBeInstanceOf(ConflictError);
    await expect(savePartyTurnover({ actor: reviewer, caseId, input: { partyId: target.id, version: 1, worldwideEurM: 1 } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getEuJurisdiction({ actor: await createUser({ role: 'auditor' }), caseId })).rejects.toBeInstanceOf(NotFoundError);
  });
});
