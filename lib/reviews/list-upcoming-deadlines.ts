import { getDb } from '@/db/client';
import type { SessionUser } from '@/lib/access';
import { deadlinesForCases, type CaseDeadline } from './deadlines-for-cases';

const byDate = (a: CaseDeadline, b: CaseDeadline) => (a.date ?? '').localeCompare(b.date ?? '') || a.caseName.localeCompare(b.caseName);

/**
 * Open deadlines across the cases the user may see: those due within `withinDays` of today
 * (null: any time ahead) and those overdue (a decision date passed with no decision recorded, a
 * hand-entered deadline not marked done). Respects the wall like every other read.
 */
export async function listUpcomingDeadlines(opts: { actor: SessionUser; withinDays?: number | null; caseIds?: readonly string[]; asOf?: string }) {
  const withinDays = opts.withinDays === undefined ? 30 : opts.withinDays;
  const db = await getDb();
  const { deadlines, problems } = await deadlinesForCases(db, opts.actor, { caseIds: opts.caseIds, asOf: opts.asOf });
  const upcoming = deadlines
    .filter((d) => d.state === 'upcoming' && (withinDays === null || (d.daysRemaining ?? Infinity) <= withinDays))
    .sort(byDate);
  const overdue = deadlines.filter((d) => d.state === 'overdue').sort(byDate);
  return { upcoming, overdue, problems };
}

/** The next open deadline of each case, for the case list. */
export async function nextDeadlineByCase(opts: { actor: SessionUser; caseIds: readonly string[]; asOf?: string }) {
  const { upcoming, overdue, problems } = await listUpcomingDeadlines({ ...opts, withinDays: null });
  const next = new Map<string, { date: string; label: string; authorityTitle: string; daysRemaining: number; overdue: boolean }>();
  for (const d of [...overdue, ...upcoming]) {
    if (next.has(d.caseId) || !d.date) continue;
    next.set(d.caseId, { date: d.date, label: d.label, authorityTitle: d.authorityTitle, daysRemaining: d.daysRemaining ?? 0, overdue: d.state === 'overdue' });
  }
  const problemCases = new Set(problems.map((p) => p.caseId));
  return { next, problemCases };
}
