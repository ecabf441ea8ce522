import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { CANONICAL_FORM } from './verify-chain-script';

export const CHAIN_FORMAT = 'merger-review/audit-chain@1';
const PAGE = 5_000;

type ChainItem =
  | { type: 'event'; seq: number; occurredAt: string; actorId: string | null; actorEmail: string | null; action: string; entityType: string; entityId: string | null; caseId: string | null; changes: unknown; ip: string | null; userAgent: string | null; prevHash: string; hash: string }
  | { type: 'other-events'; fromSeq: number; toSeq: number; prevHash: string; hash: string };

/**
 * The audit chain as an auditor checks it offline (verify-chain.mjs): every event of the case with
 * every field its hash covers, and the events of other matters between them only as ranges with
 * the link before and the hash after. The chain spans all cases, so a case-scoped file still runs
 * from the first event to the head without disclosing another matter's content.
 */
export async function caseChainFile(db: Executor, caseId: string) {
  const chain: ChainItem[] = [];
  let lastSeq = 0;
  let head: { seq: number; hash: string } | null = null;
  for (;;) {
    // Only the links of every event; the content is read for this case's events alone.
    const rows = await db.select({ seq: auditEvents.seq, hash: auditEvents.hash, prevHash: auditEvents.prevHash, caseId: auditEvents.caseId })
      .from(auditEvents).where(gt(auditEvents.seq, lastSeq)).orderBy(asc(auditEvents.seq)).limit(PAGE);
    if (!rows.length) break;
    const ownSeqs = rows.filter((r) => r.caseId === caseId).map((r) => r.seq);
    const full = ownSeqs.length
      ? await db.select().from(auditEvents).where(and(eq(auditEvents.caseId, caseId), gt(auditEvents.seq, lastSeq), sql`${auditEvents.seq} <= ${rows[rows.length - 1].seq}`)).orderBy(asc(auditEvents.seq))
      : [];
    const bySeq = new Map(full.map((e) => [e.seq, e]));
    for (const r of rows) {
      const e = bySeq.get(r.seq);
      if (e) {
        chain.push({
          type: 'event', seq: e.seq, occurredAt: e.occurredAt.toISOString(), actorId: e.actorId, actorEmail: e.actorEmail, action: e.action,
          entityType: e.entityType, entityId: e.entityId, caseId: e.caseId, changes: e.changes ?? null, ip: e.ip, userAgent: e.userAgent,
          prevHash: e.prevHash, hash: e.hash,
        });
      } else {
        const last = chain[chain.length - 1];
        if (last?.type === 'other-events' && last.toSeq === r.seq - 1) {
          last.toSeq = r.seq;
          last.hash = r.hash;
        } else chain.push({ type: 'other-events', fromSeq: r.seq, toSeq: r.seq, prevHash: r.prevHash, hash: r.hash });
      }
      head = { seq: r.seq, hash: r.hash };
    }
    lastSeq = rows[rows.length - 1].seq;
  }
  return {
    format: CHAIN_FORMAT,
    caseId,
    canonicalForm: CANONICAL_FORM,
    head,
    // Seam for the signed checkpoints of lib/audit (issue #12): the latest one goes here once it exists.
    checkpoint: null,
    events: chain.filter((c) => c.type === 'event').length,
    chain,
  };
}
