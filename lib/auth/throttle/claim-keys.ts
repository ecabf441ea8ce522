import { and, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { signInKeys, userSessions, users } from '@/db/schema';
import { CLAIM_SECONDS, delaySeconds, FAILURES_FORGOTTEN_AFTER_MINUTES, USUAL_ADDRESS_DAYS } from './policy';

export interface ThrottleKey {
  key: string;
  /** Failures allowed before attempts under this key wait. */
  free: number;
}

/** Whether the account signed in from this address recently: its owner is then judged only by this address's failures. */
export async function isUsualAddress(db: Executor, email: string, ip: string | null): Promise<boolean> {
  if (!ip) return false;
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(users.email, email), eq(userSessions.ip, ip), gt(userSessions.createdAt, sql`now() - make_interval(days => ${USUAL_ADDRESS_DAYS})`)))
    .limit(1);
  return !!row;
}

/**
 * Claims every key for one password check, or none. A claim is one atomic statement per key: it
 * succeeds only if the key's delay has passed and no other check holds it, so of twenty guesses
 * sent at once one is checked and the rest are refused (PostgreSQL re-evaluates the condition on
 * the row a concurrent claim just updated; PGlite runs one statement at a time).
 */
export async function claimKeys(db: Executor, email: string, keys: ThrottleKey[]): Promise<{ ok: true } | { ok: false; retryAt: Date }> {
  const claimed: string[] = [];
  for (const { key } of keys) {
    const busyUntil = sql`now() + make_interval(secs => ${CLAIM_SECONDS})`;
    const got = await db
      .insert(signInKeys)
      .values({ key, email, busyUntil })
      .onConflictDoUpdate({
        target: signInKeys.key,
        set: { busyUntil },
        setWhere: and(lte(signInKeys.nextAttemptAt, sql`now()`), or(isNull(signInKeys.busyUntil), lte(signInKeys.busyUntil, sql`now()`))),
      })
      .returning({ key: signInKeys.key });
    if (!got.length) {
      await releaseKeys(db, claimed);
      const [row] = await db
        .select({ retryAt: sql<string>`greatest(${signInKeys.nextAttemptAt}, coalesce(${signInKeys.busyUntil}, ${signInKeys.nextAttemptAt}))` })
        .from(signInKeys)
        .where(eq(signInKeys.key, key));
      return { ok: false, retryAt: row ? new Date(row.retryAt) : new Date() };
    }
    claimed.push(key);
  }
  return { ok: true };
}

export async function releaseKeys(db: Executor, keys: string[]) {
  if (keys.length) await db.update(signInKeys).set({ busyUntil: null }).where(inArray(signInKeys.key, keys));
}

/** A failed check: each key counts it (from zero after an hour without failures), waits its delay, and is released. */
export async function countFailure(tx: Executor, keys: ThrottleKey[]) {
  for (const { key, free } of keys) {
    const [row] = await tx
      .update(signInKeys)
      .set({
        failures: sql`case when ${signInKeys.lastFailureAt} is null or ${signInKeys.lastFailureAt} < now() - make_interval(mins => ${FAILURES_FORGOTTEN_AFTER_MINUTES}) then 1 else ${signInKeys.failures} + 1 end`,
        lastFailureAt: sql`now()`,
        busyUntil: null,
      })
      .where(eq(signInKeys.key, key))
      .returning({ failures: signInKeys.failures });
    if (!row) continue;
    const wait = delaySeconds(row.failures, free);
    await tx.update(signInKeys).set({ nextAttemptAt: sql`now() + make_interval(secs => ${wait})` }).where(eq(signInKeys.key, key));
  }
}
