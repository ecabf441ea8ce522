import { and, asc, eq, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { checklistApprovals, checklistComments, checklistItems, checklists, evidenceFiles, users } from '@/db/schema';
import type { SessionUser } from '@/lib/access';
import { todayIso } from '@/lib/core/dates';
import type { ItemFilter } from './schemas';

const preparer = alias(users, 'preparer');
const reviewer = alias(users, 'reviewer');

/**
 * Back with the reviewer because an approval lapsed (an item is only ever ready for review again
 * after being approved through a lapse). Written once for every list, filter and home page.
 */
export const reReviewSql = sql<boolean>`(${checklistItems.status} = 'ready-for-review' and exists (select 1 from ${checklistApprovals} where ${checklistApprovals.itemId} = ${checklistItems.id} and ${checklistApprovals.lapsedAt} is not null))`;

/** The SQL for the item filters: mine (I prepare it), waiting for my review, re-review, overdue. */
export function itemFilterSql(actor: Pick<SessionUser, 'id'>, filter: ItemFilter, today = todayIso()): SQL | undefined {
  switch (filter) {
    case 'mine':
      return and(eq(checklistItems.preparerId, actor.id), ne(checklistItems.status, 'approved'));
    case 'review':
      return and(eq(checklistItems.reviewerId, actor.id), eq(checklistItems.status, 'ready-for-review'));
    case 're-review':
      return reReviewSql;
    case 'overdue':
      return and(lt(checklistItems.dueDate, today), ne(checklistItems.status, 'approved'));
    default:
      return undefined;
  }
}

/**
 * Item rows for tables, inside a case the caller has already checked access to. Chosen fields
 * only: the answer text stays on the item page.
 */
export async function selectItemRows(db: Executor, actor: Pick<SessionUser, 'id'>, where: { caseId: string; checklistId?: string; filter: ItemFilter }) {
  const conds = [eq(checklistItems.caseId, where.caseId)];
  if (where.checklistId) conds.push(eq(checklistItems.checklistId, where.checklistId));
  const f = itemFilterSql(actor, where.filter);
  if (f) conds.push(f);
  return db
    .select({
      id: checklistItems.id,
      checklistId: checklistItems.checklistId,
      checklistName: checklists.name,
      position: checklistItems.position,
      section: checklistItems.section,
      title: checklistItems.title,
      reference: checklistItems.reference,
      isCustom: checklistItems.isCustom,
      removedFromTemplateVersion: checklistItems.removedFromTemplateVersion,
      status: checklistItems.status,
      reReview: reReviewSql,
      notApplicable: checklistItems.notApplicable,
      dueDate: checklistItems.dueDate,
      preparerId: checklistItems.preparerId,
      preparerName: preparer.name,
      reviewerId: checklistItems.reviewerId,
      reviewerName: reviewer.name,
      evidenceCount: sql<number>`(select count(distinct ${evidenceFiles.nameKey})::int from ${evidenceFiles} where ${evidenceFiles.itemId} = ${checklistItems.id})`,
      openThreads: sql<number>`(select count(*)::int from ${checklistComments} where ${checklistComments.itemId} = ${checklistItems.id} and ${checklistComments.parentId} is null and ${checklistComments.resolvedAt} is null and ${checklistComments.retractedAt} is null)`,
    })
    .from(checklistItems)
    .innerJoin(checklists, eq(checklists.id, checklistItems.checklistId))
    .leftJoin(preparer, eq(preparer.id, checklistItems.preparerId))
    .leftJoin(reviewer, eq(reviewer.id, checklistItems.reviewerId))
    .where(and(...conds))
    .orderBy(asc(checklists.createdAt), asc(checklistItems.position));
}
export type ItemRowSummary = Awaited<ReturnType<typeof selectItemRows>>[number];
