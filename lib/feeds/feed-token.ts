import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import type { Role } from '@/lib/auth/schemas';

// A feed URL is a bearer secret (calendar apps cannot sign in), so only its SHA-256 is stored:
// a copy of the database does not give anyone the feeds. The address is shown once, when made.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Makes a new secret feed address for the user; any earlier one stops working at once. */
export async function createFeedToken(opts: { actor: SessionUser }) {
  const token = randomBytes(32).toString('base64url');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ token: users.calendarToken }).from(users).where(eq(users.id, opts.actor.id));
    await tx.update(users).set({ calendarToken: hash(token) }).where(eq(users.id, opts.actor.id));
    await recordAudit(tx, opts.actor, {
      action: before?.token ? 'calendar-feed.token-regenerate' : 'calendar-feed.token-create',
      entityType: 'user',
      entityId: opts.actor.id,
      changes: { previousRevoked: !!before?.token },
    });
  });
  return { token };
}

export async function revokeFeedToken(opts: { actor: SessionUser }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ token: users.calendarToken }).from(users).where(eq(users.id, opts.actor.id));
    if (!before?.token) return;
    await tx.update(users).set({ calendarToken: null }).where(eq(users.id, opts.actor.id));
    await recordAudit(tx, opts.actor, { action: 'calendar-feed.token-revoke', entityType: 'user', entityId: opts.actor.id, changes: {} });
  });
}

export async function getFeedStatus(opts: { actor: SessionUser }) {
  const db = await getDb();
  const [row] = await db.select({ token: users.calendarToken }).from(users).where(eq(users.id, opts.actor.id));
  return { active: !!row?.token };
}

/** The active user a feed token belongs to, or null (unknown, revoked, malformed, or disabled account). */
export async function userForFeedToken(db: Executor, token: string): Promise<SessionUser | null> {
  if (!TOKEN.test(token)) return null;
  const [row] = await db.select({ id: users.id, role: users.role, email: users.email, name: users.name, status: users.status }).from(users).where(eq(users.calendarToken, hash(token)));
  if (!row || row.status !== 'active') return null;
  return { id: row.id, role: row.role as Role, email: row.email, name: row.name };
}
