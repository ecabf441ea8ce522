import type { SessionUser } from '@/lib/access';
import { getSavedAnalysis } from '@/lib/markets/get-saved-analysis';
import { listSavedAnalyses } from '@/lib/markets/list-saved-analyses';
import type { AnalysisFacts } from '../model';

/** The chosen saved analyses of the case, in the order chosen (NotFoundError for one outside it). */
export async function loadAnalyses(actor: SessionUser, caseId: string, ids: readonly string[]): Promise<AnalysisFacts[]> {
  const out: AnalysisFacts[] = [];
  for (const analysisId of ids) {
    const a = await getSavedAnalysis({ actor, caseId, analysisId });
    out.push({
      id: a.id,
      title: a.title,
      createdAt: a.createdAt.toISOString(),
      createdByName: a.createdByName,
      inputsSha256: a.inputsSha256,
      hashVerified: a.hashVerified,
      inputs: a.inputs,
      results: a.results,
    });
  }
  return out;
}

/** The newest saved analysis of the case, if any: the Form CO draft's default. */
export async function latestAnalysisId(actor: SessionUser, caseId: string): Promise<string | null> {
  const [latest] = await listSavedAnalyses({ actor, caseId });
  return latest?.id ?? null;
}
