import { and, eq, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { caseMembers, checklistItems, notifications } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { todayIso } from '@/lib/core/dates';

// Items the user prepares, on cases they are still a member of, past due and not yet notified.
const dueWhere = (userId: string, today: string) =>
  and(
    eq(checklistItems.preparerId, userId),
    lt(checklistItems.dueDate, today),
    ne(checklistItems.status, 'approved'),
    sql`not exists (select 1 from ${notifications} where ${notifications.dedupeKey} = 'overdue:' || ${checklistItems.id} || ':' || ${checklistItems.dueDate})`,
  );
const dueJoin = (userId: string) => and(eq(caseMembers.caseId, checklistItems.caseId), eq(caseMembers.userId, userId));

/**
 * True when syncOverdue would create a notice: a boolean SQL expression, so that the unread count
 * on every page can ask it in the same query instead of a second round trip.
 */
export function overduePending(userId: string, today = todayIso()): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${checklistItems} inner join ${caseMembers} on ${dueJoin(userId)} where ${dueWhere(userId, today)})`;
}

/**
 * Overdue notices are computed when a user's notifications are read: one per item and due date
 * (the dedupe key makes this idempotent, also when two requests race), for items they prepare on
 * cases they are still a member of.
 */
export async function syncOverdue(db: Db, user: Pick<SessionUser, 'id' | 'email'>, today = todayIso()) {
  const due = await db
    .select({ id: checklistItems.id, caseId: checklistItems.caseId, title: checklistItems.title, dueDate: checklistItems.dueDate })
    .from(checklistItems)
    .innerJoin(caseMembers, dueJoin(user.id))
    .where(dueWhere(user.id, today));
  if (!due.length) return 0;
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(notifications)
      .values(due.map((d) => ({ userId: user.id, caseId: d.caseId, kind: 'item-overdue' as const, itemId: d.id, excerpt: `${d.title} (due ${d.dueDate})`, dedupeKey: `overdue:${d.id}:${d.dueDate}` })))
      .onConflictDoNothing({ target: notifications.dedupeKey })
      .returning({ id: notifications.id, itemId: notifications.itemId, caseId: notifications.caseId });
    for (const n of created) {
      await recordAudit(tx, { id: null, email: 'system:overdue' }, { action: 'notification.overdue', entityType: 'notification', entityId: n.id, caseId: n.caseId, changes: { userId: user.id, itemId: n.itemId } });
    }
    return created.length;
  });
}
