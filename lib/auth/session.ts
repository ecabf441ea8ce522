import { eq, sql } from 'drizzle-orm';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { settings, users } from '@/db/schema';
import { auth } from './index';
import type { SessionUser } from './permissions';
import { clientMeta } from './request-meta';
import type { Role } from './schemas';

export const DEFAULT_SESSION_HOURS = 8;

export type CurrentUser = SessionUser & { mustChangePassword: boolean };

/**
 * The signed-in user, read from the database on every request: a disabled account, a changed role
 * or a reset password takes effect on the user's next request, on every app instance.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await auth()) as { userId?: string; epoch?: number; signedInAt?: number } | null;
  if (!session?.userId) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      status: users.status,
      sessionEpoch: users.sessionEpoch,
      mustChangePassword: users.mustChangePassword,
      sessionHours: sql<number | null>`(select (${settings.value} ->> 'hours')::int from ${settings} where ${settings.key} = 'session')`,
    })
    .from(users)
    .where(eq(users.id, session.userId));
  if (!row || row.status !== 'active' || row.sessionEpoch !== (session.epoch ?? 0)) return null;
  const hours = row.sessionHours ?? DEFAULT_SESSION_HOURS;
  if (!session.signedInAt || Date.now() - session.signedInAt > hours * 3600_000) return null;
  const meta = clientMeta(await headers());
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    mustChangePassword: row.mustChangePassword,
    ...meta,
  };
});

/** Pages and layouts: the user, or off to sign-in. */
export async function requireUser(opts: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in?expired=1');
  if (user.mustChangePassword && !opts.allowPasswordChange) redirect('/account/password?required=1');
  return user;
}

/** Server actions and route handlers: the user, or null so the edge can answer without redirecting. */
export async function sessionUserOrNull(): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return null;
  return user;
}
