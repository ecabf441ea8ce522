import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../fixtures/db';
import { caseInput, createCaseWith, createUser } from '../fixtures/factories';
import { verifyAuditChain } from '@/lib/audit';
import { updateCase } from '@/lib/cases/update-case';
import { auditEvents } from '@/db/schema';

const t = useTestDatabase();

async function someHistory() {
  const counsel = await createUser({ role: 'counsel' });
  const caseId = await createCaseWith({ counsel });
  await updateCase({ actor: counsel, caseId, input: { ...caseInput({ name: 'Second name' }), version: 0 } });
  await updateCase({ actor: counsel, caseId, input: { ...caseInput({ name: 'Third name' }), version: 1 } });
  return caseId;
}

describe('the audit chain', () => {
  it('verifies an untouched chain and reports its head', async () => {
    await someHistory();
    const report = await verifyAuditChain(t.db);
    expect(report.ok).toBe(true);
    if (report.ok) {
      expect(report.count).toBeGreaterThanOrEqual(4);
      expect(report.headHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    await someHistory();
    const refusal = (q: ReturnType<typeof sql>) =>
      t.db.execute(q).then(
        () => 'accepted',
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    expect(await refusal(sql`update audit_events set action = 'x'`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from audit_events`)).toMatch(/append-only/);
    expect(await refusal(sql`truncate audit_events`)).toMatch(/append-only/);
  });

  it('keeps the chain whole when events are written concurrently', async () => {
    const counsel = await createUser({ role: 'counsel' });
    await Promise.all(Array.from({ length: 8 }, () => createCaseWith({ counsel })));
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('detects a row altered through a connection that bypasses the trigger', async () => {
    await someHistory();
    const [victim] = await t.db.select({ seq: auditEvents.seq }).from(auditEvents).where(sql`${auditEvents.action} = 'case.update'`).limit(1);
    // A superuser can switch triggers off for a session: exactly the tampering the hash chain exists to catch.
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit_events set changes = '{"name":{"before":"x","after":"forged"}}'::jsonb where seq = ${victim.seq}`);
    });
    const report = await verifyAuditChain(t.db);
    expect(report.ok).toBe(false);
    if (!report.ok) {
      expect(report.brokenAt).toBe(victim.seq);
      expect(report.reason).toMatch(/altered/);
    }
  });
});
