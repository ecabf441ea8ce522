import { getDb } from '@/db/client';
import { canonicalJson, verifyAuditChain } from '@/lib/audit';
import { listAuditEvents } from '@/lib/audit/list-events';
import type { SessionUser } from '@/lib/access';
import type { AuditFacts } from '../model';

/** A report prints at most this many events; a longer period is reported as truncated. */
export const MAX_REPORT_EVENTS = 20_000;
const PAGE = 1_000;

/** The case's events of a period, newest first, at most `max` (and whether there were more). */
export async function loadCaseEvents(actor: SessionUser, caseId: string, period: { from: string | null; to: string | null }, max = MAX_REPORT_EVENTS) {
  const filter = { from: period.from ?? undefined, to: period.to ?? undefined };
  const rows: Awaited<ReturnType<typeof listAuditEvents>> = [];
  let before: number | undefined;
  // Newest first, a page at a time, until the period is exhausted or one event past the limit.
  for (;;) {
    const page = await listAuditEvents({ actor, caseId, filter: { ...filter, before }, limit: PAGE });
    rows.push(...page);
    if (page.length < PAGE || rows.length > max) break;
    before = page[page.length - 1].seq;
  }
  return { events: rows.slice(0, max), truncated: rows.length > max };
}

/** The case's events of a period, oldest first, and the result of checking the whole chain. */
export async function loadAuditFacts(actor: SessionUser, caseId: string, period: { from: string | null; to: string | null }): Promise<AuditFacts> {
  const loaded = await loadCaseEvents(actor, caseId, period);
  const events = loaded.events.reverse();
  const truncated = loaded.truncated;
  const chain = await verifyAuditChain(await getDb());
  return {
    from: period.from,
    to: period.to,
    truncated,
    events: events.map((e) => ({
      seq: e.seq,
      occurredAt: e.occurredAt.toISOString(),
      actorEmail: e.actorEmail,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      changes: e.changes === null || e.changes === undefined ? '' : canonicalJson(e.changes),
      hash: e.hash,
    })),
    chain: chain.ok ? chain : { ok: false, count: chain.count, brokenAt: chain.brokenAt, reason: chain.reason },
  };
}
