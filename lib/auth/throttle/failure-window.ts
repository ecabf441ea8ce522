import { and, eq, lt, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { signInFailureWindows, signInKeys } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { FAILURE_WINDOW_MINUTES, FAILURES_FORGOTTEN_AFTER_MINUTES } from './policy';

/** Failed sign-ins for emails no account has are counted together: a list of guessed names is not worth a trail entry each. */
export const UNKNOWN_ACCOUNT = '(unknown account)';
const MAX_ADDRESSES = 10;

type WindowRow = typeof signInFailureWindows.$inferSelect;

async function recordWindow(tx: Executor, w: WindowRow) {
  await recordAudit(tx, { id: null, email: w.account === UNKNOWN_ACCOUNT ? null : w.account }, {
    action: 'auth.sign-in-failures',
    entityType: 'user',
    entityId: w.userId,
    changes: { account: w.account, failures: w.failures, refused: w.refused, from: w.startedAt.toISOString(), to: w.lastAt.toISOString(), addresses: w.addresses },
  });
}

/**
 * Counts a failed or refused sign-in in the account's open window. A window older than
 * FAILURE_WINDOW_MINUTES is closed first: its one summary event goes to the audit trail.
 */
export async function noteFailure(tx: Executor, opts: { account: string; userId: string | null; ip: string | null; refused: boolean }) {
  const cutoff = sql`now() - make_interval(mins => ${FAILURE_WINDOW_MINUTES})`;
  const closed = await tx
    .delete(signInFailureWindows)
    .where(and(eq(signInFailureWindows.account, opts.account), lt(signInFailureWindows.startedAt, cutoff)))
    .returning();
  for (const w of closed) await recordWindow(tx, w);
  const ip = opts.ip ?? 'unknown';
  const now = new Date();
  await tx
    .insert(signInFailureWindows)
    .values({ account: opts.account, userId: opts.userId, startedAt: now, lastAt: now, failures: opts.refused ? 0 : 1, refused: opts.refused ? 1 : 0, addresses: [ip] })
    .onConflictDoUpdate({
      target: signInFailureWindows.account,
      set: {
        lastAt: now,
        failures: sql`${signInFailureWindows.failures} + ${opts.refused ? 0 : 1}`,
        refused: sql`${signInFailureWindows.refused} + ${opts.refused ? 1 : 0}`,
        addresses: sql`case when ${signInFailureWindows.addresses} ? ${ip} or jsonb_array_length(${signInFailureWindows.addresses}) >= ${MAX_ADDRESSES} then ${signInFailureWindows.addresses} else ${signInFailureWindows.addresses} || jsonb_build_array(${ip}::text) end`,
      },
    });
}

/** Closes one account's window now (an administrator unlocked it), recording what it held. */
export async function closeWindow(tx: Executor, account: string) {
  const closed = await tx.delete(signInFailureWindows).where(eq(signInFailureWindows.account, account)).returning();
  for (const w of closed) await recordWindow(tx, w);
}

/**
 * Periodic: records every window that has run its length (an attack that stopped still reaches the
 * trail) and forgets throttle keys idle long enough to start from zero anyway.
 */
export async function sweepSignInThrottle(): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const closed = await tx
      .delete(signInFailureWindows)
      .where(lt(signInFailureWindows.startedAt, sql`now() - make_interval(mins => ${FAILURE_WINDOW_MINUTES})`))
      .returning();
    for (const w of closed.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())) await recordWindow(tx, w);
    await tx
      .delete(signInKeys)
      .where(
        and(
          lt(signInKeys.nextAttemptAt, sql`now()`),
          sql`(${signInKeys.busyUntil} is null or ${signInKeys.busyUntil} < now())`,
          sql`(${signInKeys.lastFailureAt} is null or ${signInKeys.lastFailureAt} < now() - make_interval(mins => ${FAILURES_FORGOTTEN_AFTER_MINUTES}))`,
        ),
      );
    return closed.length;
  });
}
