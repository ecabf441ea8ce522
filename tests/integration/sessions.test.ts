import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../fixtures/db';
import { createUser, TEST_PASSWORD } from '../fixtures/factories';
import { checkCredentials } from '@/lib/auth/check-credentials';
import { sessionClaimsAccepted } from '@/lib/auth/session';
import { endSessionOnSignOut, revokeAllSessions, revokeSession } from '@/lib/auth/sessions/end-sessions';
import { listSessions } from '@/lib/auth/sessions/list-sessions';
import { listAuditEvents } from '@/lib/audit/list-events';
import { setSessionHours, updateUser } from '@/lib/users/manage-users';
import { userSessions } from '@/db/schema';
import { NotFoundError } from '@/lib/core/errors';

const t = useTestDatabase();

async function signIn(email: string, ip = '198.51.100.7', userAgent = 'Mozilla/5.0 (Windows NT 10.0) Chrome/140.0 Safari/537.36') {
  const res = await checkCredentials({ email, password: TEST_PASSWORD, ip, userAgent });
  if (!res.ok) throw new Error('sign-in refused');
  return { sub: res.user.id, sid: res.user.sessionId, epoch: res.user.sessionEpoch };
}

describe('server-side sessions', () => {
  it('a sign-in opens a session that signing out ends, once, with one audit event', async () => {
    const u = await createUser({ role: 'counsel' });
    const token = await signIn(u.email);
    expect(await sessionClaimsAccepted(token)).toBe(true);
    expect(await endSessionOnSignOut({ sessionId: token.sid, userId: token.sub, ip: '198.51.100.7' })).toBe(true);
    expect(await sessionClaimsAccepted(token)).toBe(false);
    expect(await endSessionOnSignOut({ sessionId: token.sid, userId: token.sub })).toBe(false);
    const admin = await createUser({ role: 'admin' });
    const events = await listAuditEvents({ actor: admin, filter: { action: 'auth.sign-out' } });
    expect(events.filter((e) => e.entityId === token.sid)).toHaveLength(1);
  });

  it('refuses a token naming someone else’s session, a token without a session, and a stale epoch', async () => {
    const a = await createUser({ role: 'counsel' });
    const b = await createUser({ role: 'counsel' });
    const ta = await signIn(a.email);
    expect(await sessionClaimsAccepted({ ...ta, sub: b.id })).toBe(false);
    expect(await sessionClaimsAccepted({ sub: a.id, epoch: 0 })).toBe(false);
    expect(await sessionClaimsAccepted({ ...ta, sid: 'not-a-uuid' })).toBe(false);
    expect(await sessionClaimsAccepted({ ...ta, epoch: 1 })).toBe(false);
  });

  it('ends with the configured lifetime, counted from sign-in, and with a disabled account', async () => {
    const admin = await createUser({ role: 'admin' });
    const u = await createUser({ role: 'reviewer' });
    const token = await signIn(u.email);
    await t.db.update(userSessions).set({ createdAt: sql`now() - interval '9 hours'` }).where(eq(userSessions.id, token.sid));
    expect(await sessionClaimsAccepted(token)).toBe(false); // default 8 hours
    await setSessionHours({ actor: admin, input: { sessionHours: 24 } });
    expect(await sessionClaimsAccepted(token)).toBe(true);
    await updateUser({ actor: admin, input: { userId: u.id, version: 0, role: 'reviewer', status: 'disabled' } });
    expect(await sessionClaimsAccepted(token)).toBe(false);
    await setSessionHours({ actor: admin, input: { sessionHours: 8 } });
  });

  it('lists only the user’s own live sessions and signs out one or all of them', async () => {
    const u = await createUser({ role: 'counsel' });
    const other = await createUser({ role: 'counsel' });
    const first = await signIn(u.email, '198.51.100.1');
    const second = await signIn(u.email, '198.51.100.2', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Firefox/140.0');
    const third = await signIn(u.email, '198.51.100.3');
    const theirs = await signIn(other.email);
    const actor = { ...u, sessionId: first.sid };

    const listed = await listSessions({ actor });
    expect(listed.map((s) => s.id).sort()).toEqual([first.sid, second.sid, third.sid].sort());
    expect(listed.find((s) => s.current)?.id).toBe(first.sid);
    expect(listed.find((s) => s.id === second.sid)).toMatchObject({ ip: '198.51.100.2', userAgent: expect.stringContaining('Firefox') });

    await expect(revokeSession({ actor, sessionId: theirs.sid })).rejects.toBeInstanceOf(NotFoundError);
    expect(await sessionClaimsAccepted(theirs)).toBe(true);
    await revokeSession({ actor, sessionId: second.sid });
    expect(await sessionClaimsAccepted(second)).toBe(false);
    await expect(revokeSession({ actor, sessionId: second.sid })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listSessions({ actor })).map((s) => s.id).sort()).toEqual([first.sid, third.sid].sort());

    expect(await revokeAllSessions({ actor })).toEqual({ ended: 2 });
    expect(await sessionClaimsAccepted(first)).toBe(false);
    expect(await sessionClaimsAccepted(third)).toBe(false);
    expect(await sessionClaimsAccepted(theirs)).toBe(true);
    expect(await listSessions({ actor })).toEqual([]);
  });
});
