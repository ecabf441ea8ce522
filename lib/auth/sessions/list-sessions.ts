import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { userSessions } from '@/db/schema';
import type { SessionUser } from '@/lib/access';
import { sessionLiveSql } from '@/lib/auth/session-lifetime';

export interface SessionSummary {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  lastIp: string | null;
  userAgent: string | null;
  current: boolean;
}

/** The actor's own live sessions, newest first: nobody lists another person's sessions here. */
export async function listSessions(opts: { actor: SessionUser & { sessionId: string } }): Promise<SessionSummary[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: userSessions.id, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt, ip: userSessions.ip, lastIp: userSessions.lastIp, userAgent: userSessions.userAgent })
    .from(userSessions)
    .where(and(eq(userSessions.userId, opts.actor.id), sessionLiveSql))
    .orderBy(desc(userSessions.lastSeenAt));
  return rows.map((r) => ({ ...r, current: r.id === opts.actor.sessionId }));
}
