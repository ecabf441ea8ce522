import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { userSessions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { mfaCodeSchema } from '@/lib/auth/schemas';
import { ForbiddenError } from '@/lib/core/errors';
import { withCurrentCode } from './current-code';

/** How long a code entered at sign-in or on request vouches for a sensitive act in that session. */
export const REVERIFY_MINUTES = 10;

/**
 * The acts that need a fresh code from someone with two-step sign-in on: downloading the auditor
 * package. Read from the database, not taken from the caller, so it fails closed: an actor without
 * a session, or whose session has not proved the second factor lately, is refused.
 */
export async function requireRecentVerification(db: Executor, actor: SessionUser & { sessionId?: string }) {
  const [row] = await db
    .select({ fresh: sql<boolean>`(${users.mfaEnabledAt} is null or coalesce(${userSessions.mfaVerifiedAt} >= now() - make_interval(mins => ${REVERIFY_MINUTES}), false))` })
    .from(users)
    .leftJoin(userSessions, and(eq(userSessions.id, sql`${actor.sessionId ?? null}::uuid`), eq(userSessions.userId, users.id)))
    .where(eq(users.id, actor.id));
  if (!row?.fresh) {
    throw new ForbiddenError(`Confirm with a current code from your authenticator app first: this needs a two-step check from the last ${REVERIFY_MINUTES} minutes.`);
  }
}

/** A current code marks this session as freshly verified (user_sessions.mfa_verified_at). */
export async function reverifyMfa(opts: { actor: SessionUser & { sessionId: string }; input: unknown }) {
  const { code } = mfaCodeSchema.parse(opts.input);
  await withCurrentCode(opts.actor, code, async (tx, how) => {
    await tx.update(userSessions).set({ mfaVerifiedAt: new Date() }).where(eq(userSessions.id, opts.actor.sessionId));
    await recordAudit(tx, opts.actor, { action: 'auth.mfa-reverified', entityType: 'user', entityId: opts.actor.id, changes: { sessionId: opts.actor.sessionId, secondFactor: how } });
  });
}
