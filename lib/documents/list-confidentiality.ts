import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { getDb } from '@/db/client';
import { confidentialityMarks, documentJobs, users } from '@/db/schema';
import { can, requireCaseAbility, type SessionUser } from '@/lib/access';
import type { Mark } from './publication';

/** The marks a composer applies: read by the generation, after the wall was checked. */
export async function loadMarks(db: Executor, caseId: string): Promise<Mark[]> {
  const rows = await db.select({
    kind: confidentialityMarks.kind, subject: confidentialityMarks.subject, text: confidentialityMarks.text,
    publicLabel: confidentialityMarks.publicLabel, category: confidentialityMarks.category, justification: confidentialityMarks.justification,
  }).from(confidentialityMarks).where(eq(confidentialityMarks.caseId, caseId)).orderBy(confidentialityMarks.kind, confidentialityMarks.subject, confidentialityMarks.text);
  return rows;
}

/** The Confidentiality page: every mark, and what the latest refused edition found unmarked. */
export async function listConfidentiality(opts: { actor: SessionUser; caseId: string }) {
  const { actor, caseId } = opts;
  const db = await getDb();
  const access = await requireCaseAbility(db, actor, caseId, 'read');
  const marks = await db.select({
    id: confidentialityMarks.id, kind: confidentialityMarks.kind, subject: confidentialityMarks.subject, text: confidentialityMarks.text,
    publicLabel: confidentialityMarks.publicLabel, category: confidentialityMarks.category, justification: confidentialityMarks.justification,
    createdAt: confidentialityMarks.createdAt, createdBy: users.name,
  }).from(confidentialityMarks).innerJoin(users, eq(users.id, confidentialityMarks.createdBy))
    .where(eq(confidentialityMarks.caseId, caseId)).orderBy(desc(confidentialityMarks.createdAt));
  const [refused] = await db.select({ id: documentJobs.id, kind: documentJobs.kind, findings: documentJobs.findings, at: documentJobs.finishedAt })
    .from(documentJobs).where(and(eq(documentJobs.caseId, caseId), isNotNull(documentJobs.findings)))
    .orderBy(desc(documentJobs.createdAt)).limit(1);
  return {
    marks,
    refused: refused ? { jobId: refused.id, kind: refused.kind, at: refused.at, findings: refused.findings ?? [] } : null,
    canEdit: can(actor, 'edit', access),
  };
}
