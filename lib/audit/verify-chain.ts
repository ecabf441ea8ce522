import { asc, gt } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { GENESIS_HASH, hashAuditContent } from './canonical';

export type ChainReport =
  | { ok: true; count: number; headHash: string; headSeq: number | null }
  | { ok: false; count: number; brokenAt: number; reason: string; expected: string; found: string };

const PAGE = 5_000;

/** Walks the whole chain in order, recomputing every hash; stops at the first broken event. */
export async function verifyAuditChain(db: Executor): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let count = 0;
  let lastSeq = 0;
  let headSeq: number | null = null;
  for (;;) {
    const rows = await db.select().from(auditEvents).where(gt(auditEvents.seq, lastSeq)).orderBy(asc(auditEvents.seq)).limit(PAGE);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.prevHash !== prev) {
        return { ok: false, count, brokenAt: r.seq, reason: 'its link to the previous event does not match', expected: prev, found: r.prevHash };
      }
      const recomputed = hashAuditContent({
        seq: r.seq,
        occurredAt: r.occurredAt.toISOString(),
        actorId: r.actorId,
        actorEmail: r.actorEmail,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        caseId: r.caseId,
        changes: r.changes,
        ip: r.ip,
        userAgent: r.userAgent,
        prevHash: r.prevHash,
      });
      if (recomputed !== r.hash) {
        return { ok: false, count, brokenAt: r.seq, reason: 'its content does not match its hash (it was altered)', expected: recomputed, found: r.hash };
      }
      prev = r.hash;
      count++;
      headSeq = r.seq;
    }
    lastSeq = rows[rows.length - 1].seq;
  }
  return { ok: true, count, headHash: prev, headSeq };
}
