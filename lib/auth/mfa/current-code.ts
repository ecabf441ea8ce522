import { eq } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { signInKeys, users } from '@/db/schema';
import type { SessionUser } from '@/lib/access';
import { ValidationError } from '@/lib/core/errors';
import { claimKeys, countFailure, releaseKeys, type ThrottleKey } from '../throttle/claim-keys';
import { noteFailure } from '../throttle/failure-window';
import { PAIR_FREE_FAILURES } from '../throttle/policy';
import { verifySecondFactor } from './second-factor';

export const WRONG_CODE = 'That code is not correct. Use the current code from your authenticator app, or an unused recovery code.';

/**
 * A code asked of someone already signed in (re-verification, changing two-step sign-in). It is
 * throttled like sign-in, under its own key per account: whoever holds a stolen session must not be
 * able to guess six digits at speed. `then` runs in the transaction that used the code up, so the
 * act and the code stand or fall together.
 */
export async function withCurrentCode<T>(actor: SessionUser, code: string, then: (tx: Tx, how: 'totp' | 'recovery') => Promise<T>): Promise<T> {
  const db = await getDb();
  const keys: ThrottleKey[] = [{ key: `mfa:${actor.id}`, free: PAIR_FREE_FAILURES }];
  const claim = await claimKeys(db, actor.email, keys);
  if (!claim.ok) {
    const at = claim.retryAt.toISOString().slice(11, 16);
    throw new ValidationError(`Too many wrong codes. Try again after ${at} UTC.`, { code: `Too many wrong codes: wait until ${at} UTC.` });
  }
  let outcome: { ok: true; value: T } | { ok: false };
  try {
    outcome = await db.transaction(async (tx) => {
      const [row] = await tx.select({ secret: users.mfaSecret }).from(users).where(eq(users.id, actor.id)).for('update');
      if (!row?.secret) throw new ValidationError('Two-step sign-in is not on for your account.');
      const how = await verifySecondFactor(tx, actor.id, row.secret, code);
      if (!how) return { ok: false } as const;
      await tx.delete(signInKeys).where(eq(signInKeys.key, keys[0].key));
      return { ok: true, value: await then(tx, how) } as const;
    });
  } catch (err) {
    await releaseKeys(db, keys.map((k) => k.key));
    throw err;
  }
  if (outcome.ok) return outcome.value;
  await db.transaction(async (tx) => {
    await countFailure(tx, keys);
    await noteFailure(tx, { account: actor.email, userId: actor.id, ip: actor.ip ?? null, refused: false });
  });
  throw new ValidationError(WRONG_CODE, { code: WRONG_CODE });
}
