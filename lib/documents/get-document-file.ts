import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documents } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import { NotFoundError } from '@/lib/core/errors';

/** A registered PDF's bytes for a member allowed to download; the download is recorded. */
export async function getDocumentFile(opts: { actor: SessionUser; caseId: string; documentId: string }) {
  const { actor, caseId, documentId } = opts;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'download');
    if (!isUuid(documentId)) throw new NotFoundError('This document');
    const [doc] = await tx
      .select({ id: documents.id, number: documents.number, sha256: documents.sha256, bytes: documents.bytes, kind: documents.kind, edition: documents.edition, version: documents.version })
      .from(documents)
      .where(and(eq(documents.id, documentId), eq(documents.caseId, caseId)));
    if (!doc) throw new NotFoundError('This document');
    await recordAudit(tx, actor, { action: 'document.download', entityType: 'document', entityId: doc.id, caseId, changes: { number: doc.number, sha256: doc.sha256 } });
    return { fileName: `${doc.number}.pdf`, sha256: doc.sha256, bytes: doc.bytes };
  });
}
