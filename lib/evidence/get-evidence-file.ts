import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { evidenceFiles } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import { ForbiddenError, NotFoundError } from '@/lib/core/errors';

/**
 * A file's bytes for download, to case members only (the policy's 'download-evidence'): anyone
 * else, administrators included, is told it does not exist. Each download is recorded: evidence leaving the system is part of the trail.
 */
export async function getEvidenceFile(opts: { actor: SessionUser; caseId: string; fileId: string }) {
  const { actor, caseId, fileId } = opts;
  if (!isUuid(fileId)) throw new NotFoundError('This file');
  const db = await getDb();
  return db.transaction(async (tx) => {
    try {
      await requireCaseAbility(tx, actor, caseId, 'download-evidence');
    } catch (err) {
      if (err instanceof ForbiddenError) throw new NotFoundError('This file');
      throw err;
    }
    const [file] = await tx
      .select({ id: evidenceFiles.id, itemId: evidenceFiles.itemId, fileName: evidenceFiles.fileName, revision: evidenceFiles.revision, contentType: evidenceFiles.contentType, sha256: evidenceFiles.sha256, content: evidenceFiles.content })
      .from(evidenceFiles)
      .where(and(eq(evidenceFiles.id, fileId), eq(evidenceFiles.caseId, caseId)));
    if (!file) throw new NotFoundError('This file');
    await recordAudit(tx, actor, { action: 'evidence.download', entityType: 'evidence_file', entityId: file.id, caseId, changes: { itemId: file.itemId, fileName: file.fileName, revision: file.revision, sha256: file.sha256 } });
    return file;
  });
}
