import { describe, expect, it } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';
import { PAIR_FREE_FAILURES } from '@/lib/auth/throttle/policy';
import { Secret, TOTP } from 'otpauth';
import { useTestDatabase } from '../fixtures/db';
import { createUser, TEST_PASSWORD } from '../fixtures/factories';
import { checkCredentials } from '@/lib/auth/check-credentials';
import { confirmMfaEnrolment, disableMfa, getMfaStatus, newMfaRecoveryCodes, setMfaRoles, startMfaEnrolment } from '@/lib/auth/mfa/manage-mfa';
import { mfaRecoveryCodes, signInKeys, users } from '@/db/schema';
import { listAuditEvents } from '@/lib/audit/list-events';
import { ForbiddenError, ValidationError } from '@/lib/core/errors';

const t = useTestDatabase();
const codeAt = (secret: string, offsetSteps = 0) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
const signIn = (email: string, code?: string, ip = '192.0.2.1') => checkCredentials({ email, password: TEST_PASSWORD, code, ip, userAgent: 'vitest' });

async function enrolled(role: 'counsel' | 'auditor' = 'counsel') {
  const u = await createUser({ role });
  const { secret } = await startMfaEnrolment({ actor: u });
  const { recoveryCodes } = await confirmMfaEnrolment({ actor: u, input: { code: codeAt(secret) } });
  return { u, secret, recoveryCodes };
}

