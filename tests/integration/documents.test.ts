import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, documentJobs, documents } from '@/db/schema';
import { sha256Hex } from '@/lib/audit';
import { addParty } from '@/lib/cases/save-party';
import { removeMember } from '@/lib/cases/members';
import { getDocumentFile } from '@/lib/documents/get-document-file';
import { getDocumentJob } from '@/lib/documents/get-job';
import { listDocuments } from '@/lib/documents/list-documents';
import { generateDocumentNow, runDocumentJob } from '@/lib/documents/run-generation';
import { startDocumentGeneration } from '@/lib/documents/start-generation';
import { verifyDocument } from '@/lib/documents/verify-document';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { useTestDatabase } from '../fixtures/db';
import { createCaseWith, createUser } from '../fixtures/factories';
import { PARTY_NAMES } from '../unit/documents/fixtures';
import { pdftotext, skipPoppler, writeTemp } from '../unit/pdf/poppler';

useTestDatabase();

/** Codenames without digits: a digit in a codename is a figure the non-confidential edition would refuse. */
const randomLetters = () => Array.from({ length: 6 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');

async function world() {
  const counsel = await createUser({ role: 'counsel', name: 'Clara Registry' });
  const reviewer = await createUser({ role: 'reviewer' });
  const auditor = await createUser({ role: 'auditor' });
  const outsider = await createUser({ role: 'counsel', name: 'Otto Outsider' });
  const admin = await createUser({ role: 'admin' });
  const caseId = await createCaseWith({ counsel, members: [reviewer, auditor], input: { name: `Project Kolossos: ${PARTY_NAMES.greek} ← ${PARTY_NAMES.cyrillic}`, codename: `KOL${randomLetters()}` } });
  for (const [name, role] of [[PARTY_NAMES.greek, 'acquirer'], [PARTY_NAMES.cyrillic, 'target'], [PARTY_NAMES.cjk, 'other']] as const) {
    await addParty({ actor: counsel, caseId, input: { name, role, country: '', ultimateParent: '' } });
  }
  return { counsel, reviewer, auditor, outsider, admin, caseId };
}

async function stored(documentId: string) {
  const [d] = await (await getDb()).select().from(documents).where(eq(documents.id, documentId));
  return d;
}

describe('the document registry', () => {
  it('registers every generation as a new version with its hash, snapshot and audit event', async () => {
    const w = await world();
    const first = await generateDocumentNow({ actor: w.counsel, caseId: w.caseId, input: { kind: 'form-co', edition: 'confidential' } });
    expect(first).toMatchObject({ status: 'succeeded', error: null });
    const second = await generateDocumentNow({ actor: w.counsel, caseId: w.caseId, input: { kind: 'form-co', edition: 'confidential' } });
    const [d1, d2] = [await stored(first.documentId!), await stored(second.documentId!)];
    expect([d1.version, d2.version]).toEqual([1, 2]);
    expect(d2.number).toMatch(/-FCO-C-v2$/);
    expect(d2.sha256).toBe(sha256Hex(d2.bytes));
    expect(d2.sizeBytes).toBe(d2.bytes.length);
    expect(Buffer.from(d2.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(d2.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d2.snapshotSha256).toBe(d1.snapshotSha256); // same case data, same snapshot
    expect(d2.sha256).not.toBe(d1.sha256); // but a new file: version and time differ

    const list = await listDocuments({ actor: w.auditor, caseId: w.caseId });
    expect(list.documents.map((d) => [d.version, d.current])).toEqual([[2, true], [1, false]]);
    expect(list.permissions).toEqual({ generate: false, download: true });

    const events = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.caseId, w.caseId), eq(auditEvents.action, 'document.generate')));
    expect(events.map((e) => (e.changes as { sha256: string }).sha256).sort()).toEqual([d1.sha256, d2.sha256].sort());

    // The registry is immutable.
    const db = await getDb();
    await expect(db.update(documents).set({ title: 'edited' }).where(eq(documents.id, d1.id))).rejects.toThrow();
    await expect(db.delete(documents).where(eq(documents.id, d1.id))).rejects.toThrow();
  });

  it.skipIf(skipPoppler)('prints the parties in Greek, Cyrillic and CJK as text', async () => {
    const w = await world();
    const r = await generateDocumentNow({ actor: w.counsel, caseId: w.caseId, input: { kind: 'hsr-summary', edition: 'confidential' } });
    const text = pdftotext(writeTemp('hsr.pdf', (await stored(r.documentId!)).bytes));
    for (const name of Object.values(PARTY_NAMES)) expect(text).toContain(name);
  });

  it('verifies the registered bytes, rejects a copy with one byte changed, and hides other cases', async () => {
    const w = await world();
    const r = await generateDocumentNow({ actor: w.counsel, caseId: w.caseId, input: { kind: 'hsr-summary', edition: 'non-confidential' } });
    const d = await stored(r.documentId!);

    const ok = await verifyDocument({ actor: w.auditor, input: { bytes: d.bytes } });
    expect(ok.matches).toHaveLength(1);
    expect(ok.matches[0]).toMatchObject({ caseId: w.caseId, version: 1, kindLabel: 'HSR filing summary', editionLabel: 'Non-confidential', generatedByName: 'Clara Registry', intact: true });
    expect((await verifyDocument({ actor: w.reviewer, input: { sha256: d.sha256.toUpperCase() } })).matches).toHaveLength(1);

    const tampered = new Uint8Array(d.bytes);
    tampered[Math.floor(tampered.length / 2)] ^= 0x01;
    expect((await verifyDocument({ actor: w.counsel, input: { bytes: tampered } })).matches).toEqual([]);

    // A non-member learns nothing: no match for the file, the hash, and 404 for the download.
    expect((await verifyDocument({ actor: w.outsider, input: { bytes: d.bytes } })).matches).toEqual([]);
    expect((await verifyDocument({ actor: w.outsider, input: { sha256: d.sha256 } })).matches).toEqual([]);
    await expect(getDocumentFile({ actor: w.outsider, caseId: w.caseId, documentId: d.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listDocuments({ actor: w.outsider, caseId: w.caseId })).rejects.toBeInstanceOf(NotFoundError);
    // Admins may read every case, so they may verify and download.
    expect((await verifyDocument({ actor: w.admin, input: { sha256: d.sha256 } })).matches).toHaveLength(1);

    await expect(verifyDocument({ actor: w.counsel, input: { sha256: 'not-a-hash' } })).rejects.toThrow();
    await expect(verifyDocument({ actor: w.counsel, input: { bytes: new Uint8Array() } })).rejects.toBeInstanceOf(ValidationError);
  });

  it('serves downloads to members only, within the case, and records them', async () => {
    const w = await world();
    const other = await world();
    const r = await generateDocumentNow({ actor: w.counsel, caseId: w.caseId, input: { kind: 'form-co', edition: 'non-confidential' } });
    const file = await getDocumentFile({ actor: w.auditor, caseId: w.caseId, documentId: r.documentId! });
    expect(file.fileName).toMatch(/-FCO-NC-v1\.pdf$/);
    expect(sha256Hex(file.bytes)).toBe(file.sha256);
    // The right document through the wrong case is not found, even for a member of that case.
    await expect(getDocumentFile({ actor: other.counsel, caseId: other.caseId, documentId: r.documentId! })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDocumentFile({ actor: w.auditor, caseId: w.caseId, documentId: 'nonsense' })).rejects.toBeInstanceOf(NotFoundError);
    const downloads = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.caseId, w.caseId), eq(auditEvents.action, 'document.download')));
    expect(downloads).toHaveLength(1);
  });

  it('lets counsel generate, refuses reviewers and auditors, and hides the case from outsiders', async () => {
    const w = await world();
    const input = { kind: 'form-co' as const, edition: 'confidential' as const };
    await expect(startDocumentGeneration({ actor: w.reviewer, caseId: w.caseId, input })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(startDocumentGeneration({ actor: w.auditor, caseId: w.caseId, input })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(startDocumentGeneration({ actor: w.outsider, caseId: w.caseId, input })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startDocumentGeneration({ actor: w.counsel, caseId: w.caseId, input: { kind: 'concentration-annex', edition: 'confidential' } })).rejects.toThrow(/at least one saved analysis/);
    await expect(startDocumentGeneration({ actor: w.counsel, caseId: w.caseId, input: { kind: 'audit-report', edition: 'confidential', from: '2026-02-30' } })).rejects.toThrow();
    await expect(startDocumentGeneration({ actor: w.counsel, caseId: w.caseId, input: { kind: 'form-co', edition: 'confidential', savedAnalysisIds: ['00000000-0000-4000-8000-000000000000'] } })).rejects.toBeInstanceOf(ValidationError);
  });

  it('runs one generation per document and edition at a time, and shows its progress', async () => {
    const w = await world();
    const input = { kind: 'audit-report' as const, edition: 'confidential' as const };
    const { jobId } = await startDocumentGeneration({ actor: w.counsel, caseId: w.caseId, input });
    await expect(startDocumentGeneration({ actor: w.counsel, caseId: w.caseId, input })).rejects.toThrow(/already being generated/);
    // Another edition may run beside it.
    const other = await startDocumentGeneration({ actor: w.counsel, caseId: w.caseId, input: { ...input, edition: 'non-confidential' } });
    expect(await getDocumentJob({ actor: w.auditor, caseId: w.caseId, jobId })).toMatchObject({ status: 'queued', progress: 0 });
    await Promise.all([runDocumentJob(jobId), runDocumentJob(other.jobId)]);
    const done = await getDocumentJob({ actor: w.auditor, caseId: w.caseId, jobId });
    expect(done).toMatchObject({ status: 'succeeded', progress: 100 });
    expect(done.number).toMatch(/-AUD-C-v1$/);
    await expect(getDocumentJob({ actor: w.outsider, caseId: w.caseId, jobId })).rejects.toBeInstanceOf(NotFoundError);
    // Finished: the next one may start.
    await expect(startDocumentGeneration({ actor: w.counsel, caseId: w.caseId, input })).resolves.toHaveProperty('jobId');
  });

  it('shows the error of a failed generation and registers nothing', async () => {
    const w = await world();
    const { jobId } = await startDocumentGeneration({ actor: w.counsel, caseId: w.caseId, input: { kind: 'form-co', edition: 'confidential' } });
    // The requester leaves the case before the job runs: the data is gathered as them, so it fails.
    const colleague = await createUser({ role: 'counsel' });
    const db = await getDb();
    const { caseMembers } = await import('@/db/schema');
    await db.insert(caseMembers).values({ caseId: w.caseId, userId: colleague.id, addedBy: w.counsel.id });
    await removeMember({ actor: colleague, caseId: w.caseId, userId: w.counsel.id });
    await runDocumentJob(jobId);
    const job = await getDocumentJob({ actor: w.auditor, caseId: w.caseId, jobId });
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/does not exist or you do not have access/);
    expect(job.documentId).toBeNull();
    expect(await db.select().from(documents).where(eq(documents.caseId, w.caseId))).toEqual([]);
    const [failed] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, jobId), eq(auditEvents.action, 'document.generation-fail')));
    expect(failed).toBeDefined();
    const [row] = await db.select({ status: documentJobs.status }).from(documentJobs).where(eq(documentJobs.id, jobId));
    expect(row.status).toBe('failed');
  });
});
