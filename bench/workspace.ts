import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEvents, caseMembers, cases, users } from '@/db/schema';
import { GENESIS_HASH, hashAuditContent } from '@/lib/audit/canonical';

/**
 * Grows the demo workspace to the benchmark's size: `cases` cases with counsel as a member, and
 * `events` audit events written as a valid chain (so the verifier still passes), in batches.
 */
export async function growWorkspace(db: Db, opts: { cases: number; events: number }) {
  const [counsel] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, 'counsel@demo.example'));
  const caseIds: string[] = [];
  for (let i = 0; i < opts.cases; i += 100) {
    const batch = Array.from({ length: Math.min(100, opts.cases - i) }, (_, k) => ({
      name: `Benchmark matter ${i + k + 1}`,
      codename: `BENCH${i + k + 1}`,
      dealType: 'merger' as const,
      createdBy: counsel.id,
      updatedBy: counsel.id,
    }));
    const rows = await db.insert(cases).values(batch).returning({ id: cases.id });
    await db.insert(caseMembers).values(rows.map((r) => ({ caseId: r.id, userId: counsel.id, addedBy: counsel.id })));
    caseIds.push(...rows.map((r) => r.id));
  }
  const [last] = await db.select({ seq: auditEvents.seq, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  let prev = last?.hash ?? GENESIS_HASH;
  let seq = last?.seq ?? 0;
  const start = Date.now() - opts.events * 1000;
  for (let i = 0; i < opts.events; i += 1000) {
    const rows = [];
    for (let k = 0; k < Math.min(1000, opts.events - i); k++) {
      seq++;
      const content = {
        seq,
        occurredAt: new Date(start + (i + k) * 1000).toISOString(),
        actorId: counsel.id,
        actorEmail: counsel.email,
        action: 'case.update',
        entityType: 'case',
        entityId: caseIds[(i + k) % caseIds.length],
        caseId: caseIds[(i + k) % caseIds.length],
        changes: { description: { before: `v${i + k}`, after: `v${i + k + 1}` } },
        ip: '127.0.0.1',
        userAgent: 'bench',
        prevHash: prev,
      };
      const hash = hashAuditContent(content);
      rows.push({ ...content, occurredAt: new Date(content.occurredAt), hash });
      prev = hash;
    }
    await db.insert(auditEvents).values(rows);
  }
  await db.execute(sql`select setval(pg_get_serial_sequence('audit_events', 'seq'), ${seq})`);
}

