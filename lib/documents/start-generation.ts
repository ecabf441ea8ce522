import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documentJobs, savedAnalyses } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { ValidationError } from '@/lib/core/errors';
import { DOCUMENT_KIND_LABELS, EDITION_LABELS } from './kinds';
import { generateDocumentSchema, type GenerateDocumentInput } from './schemas';
import { uniqueViolation } from '@/lib/core/db-errors';

/** A job that has not reported for this long was cut off (the server stopped mid-way). */
export const STALE_JOB_MS = 10 * 60_000;


/**
 * Queues the generation of one document (counsel of the case). The caller runs it with
 * `runDocumentJob` after answering the request; the page polls the job for progress.
 */
export async function startDocumentGeneration(opts: { actor: SessionUser; caseId: string; input: GenerateDocumentInput }) {
  const { actor, caseId } = opts;
  const input = generateDocumentSchema.parse(opts.input);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await requireCaseAbility(tx, actor, caseId, 'edit');
      if (input.savedAnalysisIds.length) {
        const found = await tx.select({ id: savedAnalyses.id }).from(savedAnalyses)
          .where(and(eq(savedAnalyses.caseId, caseId), inArray(savedAnalyses.id, input.savedAnalysisIds)));
        if (found.length !== input.savedAnalysisIds.length) {
          throw new ValidationError('Some fields need attention.', { savedAnalysisIds: 'A chosen saved analysis does not exist in this case.' });
        }
      }
      await tx.update(documentJobs)
        .set({ status: 'failed', error: 'Interrupted: the server stopped during generation. Nothing was registered.', finishedAt: new Date() })
        .where(and(eq(documentJobs.caseId, caseId), inArray(documentJobs.status, ['queued', 'running']), lt(documentJobs.updatedAt, new Date(Date.now() - STALE_JOB_MS))));
      const [job] = await tx.insert(documentJobs)
        .values({ caseId, kind: input.kind, edition: input.edition, options: input, requestedBy: actor.id, updatedAt: sql`now()` })
        .returning({ id: documentJobs.id });
      await recordAudit(tx, actor, { action: 'document.generation-start', entityType: 'document_job', entityId: job.id, caseId, changes: { kind: input.kind, edition: input.edition, options: input } });
      return { jobId: job.id };
    });
  } catch (err) {
    if (!uniqueViolation(err)) throw err;
    throw new ValidationError(`A ${EDITION_LABELS[input.edition].toLowerCase()} ${DOCUMENT_KIND_LABELS[input.kind]} is already being generated for this case. Wait for it to finish, then generate again.`, { kind: 'Already being generated.' });
  }
}
