import { eq, sql } from 'drizzle-orm';
import { cookies, headers } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getHandle, type Db } from '@/db/client';
import { settings, users } from '@/db/schema';
import { dataStampSql } from '@/lib/audit/data-stamp';
import { isUuid } from '@/lib/cases/access';
import { env } from '@/lib/env';
import type { SessionUser } from './permissions';
import { clientMeta, REQUEST_PATH_HEADER } from './request-meta';
import type { Role } from './schemas';

export const DEFAULT_SESSION_HOURS = 8;

export type CurrentUser = SessionUser & {
  mustChangePassword: boolean;
  /** The audit trail's head when this request read the user: the version of the data it sees (lib/stamped-cache.ts). */
  dataStamp: string;
};

// The query every request makes, built once per database handle rather than on each request.
const prepareCurrentUser = (db: Db) =>
  db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      status: users.status,
      sessionEpoch: users.sessionEpoch,
      mustChangePassword: users.mustChangePassword,
      sessionHours: sql<number | null>`(select (${settings.value} ->> 'hours')::int from ${settings} where ${settings.key} = 'session')`,
      dataStamp: dataStampSql,
    })
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare('current_user');
type UserRow = Awaited<ReturnType<ReturnType<typeof prepareCurrentUser>['execute']>>[number];
const prepared = new WeakMap<Db, { query: ReturnType<typeof prepareCurrentUser>; text: string }>();

async function readUserRow(userId: string): Promise<UserRow | undefined> {
  if (!isUuid(userId)) return undefined;
  const handle = await getHandle();
  let p = prepared.get(handle.db);
  if (!p) {
    const query = prepareCurrentUser(handle.db);
    const text = query.getQuery().sql;
    if (/\$[02-9]/.test(text)) throw new Error('The current-user query must have exactly one parameter ($1).');
    prepared.set(handle.db, (p = { query, text }));
  }
  if (handle.kind === 'pglite') {
    // PGlite runs a parameterised query as six passes through its WASM engine (parse, describe,
    // bind, describe, execute, sync); the simple protocol takes one. This query runs on every
    // request, so here its one parameter, a UUID checked above, is written into the text instead.
    const client = (handle.db as unknown as { $client: { exec(q: string, o: { rowMode: 'array' }): Promise<{ rows: unknown[][] }[]> } }).$client;
    const [result] = await client.exec(p.text.replace('$1', `'${userId}'::uuid`), { rowMode: 'array' });
    const v = result?.rows[0];
    if (!v) return undefined;
    return { id: v[0], email: v[1], name: v[2], role: v[3], status: v[4], sessionEpoch: v[5], mustChangePassword: v[6], sessionHours: v[7], dataStamp: v[8] } as UserRow;
  }
  const [row] = await p.query.execute({ id: userId });
  return row;
}

/**
 * The signed-in user, read from the database on every request: a disabled account, a changed role
 * or a reset password takes effect on the user's next request, on every app instance.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSessionCookie();
  if (!session) return null;
  const row = await readUserRow(session.userId);
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
    dataStamp: row.dataStamp,
    ...meta,
  };
});

type SessionClaims = { userId: string; epoch: number; signedInAt: number | undefined };

/**
 * The one cookie next-auth reads for this request: the `__Secure-` name when the app is served over
 * https (AUTH_URL's protocol, else the forwarded protocol Next.js sets), the plain name otherwise.
 * Sign-out clears only that name, so a leftover cookie under the other name must not count.
 */
function sessionCookieName(h: Headers): string {
  const protocol = env.AUTH_URL ? new URL(env.AUTH_URL).protocol : `${(h.get('x-forwarded-proto') ?? 'https').split(',')[0].trim()}:`;
  return protocol === 'https:' ? '__Secure-authjs.session-token' : 'authjs.session-token';
}

// As next-auth has them: the numbered rotation secrets first, then AUTH_SECRET.
const SECRETS = [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1, env.AUTH_SECRET].filter((s): s is string => !!s);

/**
 * The claims of next-auth's session cookie, decrypted with next-auth's own `decode` (the salt is the
 * cookie's name, as next-auth sets it). next-auth's `auth()` would do the same by running its whole
 * session endpoint in-process, re-encrypting a fresh cookie that a server component cannot even set;
 * this reads it once. Sessions last a fixed time from sign-in (checked above), not a rolling one.
 */
async function readSessionCookie(): Promise<SessionClaims | null> {
  if (!SECRETS.length) return null;
  const name = sessionCookieName(await headers());
  const jar = await cookies();
  // next-auth splits a cookie over 4 kB into name.0, name.1, …
  const token =
    jar.get(name)?.value ??
    jar
      .getAll()
      .filter((c) => c.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
      .map((c) => c.value)
      .join('');
  if (!token) return null;
  const key = `${name}\0${token}`;
  const known = decoded.get(key);
  if (known) return known.expiresAt > Date.now() ? known.claims : null;
  try {
    const payload = await decode({ token, secret: SECRETS, salt: name });
    if (!payload?.sub || typeof payload.exp !== 'number') return null;
    const claims = { userId: payload.sub, epoch: Number(payload.epoch ?? 0), signedInAt: typeof payload.signedInAt === 'number' ? payload.signedInAt : undefined };
    if (decoded.size >= 1000) decoded.delete(decoded.keys().next().value as string);
    decoded.set(key, { claims, expiresAt: payload.exp * 1000 });
    return claims;
  } catch {
    return null; // expired, forged or encrypted with another secret
  }
}

// Decrypting the same cookie again on every request only repeats work: a cookie's claims never
// change, and only a cookie that decrypted with our secret under that name gets in here (keyed by
// name and the whole token, which is itself the credential). Whether the session still counts is decided per request above.
const decoded = new Map<string, { claims: SessionClaims; expiresAt: number }>();

/** Pages and layouts: the user, or off to sign-in. */
export async function requireUser(opts: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    // Back to the page after signing in again; the sign-in form accepts only a path on this site.
    const path = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(path?.startsWith('/') ? `/sign-in?expired=1&callbackUrl=${encodeURIComponent(path)}` : '/sign-in?expired=1');
  }
  if (user.mustChangePassword && !opts.allowPasswordChange) redirect('/account/password?required=1');
  return user;
}

/** Server actions and route handlers: the user, or null so the edge can answer without redirecting. */
export async function sessionUserOrNull(): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return null;
  return user;
}
