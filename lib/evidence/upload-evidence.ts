import { and, eq, max } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistItems, evidenceFiles } from '@/db/schema';
import { recordAudit, sha256Hex } from '@/lib/audit';
import { requireCaseAbility, type SessionUser, withContributor } from '@/lib/access';
import { hashOfItem, lapseApproval, loadItem } from '@/lib/checklists/item-store';
import { nextStatus } from '@/lib/checklists/state-machine';
import { env } from '@/lib/env';
import { ValidationError } from '@/lib/core/errors';
import { cleanFileName } from './file-name';
import { checkContent } from './sniff';
import { formatBytes } from '@/lib/format';
import { EVIDENCE_KINDS_TEXT, EVIDENCE_TYPES, extensionOf } from './types';

export const maxUploadBytes = () => env.MAX_UPLOAD_MB * 1024 * 1024;

function refuse(message: string): never {
  throw new ValidationError(message, { file: message });
}

/**
 * Attaches a file to an item. The server checks the content against the declared type, computes
 * the SHA-256 and stores the bytes; the same name again becomes a new revision, earlier ones stay.
 * Uploads do not bump the item's version (an answer being typed is not stale because a file
 * arrived): approval checks the content hash instead. A changed content hash on an approved item
 * makes the approval lapse.
 */
export async function uploadEvidence(opts: { actor: SessionUser; caseId: string; itemId: string; fileName: string; bytes: Uint8Array }) {
  const { actor, caseId, bytes } = opts;
  const fileName = cleanFileName(opts.fileName);
  if (!fileName) refuse('The file has no usable name.');
  const ext = extensionOf(fileName);
  if (!ext) refuse(`Only ${EVIDENCE_KINDS_TEXT} files can be attached; “${fileName}” is none of these.`);
  if (bytes.length > maxUploadBytes()) refuse(`The file is ${formatBytes(bytes.length)}; the limit is ${env.MAX_UPLOAD_MB} MB.`);
  const mismatch = checkContent(ext, bytes);
  if (mismatch) refuse(mismatch);
  const sha256 = sha256Hex(bytes);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const item = await loadItem(tx, caseId, opts.itemId, { lock: true });
    const hashBefore = await hashOfItem(tx, item);
    const nameKey = fileName.toLowerCase();
    const [last] = await tx.select({ n: max(evidenceFiles.revision) }).from(evidenceFiles).where(and(eq(evidenceFiles.itemId, item.id), eq(evidenceFiles.nameKey, nameKey)));
    const revision = (last?.n ?? 0) + 1;
    const now = new Date();
    const [row] = await tx
      .insert(evidenceFiles)
      .values({ itemId: item.id, caseId, fileName, nameKey, revision, contentType: EVIDENCE_TYPES[ext].mime, sizeBytes: bytes.length, sha256, content: bytes, uploadedBy: actor.id, uploadedAt: now })
      .returning({ id: evidenceFiles.id });
    const hashAfter = await hashOfItem(tx, item);
    const changed = hashAfter !== hashBefore;
    const move = nextStatus(item.status, 'edit');
    const status = changed && move.ok ? move.status : item.status;
    await tx
      .update(checklistItems)
      // Even an identical re-upload counts: whoever touched the evidence is no independent checker.
      .set({ status, preparerId: item.preparerId ?? actor.id, lastEditedBy: actor.id, lastEditedAt: now, contributors: withContributor(item.contributors, actor.id), updatedBy: actor.id, updatedAt: now })
      .where(eq(checklistItems.id, item.id));
    await recordAudit(tx, actor, {
      action: 'evidence.upload',
      entityType: 'evidence_file',
      entityId: row.id,
      caseId,
      changes: { itemId: item.id, fileName, revision, sizeBytes: bytes.length, sha256, contentType: EVIDENCE_TYPES[ext].mime, ...(status !== item.status ? { status: { before: item.status, after: status } } : {}) },
    });
    const lapsed = item.status === 'approved' && changed ? await lapseApproval(tx, actor, item, `evidence changed (${fileName} revision ${revision})`, hashAfter) : false;
    return { id: row.id, fileName, revision, sha256, sizeBytes: bytes.length, lapsed };
  });
}
