import { describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { useTestDatabase } from '../fixtures/db';
import { createUser, TEST_PASSWORD } from '../fixtures/factories';
import { checkCredentials } from '@/lib/auth/check-credentials';
import { sweepSignInThrottle } from '@/lib/auth/throttle/failure-window';
import { ACCOUNT_FREE_FAILURES, PAIR_FREE_FAILURES } from '@/lib/auth/throttle/policy';
import { signInFailureWindows, signInKeys } from '@/db/schema';
import { listAuditEvents } from '@/lib/audit/list-events';
import { listUsers, resetPassword, unlockSignIn } from '@/lib/users/manage-users';
import { ForbiddenError } from '@/lib/core/errors';

const t = useTestDatabase();
const attempt = (email: string, password: string, ip: string) => checkCredentials({ email, password, ip, userAgent: 'vitest' });
/** Lets every delay on the account pass, as waiting would. */
const waitOut = (email: string) => t.db.update(signInKeys).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(signInKeys.email, email));

describe('sign-in throttling', () => {
  it('of twenty wrong passwords sent at once, one is checked and the rest are refused', async () => {
    const u = await createUser({ role: 'counsel' });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(u.email, `wrong-${i}`, '203.0.113.5')));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(19);
    const [pair] = await t.db.select().from(signInKeys).where(eq(signInKeys.key, `pair:${u.email}|203.0.113.5`));
    expect(pair.failures).toBe(1);
    expect(pair.busyUntil).toBeNull();
  });

  it('makes an address wait after five failures, even for the right password, and the wait grows', async () => {
    const u = await createUser({ role: 'reviewer' });
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) expect(await attempt(u.email, `bad-${i}`, '203.0.113.9')).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt(u.email, TEST_PASSWORD, '203.0.113.9')).toMatchObject({ ok: false, reason: 'throttled' });
    await waitOut(u.email);
    expect(await attempt(u.email, 'bad-again', '203.0.113.9')).toEqual({ ok: false, reason: 'invalid' });
    const [pair] = await t.db.select({ wait: sql<number>`extract(epoch from ${signInKeys.nextAttemptAt} - ${signInKeys.lastFailureAt})` }).from(signInKeys).where(eq(signInKeys.key, `pair:${u.email}|203.0.113.9`));
    expect(Math.round(Number(pair.wait))).toBe(60); // 6th failure: 30 s, 7th: 60 s
    // Another address is not held up by this one's failures.
    expect((await attempt(u.email, TEST_PASSWORD, '198.51.100.20')).ok).toBe(true);
  });

  it('does not lock the real user out from their usual address, whatever others try', async () => {
    const u = await createUser({ role: 'counsel' });
    expect((await attempt(u.email, TEST_PASSWORD, '192.0.2.10')).ok).toBe(true); // their office
    for (let i = 0; i < ACCOUNT_FREE_FAILURES + 2; i++) await attempt(u.email, `guess-${i}`, `203.0.113.${100 + i}`);
    // Unfamiliar addresses now wait, the right password included …
    expect(await attempt(u.email, TEST_PASSWORD, '198.51.100.77')).toMatchObject({ ok: false, reason: 'throttled' });
    // … but the owner at their usual address signs in.
    expect((await attempt(u.email, TEST_PASSWORD, '192.0.2.10')).ok).toBe(true);
  });

  it('records failures as one event per account and window, with the counts', async () => {
    const u = await createUser({ role: 'auditor' });
    const admin = await createUser({ role: 'admin' });
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) await attempt(u.email, `bad-${i}`, '203.0.113.40');
    for (let i = 0; i < 3; i++) await attempt(u.email, 'bad', '203.0.113.40'); // refused: waiting
    await attempt(u.email, 'bad', '203.0.113.41');
    await attempt('nobody-here@test.example', 'bad', '203.0.113.42');
    const perRequest = await listAuditEvents({ actor: admin, filter: { action: 'auth.sign-in-f' } });
    expect(perRequest.filter((e) => e.actorEmail === u.email)).toHaveLength(0);

    await t.db.update(signInFailureWindows).set({ startedAt: sql`now() - interval '16 minutes'` }).where(inArray(signInFailureWindows.account, [u.email, '(unknown account)']));
    expect(await sweepSignInThrottle()).toBe(2);
    const events = await listAuditEvents({ actor: admin, filter: { action: 'auth.sign-in-failures' } });
    const mine = events.filter((e) => e.entityId === u.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].changes).toMatchObject({ account: u.email, failures: PAIR_FREE_FAILURES + 1, refused: 3, addresses: ['203.0.113.40', '203.0.113.41'] });
    expect(events.some((e) => (e.changes as { account?: string }).account === '(unknown account)')).toBe(true);
    expect(await sweepSignInThrottle()).toBe(0);
  });

  it('an administrator can unlock an account; a reset password is not held up by old failures', async () => {
    const admin = await createUser({ role: 'admin' });
    const counsel = await createUser({ role: 'counsel' });
    const u = await createUser({ role: 'reviewer' });
    for (let i = 0; i < PAIR_FREE_FAILURES + 1; i++) await attempt(u.email, `bad-${i}`, '203.0.113.60');
    expect((await listUsers({ actor: admin })).find((r) => r.id === u.id)?.signInPausedUntil).not.toBeNull();
    await expect(unlockSignIn({ actor: counsel, userId: u.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await unlockSignIn({ actor: admin, userId: u.id })).toEqual({ keysCleared: 2 });
    expect((await listUsers({ actor: admin })).find((r) => r.id === u.id)?.signInPausedUntil).toBeNull();
    expect((await attempt(u.email, TEST_PASSWORD, '203.0.113.60')).ok).toBe(true);
    const events = await listAuditEvents({ actor: admin, filter: { action: 'user.unlock-sign-in' } });
    expect(events.filter((e) => e.entityId === u.id)).toHaveLength(1);

    for (let i = 0; i < PAIR_FREE_FAILURES + 1; i++) await attempt(u.email, `bad-${i}`, '203.0.113.61');
    const { oneTimePassword } = await resetPassword({ actor: admin, userId: u.id });
    expect((await attempt(u.email, oneTimePassword, '203.0.113.61')).ok).toBe(true);
  });
});
