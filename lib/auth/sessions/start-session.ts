import type { Tx } from '@/db/client';
import { userSessions } from '@/db/schema';

/** Opens the server-side session for a sign-in, inside the sign-in's own transaction (with its audit event). */
export async function startSession(tx: Tx, opts: { userId: string; ip?: string | null; userAgent?: string | null; mfaVerified?: boolean }): Promise<string> {
  const [row] = await tx
    .insert(userSessions)
    .values({ userId: opts.userId, ip: opts.ip ?? null, lastIp: opts.ip ?? null, userAgent: opts.userAgent?.slice(0, 300) ?? null, mfaVerifiedAt: opts.mfaVerified ? new Date() : null })
    .returning({ id: userSessions.id });
  return row.id;
}
