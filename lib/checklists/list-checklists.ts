import { asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistItems, checklists, users } from '@/db/schema';
import { can, requireCaseAbility, type SessionUser } from '@/lib/access';
import { selectItemRows } from './list-items';
import type { ItemFilter } from './schemas';

/** A case's checklists with their progress and, when a filter is chosen, the matching items across them. */
export async function listChecklists(opts: { actor: SessionUser; caseId: string; filter?: ItemFilter }) {
  const { actor, caseId, filter = 'all' } = opts;
  const db = await getDb();
  const access = await requireCaseAbility(db, actor, caseId, 'read');
  const [lists, items] = await Promise.all([
    db
      .select({
        id: checklists.id,
        name: checklists.name,
        reviewId: checklists.reviewId,
        templateVersionNumber: checklists.templateVersionNumber,
        createdAt: checklists.createdAt,
        createdByName: users.name,
        total: sql<number>`(select count(*)::int from ${checklistItems} where ${checklistItems.checklistId} = ${checklists.id})`,
        approved: sql<number>`(select count(*)::int from ${checklistItems} where ${checklistItems.checklistId} = ${checklists.id} and ${checklistItems.status} = 'approved')`,
      })
      .from(checklists)
      .innerJoin(users, eq(users.id, checklists.createdBy))
      .where(eq(checklists.caseId, caseId))
      .orderBy(asc(checklists.createdAt)),
    filter === 'all' ? Promise.resolve([]) : selectItemRows(db, actor, { caseId, filter }),
  ]);
  return { checklists: lists, items, canCreate: can(actor, 'edit', access) };
}
