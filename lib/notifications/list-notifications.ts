import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { caseMembers, cases, checklistItems, notifications, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/permissions';
import { syncOverdue } from './sync-overdue';

const actorUser = alias(users, 'actor_user');

// Only notifications about cases the user can still see: leaving a case hides its notices.
const visible = (userId: string) => and(eq(notifications.userId, userId), eq(caseMembers.userId, userId));

/** The user's notifications, newest first (overdue ones created now if due). */
export async function listNotifications(opts: { actor: SessionUser; limit?: number }) {
  const { actor } = opts;
  const db = await getDb();
  await syncOverdue(db, actor);
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      caseId: notifications.caseId,
      caseName: cases.name,
      itemId: notifications.itemId,
      checklistId: checklistItems.checklistId,
      itemTitle: checklistItems.title,
      actorName: actorUser.name,
      excerpt: notifications.excerpt,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .innerJoin(caseMembers, and(eq(caseMembers.caseId, notifications.caseId), eq(caseMembers.userId, notifications.userId)))
    .innerJoin(cases, eq(cases.id, notifications.caseId))
    .leftJoin(checklistItems, eq(checklistItems.id, notifications.itemId))
    .leftJoin(actorUser, eq(actorUser.id, notifications.actorId))
    .where(visible(actor.id))
    .orderBy(desc(notifications.createdAt))
    .limit(opts.limit ?? 200);
}

/** The unread count for the top navigation. */
export async function countUnread(opts: { actor: SessionUser }) {
  const db = await getDb();
  await syncOverdue(db, opts.actor);
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .innerJoin(caseMembers, and(eq(caseMembers.caseId, notifications.caseId), eq(caseMembers.userId, notifications.userId)))
    .where(and(visible(opts.actor.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
