import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { cases, reviews } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { computeReview } from '@/lib/reviews/compute-review';
import { loadReviews } from '@/lib/reviews/load-reviews';
import { todayFor } from '@/lib/reviews/today';
import { loadCalendars, type DbCalendars } from '@/lib/reviews/load-calendars';

export interface DependentChange {
  caseId: string;
  reviewId: string;
  key: string;
  label: string;
  from: string | null;
  to: string | null;
  provisionalFrom: number[];
  provisionalTo: number[];
}

/**
 * Deadlines are computed on read, so a calendar change moves them at once; what this adds is the
 * record. Inside the calendar write's transaction it computes every open case's EU deadlines with
 * the calendar before and after, and audits, per case, each date that moved or stopped (or
 * started) being provisional — so a case's activity says why its Phase I date changed overnight.
 */
export async function recomputeEuDependents(tx: Tx, actor: SessionUser, before: DbCalendars, context: { year: number; action: string }): Promise<DependentChange[]> {
  const after = await loadCalendars(tx);
  const rows = await tx
    .selectDistinct({ caseId: reviews.caseId })
    .from(reviews)
    .innerJoin(cases, eq(cases.id, reviews.caseId))
    .where(and(eq(reviews.authority, 'eu-commission'), isNull(cases.archivedAt)));
  const loaded = (await loadReviews(tx, rows.map((r) => r.caseId))).filter((r) => r.authority === 'eu-commission');
  const today = todayFor('eu-commission');
  const changes: DependentChange[] = [];
  for (const r of loaded) {
    const old = computeReview({ authority: r.authority, events: r.events, calendars: before, today });
    const now = computeReview({ authority: r.authority, events: r.events, calendars: after, today });
    const oldByKey = new Map(old.deadlines.map((d) => [d.key, d]));
    for (const d of now.deadlines) {
      const o = oldByKey.get(d.key);
      const same = o && o.date === d.date && o.provisionalYears.join() === d.provisionalYears.join();
      if (same) continue;
      changes.push({ caseId: r.caseId, reviewId: r.id, key: d.key, label: d.label, from: o?.date ?? null, to: d.date, provisionalFrom: o?.provisionalYears ?? [], provisionalTo: d.provisionalYears });
    }
  }
  const byReview = new Map<string, DependentChange[]>();
  for (const c of changes) byReview.set(c.reviewId, [...(byReview.get(c.reviewId) ?? []), c]);
  for (const [reviewId, list] of byReview) {
    await recordAudit(tx, actor, {
      action: 'review.deadlines-recomputed',
      entityType: 'review',
      entityId: reviewId,
      caseId: list[0].caseId,
      changes: {
        reason: `Commission ${context.year} holiday calendar ${context.action}`,
        deadlines: list.map(({ label, from, to, provisionalFrom, provisionalTo }) => ({ label, from, to, provisionalFrom, provisionalTo })),
      },
    });
  }
  return changes;
}
