import { sql } from 'drizzle-orm';
import { settings, userSessions } from '@/db/schema';

/** Until an administrator sets another (Users › Sessions). */
export const DEFAULT_SESSION_HOURS = 8;

/** The configured lifetime in hours, as SQL, so the per-request query reads it with the session. */
export const sessionHoursSql = sql<number>`coalesce((select (${settings.value} ->> 'hours')::int from ${settings} where ${settings.key} = 'session'), ${sql.raw(String(DEFAULT_SESSION_HOURS))})`;

/**
 * A session is live until it is revoked or its lifetime, counted from sign-in with the lifetime
 * configured now, has passed: shortening the lifetime ends older sessions at once.
 */
export const sessionLiveSql = sql<boolean>`(${userSessions.revokedAt} is null and ${userSessions.createdAt} + make_interval(hours => ${sessionHoursSql}) > now())`;
