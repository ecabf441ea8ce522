import { desc, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { GENESIS_HASH, hashAuditContent } from './canonical';

export interface Actor {
  id: string;
  email: string;
  role: string;
  name?: string;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  caseId?: string | null;
  changes?: unknown;
}

// One key for the chain: concurrent writers (several app instances) take turns appending.
const CHAIN_LOCK_KEY = 7_202_611_291;

/**
 * Appends one event to the hash chain. Must be called inside the caller's transaction so the
 * event commits or rolls back with the change it describes.
 */
export async function recordAudit(
  tx: Executor,
  actor: Pick<Actor, 'id' | 'email' | 'ip' | 'userAgent'> | { id: null; email: string | null; ip?: string | null; userAgent?: string | null },
  event: AuditInput,
) {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const seqResult = await tx.execute<{ seq: string }>(sql`select nextval(pg_get_serial_sequence('audit_events', 'seq')) as seq`);
  const rows = (seqResult as unknown as { rows: { seq: string }[] }).rows;
  const seq = Number(rows[0].seq);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const occurredAt = new Date(Math.floor(Date.now()));
  const content = {
    seq,
    occurredAt: occurredAt.toISOString(),
    actorId: actor.id,
    actorEmail: actor.email,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    caseId: event.caseId ?? null,
    changes: event.changes ?? null,
    ip: actor.ip ?? null,
    userAgent: actor.userAgent ? actor.userAgent.slice(0, 300) : null,
    prevHash,
  };
  const hash = hashAuditContent(content);
  await tx.insert(auditEvents).values({ ...content, occurredAt, hash });
  return { seq, hash };
}

/** Before/after of the fields that changed; unchanged fields are left out of the trail. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const changed: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after)) {
    const a = normalise(before[key]);
    const b = normalise(after[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changed[key] = { before: a, after: b };
  }
  return changed;
}

function normalise(v: unknown) {
  if (v instanceof Date) return v.toISOString();
  if (v === undefined || v === '') return null;
  return v;
}
