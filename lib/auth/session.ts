import { eq, sql } from 'drizzle-orm';
import { headers } from 'next/headers';
import { decode, getToken, type JWT, type JWTDecodeParams } from 'next-auth/jwt';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getHandle, type Db } from '@/db/client';
import { settings, userSessions, users } from '@/db/schema';
import { dataStampSql } from '@/lib/audit/data-stamp';
import { isUuid } from '@/lib/core/ids';
import { BoundedMap } from '@/lib/bounded-map';
import { env } from '@/lib/env';
import type { SessionUser } from '@/lib/access';
import { clientMeta, REQUEST_PATH_HEADER } from './request-meta';
import { sessionLiveSql } from './session-lifetime';
import { REVERIFY_MINUTES } from './mfa/reverify';
import type { Role } from './schemas';

export type CurrentUser = SessionUser & {
  mustChangePassword: boolean;
  mustEnrolMfa: boolean;
  needsReverification: boolean;
  /** The server-side session this request belongs to (user_sessions). */
  sessionId: string;
  /** The audit trail's head when this request read the user: the version of the data it sees (lib/stamped-cache.ts). */
  dataStamp: string;
};

// The query every request makes, built once per database handle rather than on each request: the
// session row named by the cookie, its user, whether it is still live, and the data stamp — one
// query, one parameter.
const currentSessionColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  sessionEpoch: users.sessionEpoch,
  mustChangePassword: users.mustChangePassword,
  // Two-step sign-in required for this role (admin setting) but not yet set up: only enrolment is open.
  mustEnrolMfa: sql<boolean>`(${users.mfaEnabledAt} is null and coalesce((select (${settings.value} -> 'roles') ? ${users.role}::text from ${settings} where ${settings.key} = 'mfa'), false))`,
  // Two-step sign-in on, and this session has not proved it lately: sensitive acts ask for a code (mfa/reverify.ts).
  needsReverification: sql<boolean>`(${users.mfaEnabledAt} is not null and coalesce(${userSessions.mfaVerifiedAt} < now() - make_interval(mins => ${sql.raw(String(REVERIFY_MINUTES))}), true))`,
  live: sessionLiveSql,
  // Whether "last seen" is over a minute old: only then does the request write it (touchSession).
  stale: sql<boolean>`(${userSessions.lastSeenAt} < now() - interval '1 minute')`,
  dataStamp: dataStampSql,
};
const columnNames = Object.keys(currentSessionColumns);
const prepareCurrentSession = (db: Db) =>
  db
    .select(currentSessionColumns)
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.id, sql.placeholder('id')))
    .prepare('current_session');
type SessionRow = Awaited<ReturnType<ReturnType<typeof prepareCurrentSession>['execute']>>[number];
const prepared = new WeakMap<Db, { query: ReturnType<typeof prepareCurrentSession>; text: string }>();

async function readSessionRow(sessionId: string): Promise<SessionRow | undefined> {
  if (!isUuid(sessionId)) return undefined;
  const handle = await getHandle();
  let p = prepared.get(handle.db);
  if (!p) {
    const query = prepareCurrentSession(handle.db);
    const text = query.getQuery().sql;
    if (/\$[02-9]/.test(text)) throw new Error('The current-session query must have exactly one parameter ($1).');
    prepared.set(handle.db, (p = { query, text }));
  }
  if (handle.kind === 'pglite') {
    // PGlite runs a parameterised query as six passes through its WASM engine (parse, describe,
    // bind, describe, execute, sync); the simple protocol takes one. This query runs on every
    // request, so here its one parameter, a UUID checked above, is written into the text instead.
    const client = (handle.db as unknown as { $client: { exec(q: string, o: { rowMode: 'array' }): Promise<{ rows: unknown[][] }[]> } }).$client;
    const [result] = await client.exec(p.text.replace('$1', `'${sessionId}'::uuid`), { rowMode: 'array' });
    const values = result?.rows[0];
    return values && (Object.fromEntries(columnNames.map((name, i) => [name, values[i]])) as SessionRow);
  }
  const [row] = await p.query.execute({ id: sessionId });
  return row;
}

/** Whether the app accepts these claims: the session row is live, belongs to the token's user, who is active. */
function accepts(claims: SessionClaims, row: SessionRow | undefined): row is SessionRow {
  return !!row && row.userId === claims.userId && row.live && row.status === 'active' && row.sessionEpoch === claims.epoch;
}

