import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../fixtures/db';
import { createUser, TEST_PASSWORD } from '../fixtures/factories';
import { checkCredentials } from '@/lib/auth/check-credentials';
import { users } from '@/db/schema';
import { createUser as adminCreateUser, listUsers, resetPassword, updateUser } from '@/lib/users/manage-users';
import { changeOwnPassword } from '@/lib/users/change-password';
import { listAuditEvents } from '@/lib/audit/list-events';
import { ForbiddenError, ValidationError } from '@/lib/core/errors';

const t = useTestDatabase();

describe('sign-in', () => {
  it('accepts the right password and records the sign-in', async () => {
    const u = await createUser({ role: 'counsel' });
    const res = await checkCredentials({ email: u.email.toUpperCase(), password: TEST_PASSWORD, ip: '10.0.0.1', userAgent: 'test' });
    expect(res.ok).toBe(true);
    const admin = await createUser({ role: 'admin' });
    const events = await listAuditEvents({ actor: admin, filter: { action: 'auth.sign-in' } });
    expect(events.some((e) => e.actorEmail === u.email && e.ip === '10.0.0.1')).toBe(true);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const u = await createUser({ role: 'counsel' });
    expect(await checkCredentials({ email: u.email, password: 'wrong' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkCredentials({ email: 'nobody@test.example', password: 'wrong' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a disabled account', async () => {
    const admin = await createUser({ role: 'admin' });
    const u = await createUser({ role: 'counsel' });
    const [row] = await t.db.select({ version: users.version }).from(users).where(eq(users.id, u.id));
    await updateUser({ actor: admin, input: { userId: u.id, version: row.version, role: 'counsel', status: 'disabled' } });
    expect((await checkCredentials({ email: u.email, password: TEST_PASSWORD })).ok).toBe(false);
  });
});

describe('user management', () => {
  it('is for admins only and never returns password hashes', async () => {
    const counsel = await createUser({ role: 'counsel' });
    await expect(listUsers({ actor: counsel })).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await createUser({ role: 'admin' });
    const rows = await listUsers({ actor: admin });
    expect(JSON.stringify(rows)).not.toMatch(/passwordHash|\$argon2/);
  });

  it('creates a user with a one-time password that must be changed', async () => {
    const admin = await createUser({ role: 'admin' });
    const { oneTimePassword } = await adminCreateUser({ actor: admin, input: { email: 'new.person@test.example', name: 'New Person', role: 'auditor' } });
    const res = await checkCredentials({ email: 'new.person@test.example', password: oneTimePassword });
    expect(res.ok).toBe(true);
    const [row] = await t.db.select().from(users).where(eq(users.email, 'new.person@test.example'));
    expect(row.mustChangePassword).toBe(true);
    await expect(adminCreateUser({ actor: admin, input: { email: 'NEW.person@test.example', name: 'Dup', role: 'auditor' } })).rejects.toBeInstanceOf(ValidationError);
  });

  it('resets a password and ends existing sessions', async () => {
    const admin = await createUser({ role: 'admin' });
    const u = await createUser({ role: 'counsel' });
    const { oneTimePassword } = await resetPassword({ actor: admin, userId: u.id });
    const [row] = await t.db.select().from(users).where(eq(users.id, u.id));
    expect(row.sessionEpoch).toBe(1);
    expect(row.mustChangePassword).toBe(true);
    expect((await checkCredentials({ email: u.email, password: TEST_PASSWORD })).ok).toBe(false);
    expect((await checkCredentials({ email: u.email, password: oneTimePassword })).ok).toBe(true);
  });

  it('lets a user change their own password only with the current one', async () => {
    const u = await createUser({ role: 'counsel' });
    await expect(changeOwnPassword({ actor: u, input: { currentPassword: 'nope', newPassword: 'a-brand-new-password', confirmPassword: 'a-brand-new-password' } })).rejects.toBeInstanceOf(ValidationError);
    await changeOwnPassword({ actor: u, input: { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password', confirmPassword: 'a-brand-new-password' } });
    expect((await checkCredentials({ email: u.email, password: 'a-brand-new-password' })).ok).toBe(true);
  });

  it('refuses to let an admin disable themselves, and refuses a stale edit', async () => {
    const admin = await createUser({ role: 'admin' });
    await expect(updateUser({ actor: admin, input: { userId: admin.id, version: 0, role: 'admin', status: 'disabled' } })).rejects.toBeInstanceOf(ValidationError);
    const u = await createUser({ role: 'counsel' });
    await updateUser({ actor: admin, input: { userId: u.id, version: 0, role: 'reviewer', status: 'active' } });
    await expect(updateUser({ actor: admin, input: { userId: u.id, version: 0, role: 'auditor', status: 'active' } })).rejects.toThrow(/Not saved/);
  });
});
