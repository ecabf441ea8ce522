import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { signInThrottle, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { burnPasswordCheck, verifyPassword } from './password';

export const MAX_FAILURES = 5;
export const THROTTLE_MINUTES = 15;

export type CredentialResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string; sessionEpoch: number } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAt: Date };

/**
 * Checks an email and password against the database, with a per-account throttle kept in the
 * database (so every app instance sees it). Unknown email and wrong password look the same.
 */
export async function checkCredentials(opts: { email: string; password: string; ip?: string | null; userAgent?: string | null }): Promise<CredentialResult> {
  const db = await getDb();
  const email = opts.email.trim().toLowerCase();
  const who = { id: null, email, ip: opts.ip, userAgent: opts.userAgent };
  const now = new Date();

  const [throttle] = await db.select().from(signInThrottle).where(eq(signInThrottle.email, email));
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    await db.transaction((tx) => recordAudit(tx, who, { action: 'auth.sign-in-refused', entityType: 'user', changes: { reason: 'throttled', lockedUntil: throttle.lockedUntil!.toISOString() } }));
    return { ok: false, reason: 'throttled', retryAt: throttle.lockedUntil };
  }

  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, status: users.status, passwordHash: users.passwordHash, sessionEpoch: users.sessionEpoch })
    .from(users)
    .where(eq(users.email, email));
  let valid = false;
  if (user) valid = await verifyPassword(user.passwordHash, opts.password);
  else await burnPasswordCheck(opts.password);

  if (valid && user && user.status === 'active') {
    await db.transaction(async (tx) => {
      await tx.delete(signInThrottle).where(eq(signInThrottle.email, email));
      await recordAudit(tx, { id: user.id, email, ip: opts.ip, userAgent: opts.userAgent }, { action: 'auth.sign-in', entityType: 'user', entityId: user.id });
    });
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionEpoch: user.sessionEpoch } };
  }

  const windowStart = new Date(now.getTime() - THROTTLE_MINUTES * 60_000);
  const lockUntil = new Date(now.getTime() + THROTTLE_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    // One statement so concurrent failures on several instances cannot undercount.
    const [row] = await tx
      .insert(signInThrottle)
      .values({ email, failures: 1, firstFailureAt: now })
      .onConflictDoUpdate({
        target: signInThrottle.email,
        set: {
          failures: sql`case when ${signInThrottle.firstFailureAt} < ${windowStart.toISOString()}::timestamptz then 1 else ${signInThrottle.failures} + 1 end`,
          firstFailureAt: sql`case when ${signInThrottle.firstFailureAt} < ${windowStart.toISOString()}::timestamptz then ${now.toISOString()}::timestamptz else ${signInThrottle.firstFailureAt} end`,
          lockedUntil: null,
        },
      })
      .returning();
    await recordAudit(tx, { ...who, id: user?.id ?? null } as never, {
      action: 'auth.sign-in-failed',
      entityType: 'user',
      entityId: user?.id ?? null,
      changes: { reason: user ? (user.status === 'active' ? 'wrong password' : 'account disabled') : 'unknown email', failuresInWindow: row.failures },
    });
    if (row.failures >= MAX_FAILURES) {
      await tx.update(signInThrottle).set({ lockedUntil: lockUntil }).where(eq(signInThrottle.email, email));
      await recordAudit(tx, who, { action: 'auth.locked-out', entityType: 'user', entityId: user?.id ?? null, changes: { lockedUntil: lockUntil.toISOString(), failures: row.failures } });
    }
    return { ok: false, reason: 'invalid' } as const;
  });
}
