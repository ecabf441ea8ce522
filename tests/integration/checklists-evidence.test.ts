import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../fixtures/db';
import { checklistWorld, itemView, readyItem } from './checklists-setup';
import { uploadEvidence } from '@/lib/evidence/upload-evidence';
import { getEvidenceFile } from '@/lib/evidence/get-evidence-file';
import { approveItem } from '@/lib/checklists/approve-item';
import { sha256Hex } from '@/lib/audit';
import { listAuditEvents } from '@/lib/audit/list-events';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { env } from '@/lib/env';

useTestDatabase();

const enc = (s: string) => new TextEncoder().encode(s);
const pdf = (s: string) => enc(`%PDF-1.7\n${s}\n%%EOF`);

describe('evidence files', () => {
  it('stores the bytes, computes the SHA-256 and keeps earlier revisions of the same name downloadable', async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    const first = await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'Board deck.pdf', bytes: pdf('one') });
    const second = await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'board deck.PDF', bytes: pdf('two') });
    await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'Ανάλυση μεριδίων.csv', bytes: enc('firm,share\nA,30\n') });
    expect(first).toMatchObject({ revision: 1, sha256: sha256Hex(pdf('one')) });
    expect(second).toMatchObject({ revision: 2, sha256: sha256Hex(pdf('two')) });
    const view = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    const deck = view.evidence.find((e) => e.current.nameKey === 'board deck.pdf')!;
    expect(deck.current.revision).toBe(2);
    expect(deck.earlier.map((r) => r.revision)).toEqual([1]);
    expect(view.evidence).toHaveLength(2);
    expect(view.item.status).toBe('in-progress');
    const old = await getEvidenceFile({ actor: w.reviewer, caseId: w.caseId, fileId: first.id });
    expect(new TextDecoder().decode(old.content)).toContain('one');
    expect(old.contentType).toBe('application/pdf');
    expect(sha256Hex(old.content)).toBe(first.sha256);
    // The database refuses to rewrite or delete evidence.
    const refusal = (q: ReturnType<typeof sql>) => w.db.execute(q).then(() => 'accepted', (e: Error & { cause?: Error }) => e.cause?.message ?? e.message);
    expect(await refusal(sql`update evidence_files set sha256 = 'x'`)).toMatch(/cannot be changed/);
    expect(await refusal(sql`delete from evidence_files`)).toMatch(/cannot be changed/);
  });

  it('refuses content that does not match the declared type, executables, unknown types and oversize files', async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    const up = (fileName: string, bytes: Uint8Array) => uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName, bytes });
    const refusal = async (fileName: string, bytes: Uint8Array, pattern: RegExp) => {
      const err = await up(fileName, bytes).catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect(err.fieldErrors.file).toMatch(pattern);
    };
    await refusal('report.pdf', enc('<html>not a pdf</html>'), /not a PDF/);
    await refusal('setup.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0x00]), /Windows executable/);
    await refusal('tool.png', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1]), /Linux executable/);
    await refusal('run.txt', enc('#!/bin/sh\nrm -rf /\n'), /script/);
    await refusal('mac.jpg', new Uint8Array([0xcf, 0xfa, 0xed, 0xfe, 7, 0]), /Mach-O/);
    await refusal('data.csv', new Uint8Array([0x61, 0x00, 0x62]), /NUL/);
    await refusal('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), /UTF-8/);
    await refusal('photo.jpeg', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /not a JPEG/);
    await refusal('notes.docx', enc('PK\u0003\u0004 [Content_Types].xml xl/workbook.xml'), /different Office document/);
    await refusal('malware.exe', enc('hello'), /Only PDF, DOCX/);
    await refusal('empty.pdf', new Uint8Array(0), /empty/);
    const big = new Uint8Array(env.MAX_UPLOAD_MB * 1024 * 1024 + 1);
    big.set(enc('%PDF-'));
    await refusal('big.pdf', big, new RegExp(`limit is ${env.MAX_UPLOAD_MB} MB`));
    const view = await itemView(w.preparer, w.caseId, w.checklistId, itemId);
    expect(view.evidence).toHaveLength(0);
    expect(view.item.status).toBe('not-started');
  });

  it('lapses an approval when evidence changes, but not for an identical re-upload', async () => {
    const w = await checklistWorld();
    const { itemId } = await readyItem(w, 1);
    await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'memo.txt', bytes: enc('v1') });
    const { item } = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    await approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: item.contentHash } });
    const same = await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'memo.txt', bytes: enc('v1') });
    expect(same).toMatchObject({ revision: 2, lapsed: false });
    expect((await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).item.status).toBe('approved');
    const changed = await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'memo.txt', bytes: enc('v2') });
    expect(changed).toMatchObject({ revision: 3, lapsed: true });
    const view = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    expect(view.item.status).toBe('ready-for-review');
    expect(view.lapsedApprovals[0].lapseReason).toMatch(/evidence changed \(memo.txt revision 3\)/);
    expect(await listAuditEvents({ actor: w.reviewer, caseId: w.caseId, filter: { action: 'checklist-item.approval-lapse' } })).toHaveLength(1);
  });

  it('uploads only for editors and downloads only for members: others are told it does not exist', async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    const file = await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'a.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]) });
    await expect(uploadEvidence({ actor: w.reviewer, caseId: w.caseId, itemId, fileName: 'b.txt', bytes: enc('x') })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(uploadEvidence({ actor: w.outsider, caseId: w.caseId, itemId, fileName: 'b.txt', bytes: enc('x') })).rejects.toBeInstanceOf(NotFoundError);
    for (const actor of [w.preparer, w.reviewer, w.auditor]) {
      expect((await getEvidenceFile({ actor, caseId: w.caseId, fileId: file.id })).fileName).toBe('a.png');
    }
    for (const actor of [w.outsider, w.admin]) {
      await expect(getEvidenceFile({ actor, caseId: w.caseId, fileId: file.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getEvidenceFile({ actor: w.preparer, caseId: w.caseId, fileId: 'not-a-uuid' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listAuditEvents({ actor: w.preparer, caseId: w.caseId, filter: { action: 'evidence.download' } })).toHaveLength(3);
  });
});