describe('two-step sign-in', () => {
  it('enrols with a code from the pending secret and keeps only hashes of the recovery codes', async () => {
    const u = await createUser({ role: 'counsel' });
    const { secret, qrSvg, uri } = await startMfaEnrolment({ actor: u });
    expect(qrSvg).toMatch(/^<svg/);
    expect(uri).toContain(`secret=${secret}`);
    await expect(confirmMfaEnrolment({ actor: u, input: { code: '000000' === codeAt(secret) ? '111111' : '000000' } })).rejects.toBeInstanceOf(ValidationError);
    const { recoveryCodes } = await confirmMfaEnrolment({ actor: u, input: { code: codeAt(secret) } });
    expect(recoveryCodes).toHaveLength(10);
    const dump = JSON.stringify(await t.db.select().from(mfaRecoveryCodes));
    for (const c of recoveryCodes) expect(dump).not.toContain(c);
    expect((await getMfaStatus({ actor: u })).recoveryCodesLeft).toBe(10);
  });

  it('asks for the code after the right password, accepts a code once, and a recovery code once', async () => {
    const { u, secret, recoveryCodes } = await enrolled();
    expect(await signIn(u.email)).toEqual({ ok: false, reason: 'mfa-required' });
    const [pair] = await t.db.select().from(signInKeys).where(eq(signInKeys.key, `pair:${u.email}|192.0.2.1`));
    expect(pair.failures).toBe(0); // the right password is not a failure
    // The enrolment used the current step, so the next one signs in, and only once.
    const next = codeAt(secret, 1);
    expect((await signIn(u.email, next)).ok).toBe(true);
    expect(await signIn(u.email, next)).toEqual({ ok: false, reason: 'mfa-invalid' });
    expect((await signIn(u.email, recoveryCodes[0])).ok).toBe(true);
    expect(await signIn(u.email, recoveryCodes[0])).toEqual({ ok: false, reason: 'mfa-invalid' });
    expect(await checkCredentials({ email: u.email, password: 'wrong', code: codeAt(secret, 1) })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('of two sign-ins sent at once with the same code, exactly one gets in', async () => {
    const { u, secret, recoveryCodes } = await enrolled();
    // Two addresses the account uses (so the account-wide throttle key is not what stops the second).
    expect((await signIn(u.email, recoveryCodes[0], '192.0.2.10')).ok).toBe(true);
    expect((await signIn(u.email, recoveryCodes[1], '192.0.2.11')).ok).toBe(true);
    const code = codeAt(secret, 1);
    const results = await Promise.all([signIn(u.email, code, '192.0.2.10'), signIn(u.email, code, '192.0.2.11')]);
    expect(results.map((r) => (r.ok ? 'in' : r.reason)).sort()).toEqual(['in', 'mfa-invalid']);
  });

  it('of two sign-ins sent at once with the same recovery code, exactly one gets in and the code is used up', async () => {
    const { u, recoveryCodes } = await enrolled();
    expect((await signIn(u.email, recoveryCodes[0], '192.0.2.20')).ok).toBe(true);
    expect((await signIn(u.email, recoveryCodes[1], '192.0.2.21')).ok).toBe(true);
    const results = await Promise.all([signIn(u.email, recoveryCodes[2], '192.0.2.20'), signIn(u.email, recoveryCodes[2], '192.0.2.21')]);
    expect(results.map((r) => (r.ok ? 'in' : r.reason)).sort()).toEqual(['in', 'mfa-invalid']);
    const used = await t.db.select().from(mfaRecoveryCodes).where(and(eq(mfaRecoveryCodes.userId, u.id), isNotNull(mfaRecoveryCodes.usedAt)));
    expect(used).toHaveLength(3);
    expect((await getMfaStatus({ actor: u })).recoveryCodesLeft).toBe(7);
    const admin = await createUser({ role: 'admin' });
    const signIns = await listAuditEvents({ actor: admin, filter: { actor: u.email, action: 'auth.sign-in' } });
    expect(signIns.map((e) => (e.changes as { secondFactor?: string }).secondFactor)).toEqual(['recovery', 'recovery', 'recovery']);
  });

  it('wrong codes after the right password count like wrong passwords: the address then waits', async () => {
    const { u, secret } = await enrolled();
    const wrong = ['000000', '111111', '222222', '333333', '444444', '555555'].filter((c) => ![-1, 0, 1].some((d) => codeAt(secret, d) === c));
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) expect(await signIn(u.email, wrong[i % wrong.length], '192.0.2.30')).toEqual({ ok: false, reason: 'mfa-invalid' });
    // Even the right code now waits: guessing six digits is throttled like guessing a password.
    expect(await signIn(u.email, codeAt(secret, 1), '192.0.2.30')).toMatchObject({ ok: false, reason: 'throttled' });
    const [pair] = await t.db.select().from(signInKeys).where(eq(signInKeys.key, `pair:${u.email}|192.0.2.30`));
    expect(pair.failures).toBe(PAIR_FREE_FAILURES);
  });

  it('changing it needs a current code; a role that requires it cannot turn it off', async () => {
    const admin = await createUser({ role: 'admin' });
    const { u, secret } = await enrolled('auditor');
    await expect(newMfaRecoveryCodes({ actor: u, input: { code: '' } })).rejects.toThrow();
    const { recoveryCodes } = await newMfaRecoveryCodes({ actor: u, input: { code: codeAt(secret, 1) } });
    expect(recoveryCodes).toHaveLength(10);

    await expect(setMfaRoles({ actor: u, input: { roles: ['auditor'] } })).rejects.toBeInstanceOf(ForbiddenError);
    await setMfaRoles({ actor: admin, input: { roles: ['auditor'] } });
    expect((await getMfaStatus({ actor: u })).required).toBe(true);
    await expect(disableMfa({ actor: u, input: { code: recoveryCodes[0] } })).rejects.toThrow(/requires two-step sign-in/);
    await setMfaRoles({ actor: admin, input: { roles: [] } });

    await expect(disableMfa({ actor: u, input: { code: '123456' === codeAt(secret) ? '654321' : '123456' } })).rejects.toBeInstanceOf(ValidationError);
    await disableMfa({ actor: u, input: { code: recoveryCodes[1] } });
    const [row] = await t.db.select({ secret: users.mfaSecret }).from(users).where(eq(users.id, u.id));
    expect(row.secret).toBeNull();
    expect((await signIn(u.email)).ok).toBe(true);
    const actions = (await listAuditEvents({ actor: admin, filter: { actor: u.email, action: 'auth.mfa' } })).map((e) => e.action).sort();
    expect(actions).toEqual(['auth.mfa-disabled', 'auth.mfa-enabled', 'auth.mfa-enrolment-started', 'auth.mfa-recovery-codes-replaced']);
  });
});
