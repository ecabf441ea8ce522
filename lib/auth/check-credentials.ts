import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { signInKeys, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { burnPasswordCheck, verifyPassword } from './password';
import { startSession } from './sessions/start-session';
import { verifySecondFactor } from './mfa/second-factor';
import { claimKeys, countFailure, isUsualAddress, releaseKeys, type ThrottleKey } from './throttle/claim-keys';
import { noteFailure, UNKNOWN_ACCOUNT } from './throttle/failure-window';
import { ACCOUNT_FREE_FAILURES, accountKey, PAIR_FREE_FAILURES, pairKey } from './throttle/policy';

export type CredentialResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string; sessionEpoch: number; sessionId: string } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'mfa-required' }
  | { ok: false; reason: 'mfa-invalid' }
  | { ok: false; reason: 'throttled'; retryAt: Date };

/**
 * Checks an email and password against the database. Unknown email and wrong password look the
 * same. Throttling (lib/auth/throttle/) is by account from this address and, for addresses the
 * account has not signed in from lately, by account: a check first claims its keys, so guesses sent
 * at once are not all checked, and failures make the next attempt wait a growing delay.
 */
export async function checkCredentials(opts: { email: string; password: string; code?: string; ip?: string | null; userAgent?: string | null }): Promise<CredentialResult> {
  const db = await getDb();
  const email = opts.email.trim().toLowerCase();
  const ip = opts.ip ?? null;
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, status: users.status, passwordHash: users.passwordHash, sessionEpoch: users.sessionEpoch, mfaSecret: users.mfaSecret })
    .from(users)
    .where(eq(users.email, email));
  const account = user ? email : UNKNOWN_ACCOUNT;

  const keys: ThrottleKey[] = [{ key: pairKey(email, ip), free: PAIR_FREE_FAILURES }];
  if (!(user && (await isUsualAddress(db, email, ip)))) keys.push({ key: accountKey(email), free: ACCOUNT_FREE_FAILURES });
  const claim = await claimKeys(db, email, keys);
  if (!claim.ok) {
    await db.transaction((tx) => noteFailure(tx, { account, userId: user?.id ?? null, ip, refused: true }));
    return { ok: false, reason: 'throttled', retryAt: claim.retryAt };
  }

  let valid = false;
  try {
    if (user) valid = await verifyPassword(user.passwordHash, opts.password);
    else await burnPasswordCheck(opts.password);
  } catch (err) {
    await releaseKeys(db, keys.map((k) => k.key));
    throw err;
  }

  if (valid && user && user.status === 'active' && user.mfaSecret && !opts.code) {
    // The right password, and now the second factor: not a failure, nothing to count.
    await releaseKeys(db, keys.map((k) => k.key));
    return { ok: false, reason: 'mfa-required' };
  }

  if (valid && user && user.status === 'active') {
    const sessionId = await db.transaction(async (tx) => {
      const secondFactor = user.mfaSecret ? await verifySecondFactor(tx, user.id, user.mfaSecret, opts.code!) : undefined;
      if (secondFactor === null) return null;
      await tx.delete(signInKeys).where(eq(signInKeys.key, keys[0].key));
      await releaseKeys(tx, keys.slice(1).map((k) => k.key));
      const id = await startSession(tx, { userId: user.id, ip, userAgent: opts.userAgent, mfaVerified: !!secondFactor });
      await recordAudit(tx, { id: user.id, email, ip, userAgent: opts.userAgent }, { action: 'auth.sign-in', entityType: 'user', entityId: user.id, changes: { sessionId: id, ...(secondFactor ? { secondFactor } : {}) } });
      return id;
    });
    if (sessionId) return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionEpoch: user.sessionEpoch, sessionId } };
  }

  await db.transaction(async (tx) => {
    await countFailure(tx, keys);
    await noteFailure(tx, { account, userId: user?.id ?? null, ip, refused: false });
  });
  return { ok: false, reason: valid && user?.status === 'active' ? 'mfa-invalid' : 'invalid' };
}
