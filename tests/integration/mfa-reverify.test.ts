import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { useTestDatabase } from '../fixtures/db';
import { createCaseWith, createUser, TEST_PASSWORD } from '../fixtures/factories';
import { checkCredentials } from '@/lib/auth/check-credentials';
import { confirmMfaEnrolment, newMfaRecoveryCodes, startMfaEnrolment } from '@/lib/auth/mfa/manage-mfa';
import { reverifyMfa } from '@/lib/auth/mfa/reverify';
import { PAIR_FREE_FAILURES } from '@/lib/auth/throttle/policy';
import { buildAuditorPackage } from '@/lib/documents/exports/auditor-package';
import { listAuditEvents } from '@/lib/audit/list-events';
import { signInKeys, userSessions } from '@/db/schema';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';

const t = useTestDatabase();
const totp = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
const codeAt = (secret: string, offsetSteps = 0) => totp(secret).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
const wrongCode = (secret: string) => ['000000', '111111', '222222'].find((c) => ![-1, 0, 1].some((d) => codeAt(secret, d) === c))!;

async function enrolledCounsel() {
  const u = await createUser({ role: 'counsel' });
  const { secret } = await startMfaEnrolment({ actor: u });
  const { recoveryCodes } = await confirmMfaEnrolment({ actor: u, input: { code: codeAt(secret) } });
  // A session as sign-in opens it, with the recovery code as the second factor.
  const res = await checkCredentials({ email: u.email, password: TEST_PASSWORD, code: recoveryCodes[0], ip: '192.0.2.50' });
  if (!res.ok) throw new Error('sign-in failed');
  return { u, secret, recoveryCodes, sessionId: res.user.sessionId };
}

describe('re-verification before the auditor package', () => {
  it('a session that proved the second factor lately may download; ten minutes later it must confirm again', async () => {
    const { u, secret, sessionId } = await enrolledCounsel();
    const caseId = await createCaseWith({ counsel: u });
    const actor = { ...u, sessionId };
    expect((await buildAuditorPackage({ actor, caseId })).bytes.length).toBeGreaterThan(0);

    await t.db.update(userSessions).set({ mfaVerifiedAt: sql`now() - interval '11 minutes'` }).where(eq(userSessions.id, sessionId));
    await expect(buildAuditorPackage({ actor, caseId })).rejects.toBeInstanceOf(ForbiddenError);
    // Without a session at all (a caller that forgot it), refused too: the check fails closed.
    await expect(buildAuditorPackage({ actor: u, caseId })).rejects.toBeInstanceOf(ForbiddenError);
    // An outsider still meets the wall first: 404, not a request for a code.
    const outsider = await createUser({ role: 'counsel' });
    await expect(buildAuditorPackage({ actor: outsider, caseId })).rejects.toBeInstanceOf(NotFoundError);

    await expect(reverifyMfa({ actor, input: { code: wrongCode(secret) } })).rejects.toBeInstanceOf(ValidationError);
    await reverifyMfa({ actor, input: { code: codeAt(secret, 1) } });
    expect((await buildAuditorPackage({ actor, caseId })).bytes.length).toBeGreaterThan(0);

    const admin = await createUser({ role: 'admin' });
    const events = await listAuditEvents({ actor: admin, filter: { actor: u.email, action: 'auth.mfa-reverified' } });
    expect(events).toHaveLength(1);
    expect(events[0].changes).toMatchObject({ sessionId, secondFactor: 'totp' });
  });

  it('someone without two-step sign-in is not asked', async () => {
    const u = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel: u });
    expect((await buildAuditorPackage({ actor: u, caseId })).bytes.length).toBeGreaterThan(0);
  });

  it('wrong codes from a signed-in session are throttled: after five, even the right code waits', async () => {
    const { u, secret, sessionId, recoveryCodes } = await enrolledCounsel();
    const actor = { ...u, sessionId };
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) await expect(reverifyMfa({ actor, input: { code: wrongCode(secret) } })).rejects.toThrow(/not correct/);
    await expect(reverifyMfa({ actor, input: { code: codeAt(secret, 1) } })).rejects.toThrow(/Too many wrong codes/);
    await expect(newMfaRecoveryCodes({ actor, input: { code: recoveryCodes[1] } })).rejects.toThrow(/Too many wrong codes/);
    const [key] = await t.db.select().from(signInKeys).where(eq(signInKeys.key, `mfa:${u.id}`));
    expect(key.failures).toBe(PAIR_FREE_FAILURES);
    // The refused recovery code was not used up: it still works once the wait is over.
    await t.db.update(signInKeys).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(signInKeys.key, `mfa:${u.id}`));
    expect((await newMfaRecoveryCodes({ actor, input: { code: recoveryCodes[1] } })).recoveryCodes).toHaveLength(10);
  });
});
