import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { notifications } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import { NotFoundError } from '@/lib/core/errors';

/** Marks one of the user's own notifications read; anyone else's is not found. */
export async function markRead(opts: { actor: SessionUser; notificationId: string }) {
  const { actor, notificationId } = opts;
  if (!isUuid(notificationId)) throw new NotFoundError('This notification');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [own] = await tx.select({ id: notifications.id, readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, notificationId), eq(notifications.userId, actor.id)));
    if (!own) throw new NotFoundError('This notification');
    if (own.readAt) return { changed: 0 };
    await tx.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, own.id));
    await recordAudit(tx, actor, { action: 'notification.read', entityType: 'notification', entityId: own.id });
    return { changed: 1 };
  });
}

export async function markAllRead(opts: { actor: SessionUser }) {
  const { actor } = opts;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const done = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (done.length) await recordAudit(tx, actor, { action: 'notification.read-all', entityType: 'notification', changes: { count: done.length } });
    return { changed: done.length };
  });
}
