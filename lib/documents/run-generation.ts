import { and, desc, eq, max } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documentJobs, documents, users } from '@/db/schema';
import { canonicalJson, recordAudit, sha256Hex } from '@/lib/audit';
import { checkpointNow } from '@/lib/audit/checkpoint';
import type { SessionUser } from '@/lib/access';
import { isDomainError, NotFoundError } from '@/lib/core/errors';
import { env } from '@/lib/env';
import { setFontDir } from '@/lib/pdf';
import { composeModel } from './compose';
import { documentNumber, DOCUMENT_KIND_LABELS } from './kinds';
import type { DocumentMeta } from './model';
import { Publication } from './publication';
import { UnmarkedFiguresError } from './unmarked-figures-error';
import { generateDocumentSchema, type GenerateDocumentInput } from './schemas';
import { gatherModel } from './sources/gather';
import { startDocumentGeneration } from './start-generation';

if (env.PDF_FONT_DIR) setFontDir(env.PDF_FONT_DIR);

/** Progress is written at most this often, or on a change of this many percent. */
const PROGRESS_MS = 400;
const PROGRESS_STEP = 5;

async function jobActor(userId: string): Promise<SessionUser> {
  const db = await getDb();
  const [u] = await db.select({ id: users.id, email: users.email, name: users.name, role: users.role, status: users.status }).from(users).where(eq(users.id, userId));
  if (!u || u.status !== 'active') throw new NotFoundError('The account that asked for this document');
  return { id: u.id, email: u.email, name: u.name, role: u.role };
}

/** The confidential edition a non-confidential one is drawn beside: the latest of the same kind. */
async function latestConfidential(caseId: string, kind: DocumentMeta['kind']) {
  const db = await getDb();
  const [doc] = await db.select({ id: documents.id, number: documents.number, sha256: documents.sha256 }).from(documents)
    .where(and(eq(documents.caseId, caseId), eq(documents.kind, kind), eq(documents.edition, 'confidential')))
    .orderBy(desc(documents.version)).limit(1);
  return doc ?? null;
}

/**
 * Runs a queued job: gathers the data as the requesting user, composes the PDF (yielding between
 * blocks), and registers it with its audit event in one transaction. On failure the job records
 * the error and nothing is registered. Never throws: the job row is the outcome.
 */
export async function runDocumentJob(jobId: string): Promise<void> {
  const db = await getDb();
  // Claim the job: only one runner moves it from queued to running.
  const [job] = await db.update(documentJobs)
    .set({ status: 'running', stage: 'Gathering the case data', progress: 1, updatedAt: new Date() })
    .where(and(eq(documentJobs.id, jobId), eq(documentJobs.status, 'queued')))
    .returning();
  if (!job) return;
  let actor: SessionUser | null = null;
  try {
    actor = await jobActor(job.requestedBy);
    const options = generateDocumentSchema.parse(job.options);
    const gathered = await gatherModel(actor, job.caseId, job.kind, options);
    const { model, savedAnalysisId } = gathered;
    // The two editions are tied in the registry, not by a printed hash of confidential data.
    const source = job.edition === 'confidential' ? gathered.source : { ...gathered.source, confidentialEdition: await latestConfidential(job.caseId, job.kind) };
    const codename = job.edition === 'confidential' ? model.case.codename : new Publication(false, model.case.marks).name(model.case.codename, 'codename');
    const snapshotSha256 = sha256Hex(canonicalJson(model));
    // One open job per case, kind and edition (a unique index), so no one else takes this number.
    const [{ last }] = await db.select({ last: max(documents.version) }).from(documents)
      .where(and(eq(documents.caseId, job.caseId), eq(documents.kind, job.kind), eq(documents.edition, job.edition)));
    const version = (last ?? 0) + 1;
    const meta: DocumentMeta = {
      kind: job.kind, edition: job.edition, version, snapshotSha256,
      number: documentNumber(codename, job.kind, job.edition, version),
      generatedAt: new Date(),
      generatedByName: actor.name,
    };
    let lastWrite = 0;
    let lastPct = 0;
    const composed = await composeModel(model, meta, async (fraction, stage) => {
      const pct = Math.max(2, Math.min(99, Math.round(fraction * 100)));
      if (pct - lastPct < PROGRESS_STEP && Date.now() - lastWrite < PROGRESS_MS) return;
      lastPct = pct;
      lastWrite = Date.now();
      await db.update(documentJobs).set({ progress: pct, stage, updatedAt: new Date() }).where(eq(documentJobs.id, jobId));
    });
    const sha256 = sha256Hex(composed.bytes);
    const registeredBy = actor;
    await db.transaction(async (tx) => {
      const [doc] = await tx.insert(documents).values({
        caseId: job.caseId, kind: job.kind, edition: job.edition, version, number: meta.number,
        title: `${DOCUMENT_KIND_LABELS[job.kind]} — ${model.case.name}`,
        sha256, sizeBytes: composed.bytes.length, pageCount: composed.pageCount, bytes: composed.bytes,
        savedAnalysisId, snapshotSha256, source,
        warnings: composed.warnings.map((w) => ({ codePoint: w.codePoint, context: w.context })),
        generatedBy: registeredBy.id, generatedAt: meta.generatedAt,
      }).returning({ id: documents.id });
      await tx.update(documentJobs).set({ status: 'succeeded', progress: 100, stage: 'Registered', documentId: doc.id, updatedAt: new Date(), finishedAt: new Date() }).where(eq(documentJobs.id, jobId));
      await recordAudit(tx, registeredBy, {
        action: 'document.generate', entityType: 'document', entityId: doc.id, caseId: job.caseId,
        changes: { kind: job.kind, edition: job.edition, version, number: meta.number, sha256, sizeBytes: composed.bytes.length, pageCount: composed.pageCount, snapshotSha256, source, jobId },
      });
    });
    // Every package or report anchors the trail it was generated from (lib/audit/checkpoint.ts).
    await checkpointNow(db, `document ${job.kind} ${meta.number}`);
  } catch (err) {
    const message = isDomainError(err) ? err.message : 'The document could not be generated because of an error on our side. Nothing was registered; please try again.';
    if (!isDomainError(err)) console.error('Document generation failed', jobId, err);
    try {
      await db.transaction(async (tx) => {
        const findings = err instanceof UnmarkedFiguresError ? err.findings : null;
        await tx.update(documentJobs).set({ status: 'failed', error: message, findings, updatedAt: new Date(), finishedAt: new Date() }).where(eq(documentJobs.id, jobId));
        await recordAudit(tx, actor ?? { id: null, email: 'system:document-job' }, { action: 'document.generation-fail', entityType: 'document_job', entityId: jobId, caseId: job.caseId, changes: { kind: job.kind, edition: job.edition, error: message } });
      });
    } catch (recordErr) {
      // The job stays "running" and is marked interrupted once stale; nothing was registered.
      console.error('Could not record the failure of document job', jobId, recordErr);
    }
  }
}

/** Start and run in one call, for scripts and tests; the page uses the two steps. */
export async function generateDocumentNow(opts: { actor: SessionUser; caseId: string; input: GenerateDocumentInput }) {
  const { jobId } = await startDocumentGeneration(opts);
  await runDocumentJob(jobId);
  const db = await getDb();
  const [job] = await db.select({ status: documentJobs.status, error: documentJobs.error, documentId: documentJobs.documentId }).from(documentJobs).where(eq(documentJobs.id, jobId));
  return { jobId, ...job };
}
