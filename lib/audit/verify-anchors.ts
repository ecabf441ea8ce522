import { eq } from 'drizzle-orm';
import type { KeyObject } from 'node:crypto';
import type { Executor } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { checkpointSignatureValid, type Checkpoint } from './checkpoint';

export type Anchor = { seq: number; hash: string; source: string };
export type AnchorReport = { ok: true; checked: number; latest: Anchor | null } | { ok: false; reason: string };

/** `--head 1234:abcd…` as printed by audit:verify or written in an auditor package. */
export function parseHead(text: string): { seq: number; hash: string } | null {
  const m = /^(\d+):([0-9a-f]{64})$/i.exec(text.trim());
  return m ? { seq: Number(m[1]), hash: m[2].toLowerCase() } : null;
}

/**
 * Checks that the (already verified) chain still contains every anchor: each signed checkpoint and
 * any head given by hand. The chain links every event to the one before, so one matching event at
 * an anchor's position vouches for everything up to it; a missing event means the tail was cut, a
 * different hash that the chain was rewritten (and re-hashed) at or before that position.
 */
export async function verifyAnchors(db: Executor, opts: { checkpoints: Checkpoint[]; publicKey: KeyObject | null; heads?: Anchor[] }): Promise<AnchorReport> {
  const anchors: Anchor[] = [...(opts.heads ?? [])];
  for (const cp of opts.checkpoints) {
    const where = `checkpoint of ${cp.at} (${cp.reason})`;
    if (!opts.publicKey) return { ok: false, reason: `the ${where} cannot be checked: no signing key is configured (AUDIT_SIGNING_KEY or ${'DATA_DIR'}/audit-signing-key.pem)` };
    if (!checkpointSignatureValid(cp, opts.publicKey)) return { ok: false, reason: `the ${where} at event #${cp.seq} does not carry a valid signature of this installation's key (altered or forged)` };
    anchors.push({ seq: cp.seq, hash: cp.hash, source: where });
  }
  let latest: Anchor | null = null;
  for (const a of anchors) {
    const [row] = await db.select({ hash: auditEvents.hash }).from(auditEvents).where(eq(auditEvents.seq, a.seq));
    if (!row) return { ok: false, reason: `event #${a.seq}, the head recorded by the ${a.source}, is missing: events were deleted from the end of the trail` };
    if (row.hash !== a.hash) {
      return { ok: false, reason: `event #${a.seq} no longer has the hash recorded by the ${a.source} (${a.hash.slice(0, 16)}…, now ${row.hash.slice(0, 16)}…): the trail up to it was rewritten and re-hashed` };
    }
    if (!latest || a.seq > latest.seq) latest = a;
  }
  return { ok: true, checked: anchors.length, latest };
}
