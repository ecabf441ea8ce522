import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { userSessions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { NotFoundError } from '@/lib/core/errors';
import { isUuid } from '@/lib/core/ids';

type Meta = { ip?: string | null; userAgent?: string | null };

/**
 * Sign-out: ends the session the cookie names, whoever sends it (next-auth's sign-out endpoint has
 * only the token). Revoking an already-ended session does nothing and records nothing.
 */
export async function endSessionOnSignOut(opts: { sessionId: string; userId: string } & Meta): Promise<boolean> {
  if (!isUuid(opts.sessionId) || !isUuid(opts.userId)) return false;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(userSessions)
      .set({ revokedAt: new Date(), revokedReason: 'signed out' })
      .where(and(eq(userSessions.id, opts.sessionId), eq(userSessions.userId, opts.userId), isNull(userSessions.revokedAt)))
      .returning({ id: userSessions.id });
    if (!ended.length) return false;
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, opts.userId));
    await recordAudit(tx, { id: opts.userId, email: user.email, ip: opts.ip, userAgent: opts.userAgent }, {
      action: 'auth.sign-out',
      entityType: 'session',
      entityId: opts.sessionId,
    });
    return true;
  });
}

/** "Sign out" on one of the actor's own sessions (Your sessions). Another person's session is not found. */
export async function revokeSession(opts: { actor: SessionUser; sessionId: string }) {
  if (!isUuid(opts.sessionId)) throw new NotFoundError('This session');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const ended = await tx
      .update(userSessions)
      .set({ revokedAt: new Date(), revokedReason: 'signed out from another session' })
      .where(and(eq(userSessions.id, opts.sessionId), eq(userSessions.userId, opts.actor.id), isNull(userSessions.revokedAt)))
      .returning({ id: userSessions.id });
    if (!ended.length) throw new NotFoundError('This session');
    await recordAudit(tx, opts.actor, { action: 'auth.session-revoked', entityType: 'session', entityId: opts.sessionId });
  });
}

/** "Sign out everywhere": every session of the actor's, this one included. */
export async function revokeAllSessions(opts: { actor: SessionUser }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(userSessions)
      .set({ revokedAt: new Date(), revokedReason: 'signed out everywhere' })
      .where(and(eq(userSessions.userId, opts.actor.id), isNull(userSessions.revokedAt)))
      .returning({ id: userSessions.id });
    await recordAudit(tx, opts.actor, { action: 'auth.sign-out-everywhere', entityType: 'user', entityId: opts.actor.id, changes: { sessionsEnded: ended.length } });
    return { ended: ended.length };
  });
}

