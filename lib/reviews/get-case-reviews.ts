import { getDb } from '@/db/client';
import { can, requireCaseAbility, type SessionUser } from '@/lib/access';
import { loadCalendars } from './load-calendars';
import { authorityTitle } from './authority-label';
import { computeReview } from './compute-review';
import { loadReviews } from './load-reviews';
import { todayFor } from './today';

/**
 * The Reviews tab: every review of the case with its events and computed deadlines. Non-members
 * get NotFoundError (the wall); `asOf` fixes "today" for tests.
 */
export async function getCaseReviews(opts: { actor: SessionUser; caseId: string; asOf?: string }) {
  const { actor, caseId } = opts;
  const db = await getDb();
  const access = await requireCaseAbility(db, actor, caseId, 'read');
  const [loaded, calendars] = await Promise.all([loadReviews(db, [caseId]), loadCalendars(db)]);
  const list = loaded.map((r) => {
    const today = opts.asOf ?? todayFor(r.authority);
    return {
      id: r.id,
      authority: r.authority,
      title: authorityTitle(r),
      authorityName: r.authorityName,
      clearingAgency: r.clearingAgency,
      caseNumber: r.caseNumber,
      note: r.note,
      version: r.version,
      today,
      events: r.events.map((e) => ({
        id: e.id,
        type: e.type,
        occurredOn: e.occurredOn,
        restartedOn: e.restartedOn,
        phase: e.phase,
        workingDays: e.workingDays,
        amount: e.amount,
        article: e.article,
        hsrKind: e.hsrKind,
        acquiredReceivedOn: e.acquiredReceivedOn,
        section80130: e.section80130,
        extensionByAgreement: e.extensionByAgreement,
        label: e.label,
        note: e.note,
        done: e.done,
        version: e.version,
        updatedAt: e.updatedAt.toISOString(),
        updatedByName: e.updatedByName,
      })),
      computed: computeReview({ authority: r.authority, events: r.events, calendars, today }),
    };
  });
  return {
    codename: access.codename,
    reviews: list,
    editable: can(actor, 'edit', access),
  };
}
export type CaseReviews = Awaited<ReturnType<typeof getCaseReviews>>;
export type ReviewView = CaseReviews['reviews'][number];
