import { and, sql, desc, eq, gt, inArray, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documentJobs, documents, users } from '@/db/schema';
import { can, requireCaseAbility, type SessionUser } from '@/lib/access';
import { listSavedAnalyses } from '@/lib/markets/list-saved-analyses';
import { DOCUMENT_EDITIONS, DOCUMENT_KINDS } from './kinds';

/** Failed generations stay on the tab this long, so the person who started one sees why. */
const SHOW_FAILED_MS = 3600_000;

/**
 * The Documents tab: every registered version (newest first, without the bytes), which are
 * current, the generations in progress or recently failed, and the saved analyses to draw on.
 */
export async function listDocuments(opts: { actor: SessionUser; caseId: string }) {
  const { actor, caseId } = opts;
  const db = await getDb();
  const access = await requireCaseAbility(db, actor, caseId, 'read');
  const [rows, jobs, analyses] = await Promise.all([
    db
      .select({
        id: documents.id, kind: documents.kind, edition: documents.edition, version: documents.version, number: documents.number,
        sha256: documents.sha256, sizeBytes: documents.sizeBytes, pageCount: documents.pageCount, savedAnalysisId: documents.savedAnalysisId,
        snapshotSha256: documents.snapshotSha256, warnings: documents.warnings, generatedAt: documents.generatedAt, generatedByName: users.name,
      })
      .from(documents)
      .innerJoin(users, eq(users.id, documents.generatedBy))
      .where(eq(documents.caseId, caseId))
      .orderBy(desc(documents.generatedAt), desc(documents.version)),
    db
      .select({ id: documentJobs.id, kind: documentJobs.kind, edition: documentJobs.edition, status: documentJobs.status, progress: documentJobs.progress, stage: documentJobs.stage, error: documentJobs.error, refused: sql<boolean>`${documentJobs.findings} is not null`, createdAt: documentJobs.createdAt, requestedByName: users.name })
      .from(documentJobs)
      .innerJoin(users, eq(users.id, documentJobs.requestedBy))
      .where(and(eq(documentJobs.caseId, caseId), or(inArray(documentJobs.status, ['queued', 'running']), and(eq(documentJobs.status, 'failed'), gt(documentJobs.createdAt, new Date(Date.now() - SHOW_FAILED_MS))))))
      .orderBy(desc(documentJobs.createdAt))
      .limit(20),
    listSavedAnalyses({ actor, caseId }),
  ]);
  const current = new Set<string>();
  for (const kind of DOCUMENT_KINDS) {
    for (const edition of DOCUMENT_EDITIONS) {
      const latest = rows.filter((r) => r.kind === kind && r.edition === edition).sort((a, b) => b.version - a.version)[0];
      if (latest) current.add(latest.id);
    }
  }
  return {
    codename: access.codename,
    documents: rows.map((r) => ({ ...r, current: current.has(r.id) })),
    jobs,
    analyses: analyses.map((a) => ({ id: a.id, title: a.title, marketName: a.marketName, scenarioName: a.scenarioName, createdAt: a.createdAt, createdByName: a.createdByName })),
    permissions: {
      generate: can(actor, 'edit', access),
      download: can(actor, 'download', access),
    },
  };
}
export type DocumentList = Awaited<ReturnType<typeof listDocuments>>;
