import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { savedAnalyses, users } from '@/db/schema';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import type { AnalyzeMarketResult } from '@/lib/concentration';
import { NotFoundError } from '@/lib/core/errors';
import { inputsSha256 } from './compute';
import type { FrozenInputs } from './frozen-inputs';

export type SavedAnalysis = {
  id: string;
  caseId: string;
  marketId: string;
  scenarioId: string | null;
  title: string;
  inputs: FrozenInputs;
  results: AnalyzeMarketResult;
  inputsSha256: string;
  /** The stored hash still matches the stored inputs (recomputed on every read). */
  hashVerified: boolean;
  createdAt: Date;
  createdByName: string;
};

/**
 * A saved analysis, for a reader of its case (else NotFoundError, as for the case itself). This
 * is the verb filings cite: the PDF reads the frozen inputs and results from here.
 */
export async function getSavedAnalysis(opts: { actor: SessionUser; analysisId: string; caseId?: string }): Promise<SavedAnalysis> {
  const { actor, analysisId } = opts;
  if (!isUuid(analysisId)) throw new NotFoundError('This saved analysis');
  const db = await getDb();
  const [row] = await db
    .select({
      id: savedAnalyses.id,
      caseId: savedAnalyses.caseId,
      marketId: savedAnalyses.marketId,
      scenarioId: savedAnalyses.scenarioId,
      title: savedAnalyses.title,
      inputs: savedAnalyses.inputs,
      results: savedAnalyses.results,
      inputsSha256: savedAnalyses.inputsSha256,
      createdAt: savedAnalyses.createdAt,
      createdByName: users.name,
    })
    .from(savedAnalyses)
    .innerJoin(users, eq(users.id, savedAnalyses.createdBy))
    .where(eq(savedAnalyses.id, analysisId));
  if (!row || (opts.caseId !== undefined && row.caseId !== opts.caseId)) throw new NotFoundError('This saved analysis');
  await requireCaseAbility(db, actor, row.caseId, 'read');
  const inputs = row.inputs as FrozenInputs;
  return {
    ...row,
    inputs,
    results: row.results as AnalyzeMarketResult,
    hashVerified: inputsSha256(inputs) === row.inputsSha256,
  };
}