/** For next-auth's own session endpoint: it must refuse exactly what the app refuses. */
export async function sessionClaimsAccepted(token: { sub?: unknown; sid?: unknown; epoch?: unknown }): Promise<boolean> {
  if (typeof token.sub !== 'string' || typeof token.sid !== 'string') return false;
  const claims = { userId: token.sub, sessionId: token.sid, epoch: Number(token.epoch ?? 0) };
  return accepts(claims, await readSessionRow(claims.sessionId));
}

// "Last seen" for the sessions page, written at most once a minute per session and off the
// request's path: a failure here must not fail the page.
function touchSession(sessionId: string, ip: string | null) {
  void getHandle()
    .then(({ db }) => db.update(userSessions).set({ lastSeenAt: new Date(), lastIp: ip }).where(eq(userSessions.id, sessionId)))
    .catch((err) => console.error('Could not record session activity', err));
}

/**
 * The signed-in user, read from the database on every request with their session: signing out, a
 * revoked session, a disabled account, a changed role or a reset password takes effect on the
 * user's next request, on every app instance.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await readSessionCookie();
  if (!claims) return null;
  const row = await readSessionRow(claims.sessionId);
  if (!accepts(claims, row)) return null;
  const meta = clientMeta(await headers());
  if (row.stale) touchSession(claims.sessionId, meta.ip);
  return {
    id: row.userId,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    mustChangePassword: row.mustChangePassword,
    mustEnrolMfa: row.mustEnrolMfa,
    needsReverification: row.needsReverification,
    sessionId: claims.sessionId,
    dataStamp: row.dataStamp,
    ...meta,
  };
});

type SessionClaims = { userId: string; sessionId: string; epoch: number };

// As next-auth has them: the numbered rotation secrets first, then AUTH_SECRET.
const SECRETS = [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1, env.AUTH_SECRET].filter((s): s is string => !!s);
const AUTH_URL_IS_HTTPS = env.AUTH_URL ? new URL(env.AUTH_URL).protocol === 'https:' : undefined;

// Decrypting the same cookie again on every request only repeats work: a cookie's claims never
// change, and only a cookie that decrypted with our secret under its name gets in here (keyed by the
// salt, i.e. the cookie's name, and the whole token, which is itself the credential).
const decoded = new BoundedMap<string, JWT>(1000);
const rememberingDecode = async (params: JWTDecodeParams): Promise<JWT | null> => {
  const key = `${params.salt}\0${params.token}`;
  const known = decoded.get(key);
  if (known) {
    if ((known.exp ?? 0) * 1000 > Date.now()) return known;
    throw new Error('The session cookie has expired.');
  }
  const payload = await decode(params);
  if (payload) decoded.set(key, payload);
  return payload;
};

/**
 * The claims of the session cookie, read with next-auth's own getToken and decode, from the one
 * cookie next-auth itself would use: the `__Secure-` name when the app is served over https (AUTH_URL's
 * protocol, else the forwarded protocol Next.js sets). Sign-out clears only that name, so a leftover
 * cookie under the other must not count. next-auth's `auth()` would run its whole session endpoint
 * in-process and re-encrypt a cookie a server component cannot set; this decrypts once per cookie.
 * Sessions last a fixed time from sign-in (session-lifetime.ts), not a rolling one.
 */
async function readSessionCookie(): Promise<SessionClaims | null> {
  if (!SECRETS.length) return null;
  const h = await headers();
  const secureCookie = AUTH_URL_IS_HTTPS ?? (h.get('x-forwarded-proto') ?? 'https').split(',')[0].trim() === 'https';
  // Only the Cookie header: getToken would also take a bearer token from Authorization.
  const payload = await getToken({ req: { headers: { cookie: h.get('cookie') ?? '' } }, secureCookie, secret: SECRETS, decode: rememberingDecode });
  if (!payload?.sub || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return null;
  return { userId: payload.sub, sessionId: payload.sid, epoch: Number(payload.epoch ?? 0) };
}

/** Pages and layouts: the user, or off to sign-in. */
export async function requireUser(opts: { allowPasswordChange?: boolean; allowMfaEnrolment?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    // Back to the page after signing in again; the sign-in form accepts only a path on this site.
    const path = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(path?.startsWith('/') ? `/sign-in?expired=1&callbackUrl=${encodeURIComponent(path)}` : '/sign-in?expired=1');
  }
  if (user.mustChangePassword && !opts.allowPasswordChange) redirect('/account/password?required=1');
  // The new password first (its page signs them out), then two-step sign-in: each page lets only its own step through.
  if (user.mustEnrolMfa && !user.mustChangePassword && !opts.allowMfaEnrolment) redirect('/account/mfa?required=1');
  return user;
}

/** Server actions and route handlers: the user, or null so the edge can answer without redirecting. */
export async function sessionUserOrNull(): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword || user.mustEnrolMfa) return null;
  return user;
}
