import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { caseMembers, checklistItems, notifications } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/checklists/progress';

/**
 * Overdue notices are computed when a user's notifications are read: one per item and due date
 * (the dedupe key makes this idempotent, also when two requests race), for items they prepare on
 * cases they are still a member of. It runs on every page (the unread count), so the common case
 * — nothing newly overdue — is one read and no transaction.
 */
export async function syncOverdue(db: Db, user: Pick<SessionUser, 'id' | 'email'>, today = todayIso()) {
  const due = await db
    .select({ id: checklistItems.id, caseId: checklistItems.caseId, title: checklistItems.title, dueDate: checklistItems.dueDate })
    .from(checklistItems)
    .innerJoin(caseMembers, and(eq(caseMembers.caseId, checklistItems.caseId), eq(caseMembers.userId, user.id)))
    .where(
      and(
        eq(checklistItems.preparerId, user.id),
        lt(checklistItems.dueDate, today),
        ne(checklistItems.status, 'approved'),
        sql`not exists (select 1 from ${notifications} where ${notifications.dedupeKey} = 'overdue:' || ${checklistItems.id} || ':' || ${checklistItems.dueDate})`,
      ),
    );
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
