import type { Tx } from '@/db/client';
import { reviewEvents, reviews } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { DemoContext } from './demo-context';

const SYSTEM = { id: null, email: 'system:seed' };

/**
 * The demo case's reviews: the HSR filing is in (waiting period running into mid-December 2026),
 * the Commission is in pre-notification contacts, the CMA's Phase 1 runs into January 2027 and
 * SAMR's preliminary review into late December. Turnover is left for the user to enter, so
 * the jurisdiction check shows which figures it needs.
 */
export async function seedDemoReviews(tx: Tx, ctx: DemoContext) {
  const counsel = ctx.userIds['counsel@demo.example'];
  const plan = [
    {
      review: { authority: 'us-hsr' as const, authorityKey: 'us-hsr', clearingAgency: 'FTC' as const, note: 'Both parties filed; FTC cleared to review.' },
      events: [{ type: 'filing-received' as const, occurredOn: '2026-11-16', hsrKind: 'standard' as const, note: 'Both filings received' }],
    },
    {
      review: { authority: 'eu-commission' as const, authorityKey: 'eu-commission', note: 'Case team allocated; draft Form CO in preparation.' },
      events: [{ type: 'pre-notification' as const, occurredOn: '2026-10-12', note: 'Case team request for allocation submitted' }],
    },
    {
      review: { authority: 'uk-cma' as const, authorityKey: 'uk-cma', note: 'Merger notice accepted; Phase 1 under way.' },
      events: [{ type: 'uk-phase1-commenced' as const, occurredOn: '2026-11-20', note: 'CMA notice that the initial period has begun' }],
    },
    {
      review: { authority: 'cn-samr' as const, authorityKey: 'cn-samr', note: 'Normal procedure (accelerator supply overlaps in China).' },
      events: [{ type: 'samr-accepted' as const, occurredOn: '2026-11-27', note: 'SAMR acceptance notice (立案)' }],
    },
  ];
  for (const { review, events } of plan) {
    const [row] = await tx.insert(reviews).values({ ...review, caseId: ctx.caseId, createdBy: counsel, updatedBy: counsel }).returning({ id: reviews.id });
    await recordAudit(tx, SYSTEM, { action: 'review.create', entityType: 'review', entityId: row.id, caseId: ctx.caseId, changes: { ...review, source: 'demo seed' } });
    for (const e of events) {
      const [ev] = await tx.insert(reviewEvents).values({ ...e, reviewId: row.id, caseId: ctx.caseId, createdBy: counsel, updatedBy: counsel }).returning({ id: reviewEvents.id });
      await recordAudit(tx, SYSTEM, { action: 'review-event.create', entityType: 'review_event', entityId: ev.id, caseId: ctx.caseId, changes: { reviewId: row.id, ...e, source: 'demo seed' } });
    }
  }
}
