import { and, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases } from '@/db/schema';
import { caseVisibleTo, type SessionUser } from '@/lib/access';
import { loadCalendars } from './load-calendars';
import { authorityTitle } from './authority-label';
import { computeReview, type DeadlineView } from './compute-review';
import { loadReviews } from './load-reviews';
import type { ReviewAuthority } from './schemas';
import { todayFor } from './today';

export interface CaseDeadline extends DeadlineView {
  caseId: string;
  caseName: string;
  codename: string;
  reviewId: string;
  authority: ReviewAuthority;
  authorityTitle: string;
  today: string;
}

export interface ReviewProblem {
  caseId: string;
  caseName: string;
  codename: string;
  reviewId: string;
  authorityTitle: string;
  message: string;
}

/**
 * Every computed deadline of the open cases this user may see (the wall is the WHERE clause),
 * optionally limited to some cases. Shared by the home page, the case list and the feeds.
 */
export async function deadlinesForCases(db: Executor, actor: Pick<SessionUser, 'id' | 'role'>, opts: { caseIds?: readonly string[]; asOf?: string } = {}) {
  const conds: SQL[] = [caseVisibleTo(actor), isNull(cases.archivedAt)];
  if (opts.caseIds) {
    if (opts.caseIds.length === 0) return { deadlines: [], problems: [] };
    conds.push(inArray(cases.id, [...opts.caseIds]));
  }
  const caseRows = await db.select({ id: cases.id, name: cases.name, codename: cases.codename }).from(cases).where(and(...conds));
  const byId = new Map(caseRows.map((c) => [c.id, c]));
  const [loaded, calendars] = await Promise.all([loadReviews(db, caseRows.map((c) => c.id)), loadCalendars(db)]);
  const deadlines: CaseDeadline[] = [];
  const problems: ReviewProblem[] = [];
  for (const r of loaded) {
    const c = byId.get(r.caseId)!;
    const today = opts.asOf ?? todayFor(r.authority);
    const computed = computeReview({ authority: r.authority, events: r.events, calendars, today });
    const base = { caseId: c.id, caseName: c.name, codename: c.codename, reviewId: r.id, authorityTitle: authorityTitle(r) };
    if (computed.problem) problems.push({ ...base, message: computed.problem.message });
    for (const d of computed.deadlines) deadlines.push({ ...d, ...base, authority: r.authority, today });
  }
  return { deadlines, problems };
}
