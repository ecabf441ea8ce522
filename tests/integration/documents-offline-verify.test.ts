import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addParty } from '@/lib/cases/save-party';
import { updateCase } from '@/lib/cases/update-case';
import { getCase } from '@/lib/cases/get-case';
import { buildAuditorPackage } from '@/lib/documents/exports/auditor-package';
import { getCaseExport } from '@/lib/documents/exports/get-export';
import { generateDocumentNow } from '@/lib/documents/run-generation';
import { verifyDocument } from '@/lib/documents/verify-document';
import { useTestDatabase } from '../fixtures/db';
import { caseInput, createCaseWith, createUser } from '../fixtures/factories';
import { readZip } from '../e2e/documents/read-zip';

useTestDatabase();

/** Unpacks the package into a folder and returns a runner for its verifier. */
function unpack(bytes: Uint8Array, fileName: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pkg-verify-'));
  const files = readZip(Buffer.from(bytes));
  const root = fileName.replace(/\.zip$/, '');
  for (const [name, data] of files) {
    const to = path.join(dir, name);
    mkdirSync(path.dirname(to), { recursive: true });
    writeFileSync(to, data);
  }
  const folder = path.join(dir, root);
  const verify = (chainJson?: string) => {
    if (chainJson !== undefined) writeFileSync(path.join(folder, 'audit', 'tampered.json'), chainJson);
    const r = spawnSync(process.execPath, ['audit/verify-chain.mjs', chainJson === undefined ? 'audit/audit-events.json' : 'audit/tampered.json'], { cwd: folder, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}`.trim() };
  };
  return { files, root, folder, verify };
}

describe('the auditor package, checked offline', () => {
  it('verifies a case-scoped chain with node alone, and names the first event changed by one byte', async () => {
    const counsel = await createUser({ role: 'counsel', name: 'Clara Offline' });
    const auditor = await createUser({ role: 'auditor' });
    const other = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel, members: [auditor], input: { name: 'Project Offline', codename: 'OFFLINE' } });
    // Another matter's events interleave with this case's in the one global chain.
    const otherCase = await createCaseWith({ counsel: other, input: { name: 'Project Elsewhere', codename: 'ELSEWHERE', description: 'Secret of another matter.' } });
    await addParty({ actor: counsel, caseId, input: { name: 'Ανθρωπική Α.Ε.', role: 'acquirer', country: 'Greece', ultimateParent: '' } });
    await addParty({ actor: other, caseId: otherCase, input: { name: 'Other Target Ltd', role: 'target', country: '', ultimateParent: '' } });
    const c = (await getCase({ actor: counsel, caseId })).case;
    await updateCase({ actor: counsel, caseId, input: { ...caseInput({ name: c.name, codename: c.codename, description: 'Updated: 8,400 GPUs.' }), version: c.version } });
    await generateDocumentNow({ actor: counsel, caseId, input: { kind: 'hsr-summary', edition: 'confidential' } });
    await generateDocumentNow({ actor: counsel, caseId, input: { kind: 'hsr-summary', edition: 'confidential' } });

    const pkg = await buildAuditorPackage({ actor: auditor, caseId });
    const { files, root, verify } = unpack(pkg.bytes, pkg.fileName);
    const read = (p: string) => files.get(`${root}/${p}`)!.toString('utf8');

    expect(verify()).toMatchObject({ status: 0 });
    expect(verify().out).toMatch(/^intact: \d+ event\(s\) of this case recomputed, linked from the first event to head #\d+ [0-9a-f]{64}$/);
    const chain = JSON.parse(read('audit/audit-events.json'));
    const own = chain.chain.filter((x: { type: string }) => x.type === 'event');
    expect(own.length).toBeGreaterThan(4);
    expect(own.every((e: { caseId: string }) => e.caseId === caseId)).toBe(true);
    expect(read('audit/audit-events.json')).not.toContain('Secret of another matter');
    expect(chain.chain.some((x: { type: string }) => x.type === 'other-events')).toBe(true);
    for (const field of ['actorId', 'prevHash', 'ip', 'userAgent', 'caseId', 'changes']) expect(own[0]).toHaveProperty(field);

    // One byte changed in any field of any event: the verifier names that event.
    const text = read('audit/audit-events.json');
    const targets = [own[0], own[Math.floor(own.length / 2)], own[own.length - 1]];
    for (const [i, e] of targets.entries()) {
      const tampered = JSON.parse(text);
      const ev = tampered.chain.find((x: { seq: number; type: string }) => x.type === 'event' && x.seq === e.seq);
      const field = (['action', 'occurredAt', 'actorId'] as const)[i];
      ev[field] = ev[field].slice(0, -1) + (ev[field].endsWith('a') ? 'b' : 'a');
      const r = verify(JSON.stringify(tampered));
      expect(r.status).toBe(1);
      expect(r.out).toMatch(new RegExp(`^BROKEN at event #${e.seq}: its content does not match its hash`));
    }
    const changes = JSON.parse(text);
    const updated = changes.chain.find((x: { action?: string }) => x.action === 'case.update');
    updated.changes = JSON.parse(JSON.stringify(updated.changes).replace('8,400', '8,401'));
    expect(verify(JSON.stringify(changes)).out).toMatch(new RegExp(`^BROKEN at event #${updated.seq}`));
    // A removed event is noticed too.
    const removed = JSON.parse(text);
    removed.chain = removed.chain.filter((x: { seq?: number }) => x.seq !== own[1].seq);
    expect(verify(JSON.stringify(removed)).out).toMatch(new RegExp(`^BROKEN at (event #|events #)`));

    // The register holds every version, the manifest every file, README included.
    const register = JSON.parse(read('documents/register.json'));
    expect(register.documents.map((d: { number: string }) => d.number)).toEqual(['OFFLINE-HSR-C-v1', 'OFFLINE-HSR-C-v2']);
    const manifest = JSON.parse(read('manifest.json'));
    const listed = new Set(manifest.files.map((f: { path: string }) => f.path));
    for (const name of files.keys()) {
      const rel = name.slice(root.length + 1);
      if (rel !== 'manifest.json' && rel !== 'manifest.sha256') expect(listed.has(rel), rel).toBe(true);
    }
    expect(read('manifest.sha256')).toContain('  manifest.json\n');
    expect(read('README.txt')).toContain('node audit/verify-chain.mjs audit/audit-events.json');
    expect(read('audit/verify-chain.mjs')).not.toMatch(/from '(?!node:)/);

    // The Verify page recognises the exports the application produced: the package, a file in it, a download.
    const fromPackage = await verifyDocument({ actor: counsel, input: { bytes: files.get(`${root}/exports/clusters.json`)! } });
    expect(fromPackage.matches).toEqual([]);
    expect(fromPackage.exports).toMatchObject([{ caseId, what: 'exports/clusters.json in the auditor package' }]);
    expect((await verifyDocument({ actor: auditor, input: { bytes: pkg.bytes } })).exports).toMatchObject([{ caseId, what: 'the auditor package' }]);
    const csv = await getCaseExport({ actor: auditor, caseId, name: 'audit-events.csv' });
    expect((await verifyDocument({ actor: counsel, input: { bytes: Buffer.from(csv.body, 'utf8') } })).exports).toMatchObject([{ caseId, what: 'audit-events.csv' }]);
    // Walled: another matter's counsel learns nothing.
    expect((await verifyDocument({ actor: other, input: { bytes: pkg.bytes } })).exports).toEqual([]);
  });
});
