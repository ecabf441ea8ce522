import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { asc, desc, eq, gte, sql } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import { verifyAuditChain } from '@/lib/audit';
import { hashAuditContent } from '@/lib/audit/canonical';
import { getLatestCheckpoint, loadSigningKey, readCheckpoints, writeCheckpoint } from '@/lib/audit/checkpoint';
import { parseHead, verifyAnchors } from '@/lib/audit/verify-anchors';
import { updateCase } from '@/lib/cases/update-case';
import { useTestDatabase } from '../fixtures/db';
import { caseInput, createCaseWith, createUser } from '../fixtures/factories';

const t = useTestDatabase();

async function history(n = 3) {
  const counsel = await createUser({ role: 'counsel' });
  const caseId = await createCaseWith({ counsel });
  for (let v = 0; v < n; v++) await updateCase({ actor: counsel, caseId, input: { ...caseInput({ name: `Name ${v}` }), version: v } });
}

/** A fresh DATA_DIR with its own key and checkpoint log. */
function dataDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mr-cp-'));
}

async function check(dir: string, heads: { seq: number; hash: string; source: string }[] = []) {
  const chain = await verifyAuditChain(t.db);
  if (!chain.ok) return { ok: false as const, reason: `chain broken at #${chain.brokenAt}` };
  return verifyAnchors(t.db, { checkpoints: readCheckpoints({ dataDir: dir }).checkpoints, publicKey: loadSigningKey({ dataDir: dir })?.publicKey ?? null, heads });
}

/** What a superuser can do with triggers off: the append-only trigger cannot stop them. */
async function asSuperuser(fn: () => Promise<unknown>) {
  await t.db.execute(sql`alter table audit_events disable trigger user`);
  try {
    await fn();
  } finally {
    await t.db.execute(sql`alter table audit_events enable trigger user`);
  }
}

describe('signed checkpoints of the audit chain', () => {
  it('signs the head with a key kept in a 0600 file, once per head, and verifies it', async () => {
    const dir = dataDir();
    await history();
    const first = await writeCheckpoint(t.db, 'periodic', { dataDir: dir });
    expect(first).toMatchObject({ v: 1, reason: 'periodic', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(fs.statSync(path.join(dir, 'audit-signing-key.pem')).mode & 0o777).toBe(0o600);
    expect(await writeCheckpoint(t.db, 'again', { dataDir: dir })).toEqual(first); // same head: nothing appended
    expect(readCheckpoints({ dataDir: dir }).checkpoints).toHaveLength(1);
    await history(1);
    const second = await writeCheckpoint(t.db, 'shutdown', { dataDir: dir });
    expect(second!.seq).toBeGreaterThan(first!.seq);
    expect(getLatestCheckpoint({ dataDir: dir })).toEqual(second);
    expect(await check(dir)).toMatchObject({ ok: true, checked: 2, latest: { seq: second!.seq } });
  });

  it('detects a deleted tail that the hash chain alone passes', async () => {
    const dir = dataDir();
    await history();
    const cp = (await writeCheckpoint(t.db, 'report', { dataDir: dir }))!;
    await asSuperuser(() => t.db.delete(auditEvents).where(gte(auditEvents.seq, cp.seq)));
    expect((await verifyAuditChain(t.db)).ok).toBe(true); // the chain that is left is intact
    const res = await check(dir);
    expect(res).toMatchObject({ ok: false, reason: expect.stringMatching(new RegExp(`event #${cp.seq}.*missing.*deleted from the end`)) });
  });

  it('detects a full re-hash after an altered event, and a head given by hand does too', async () => {
    const dir = dataDir();
    await history(4);
    const cp = (await writeCheckpoint(t.db, 'package', { dataDir: dir }))!;
    const head = { ...parseHead(`${cp.seq}:${cp.hash}`)!, source: 'head given with --head' };
    const rows = await t.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    const from = rows.length - 3;
    await asSuperuser(async () => {
      // Alter one event, then recompute every later hash with the app's own function.
      let prev = rows[from - 1].hash;
      for (let i = from; i < rows.length; i++) {
        const { hash: _old, occurredAt, ...rest } = rows[i];
        const r = { ...rest, changes: i === from ? { name: { before: 'x', after: 'rewritten' } } : rest.changes, prevHash: prev };
        const hash = hashAuditContent({ ...r, occurredAt: occurredAt.toISOString() });
        await t.db.update(auditEvents).set({ changes: r.changes, prevHash: prev, hash }).where(eq(auditEvents.seq, r.seq));
        prev = hash;
      }
    });
    expect((await verifyAuditChain(t.db)).ok).toBe(true); // re-hashed: the chain alone says OK
    expect(await check(dir)).toMatchObject({ ok: false, reason: expect.stringMatching(/rewritten and re-hashed/) });
    expect(await check(dataDir(), [head])).toMatchObject({ ok: false, reason: expect.stringMatching(/--head/) });
  });

  it('refuses a checkpoint whose head was edited in the log (the signature no longer matches)', async () => {
    const dir = dataDir();
    await history();
    await writeCheckpoint(t.db, 'periodic', { dataDir: dir });
    const [, earlier] = await t.db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(2);
    const log = path.join(dir, 'audit-checkpoints.jsonl');
    const cp = JSON.parse(fs.readFileSync(log, 'utf8'));
    // Moved back to an earlier, real event: would hide a cut tail if the signature were not checked.
    fs.writeFileSync(log, JSON.stringify({ ...cp, seq: earlier.seq, hash: earlier.hash }) + '\n');
    expect(await check(dir)).toMatchObject({ ok: false, reason: expect.stringMatching(/valid signature/) });
  });
});

describe('npm run audit:verify', () => {
  const run = (env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/audit-verify.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', ...env } });

  it('refuses a folder that holds no database with exit 2, and creates nothing there', () => {
    const dir = path.join(dataDir(), 'typo');
    const r = run({ DATA_DIR: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/No audit trail here/);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('refuses an empty, freshly created database with exit 2', { timeout: 180_000 }, async () => {
    const dir = dataDir();
    const { openDatabase } = await import('@/db/client');
    await (await openDatabase({ dataDir: dir })).close();
    const r = run({ DATA_DIR: dir });
    expect(r.stderr).toMatch(/No audit trail here: the database holds no audit events/);
    expect(r.status).toBe(2);
  });

  it('refuses a malformed --head with exit 2', () => {
    const r = run({ DATA_DIR: dataDir() }, ['--head', '12:nothex']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--head takes/);
  });
});
