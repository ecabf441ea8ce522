import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { caseMembers, cases, checklistItems, notifications, users } from '@/db/schema';
import type { SessionUser } from '@/lib/access';
import { overduePending, syncOverdue } from './sync-overdue';

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

/**
 * The unread count for the top navigation, on every page: one query that also asks whether a
 * checklist item has newly become overdue; only then are the notices created and the count redone.
 */
export async function countUnread(opts: { actor: SessionUser }): Promise<number> {
  const db = await getDb();
  const unread = () =>
    db
      .select({ n: count(), pending: overduePending(opts.actor.id) })
      .from(notifications)
      .innerJoin(caseMembers, and(eq(caseMembers.caseId, notifications.caseId), eq(caseMembers.userId, notifications.userId)))
      .where(and(visible(opts.actor.id), isNull(notifications.readAt)));
  const [row] = await unread();
  if (!row?.pending) return row?.n ?? 0;
  await syncOverdue(db, opts.actor);
  const [again] = await unread();
  return again?.n ?? 0;
}
