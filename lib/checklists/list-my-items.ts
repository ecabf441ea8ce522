import { and, asc, eq, ne, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseMembers, cases, checklistItems } from '@/db/schema';
import type { SessionUser } from '@/lib/access';
import { reReviewSql } from './list-items';
import { isOverdue } from './progress';

/**
 * The user's open checklist work across the cases they are a member of: items they prepare that
 * are not yet approved, and items waiting for their review. Soonest due first.
 */
export async function listMyItems(opts: { actor: SessionUser; limit?: number }) {
  const { actor } = opts;
  const db = await getDb();
  const rows = await db
    .select({
      id: checklistItems.id,
      caseId: checklistItems.caseId,
      caseName: cases.name,
      checklistId: checklistItems.checklistId,
      title: checklistItems.title,
      status: checklistItems.status,
      reReview: reReviewSql,
      notApplicable: checklistItems.notApplicable,
      dueDate: checklistItems.dueDate,
      role: sql<'review' | 'prepare'>`case when ${checklistItems.reviewerId} = ${actor.id} and ${checklistItems.status} = 'ready-for-review' then 'review' else 'prepare' end`,
    })
    .from(checklistItems)
    .innerJoin(caseMembers, and(eq(caseMembers.caseId, checklistItems.caseId), eq(caseMembers.userId, actor.id)))
    .innerJoin(cases, eq(cases.id, checklistItems.caseId))
    .where(
      and(
        sql`${cases.archivedAt} is null`,
        or(and(eq(checklistItems.preparerId, actor.id), ne(checklistItems.status, 'approved')), and(eq(checklistItems.reviewerId, actor.id), eq(checklistItems.status, 'ready-for-review'))),
      ),
    )
    .orderBy(sql`${checklistItems.dueDate} asc nulls last`, asc(checklistItems.position))
    .limit(opts.limit ?? 20);
  return rows.map((r) => ({ ...r, overdue: isOverdue(r) }));
}
