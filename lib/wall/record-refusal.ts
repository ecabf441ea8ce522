import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { wallRefusals } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { CaseAbility, SessionUser } from '@/lib/access/policy';

export type RefusalKind = 'not a member' | 'role';

const pending = new Set<Promise<void>>();

/**
 * Notes a refused access to a case for the ethical wall report: one row per user, case and hour
 * with a count, and one audit event when that row is first written. It runs on its own connection
 * and is not awaited: the refusal is usually thrown inside the caller's transaction, which then rolls
 * back — and on PGlite, waiting for a second query while that transaction holds the only connection
 * would never finish.
 */
export function recordWallRefusal(opts: { actor: SessionUser; caseId: string; ability: CaseAbility; kind: RefusalKind }) {
  const p = write(opts)
    .catch((err) => console.error('Could not record a refused access to a case', err))
    .finally(() => pending.delete(p));
  pending.add(p);
}

/** Waits for refusals still being written (tests, and a clean shutdown). */
export async function flushWallRefusals() {
  while (pending.size) await Promise.all([...pending]);
}

async function write(opts: { actor: SessionUser; caseId: string; ability: CaseAbility; kind: RefusalKind }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const hour = sql`date_trunc('hour', now())`;
    const [row] = await tx
      .insert(wallRefusals)
      .values({ userId: opts.actor.id, caseId: opts.caseId, hour, kind: opts.kind, lastAbility: opts.ability, lastIp: opts.actor.ip ?? null })
      .onConflictDoUpdate({
        target: [wallRefusals.userId, wallRefusals.caseId, wallRefusals.hour],
        set: { attempts: sql`${wallRefusals.attempts} + 1`, lastAt: sql`now()`, lastAbility: opts.ability, lastIp: opts.actor.ip ?? null },
      })
      .returning({ attempts: wallRefusals.attempts });
    // The case id stays out of the event's case column: the case's own activity tab, which its
    // members read, is not where an outsider's attempt belongs.
    if (row.attempts === 1) {
      await recordAudit(tx, opts.actor, { action: 'wall.refused', entityType: 'case', entityId: opts.caseId, changes: { ability: opts.ability, kind: opts.kind } });
    }
  });
}
