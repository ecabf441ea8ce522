import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documentJobs, documents } from '@/db/schema';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import { NotFoundError } from '@/lib/core/errors';

/** A generation job's progress, for a reader of its case (polled by the Documents tab). */
export async function getDocumentJob(opts: { actor: SessionUser; caseId: string; jobId: string }) {
  const { actor, caseId, jobId } = opts;
  const db = await getDb();
  await requireCaseAbility(db, actor, caseId, 'read');
  if (!isUuid(jobId)) throw new NotFoundError('This generation');
  const [job] = await db
    .select({
      id: documentJobs.id, kind: documentJobs.kind, edition: documentJobs.edition, status: documentJobs.status,
      progress: documentJobs.progress, stage: documentJobs.stage, error: documentJobs.error, findings: documentJobs.findings,
      documentId: documentJobs.documentId, number: documents.number, updatedAt: documentJobs.updatedAt,
    })
    .from(documentJobs)
    .leftJoin(documents, eq(documents.id, documentJobs.documentId))
    .where(and(eq(documentJobs.id, jobId), eq(documentJobs.caseId, caseId)));
  if (!job) throw new NotFoundError('This generation');
  const { findings, ...rest } = job;
  return { ...rest, refused: !!findings?.length, updatedAt: job.updatedAt.toISOString() };
}
export type DocumentJobView = Awaited<ReturnType<typeof getDocumentJob>>;
