import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { savedAnalyses, scenarios } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { NotFoundError, ValidationError } from '@/lib/core/errors';
import { requireMarket } from './access';
import { freezeInputs } from './build-inputs';
import { computeAnalysis, inputsSha256 } from './compute';
import { saveAnalysisSchema, type SaveAnalysisInput } from './schemas';
import { loadMarketSnapshot } from './snapshot';

/**
 * Freezes one scenario's analysis: inputs (market, catalogue figures, clusters, scenario, Monte
 * Carlo settings) and results, with the SHA-256 of the canonical inputs. Read and written in one
 * transaction so the record matches the data at one instant. There is no verb to change it.
 */
export async function saveAnalysis(opts: { actor: SessionUser; caseId: string; marketId: string; input: SaveAnalysisInput }) {
  const { actor, caseId, marketId } = opts;
  const data = saveAnalysisSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { market } = await requireMarket(tx, actor, caseId, marketId, 'edit');
    const [exists] = await tx.select({ id: scenarios.id }).from(scenarios).where(and(eq(scenarios.id, data.scenarioId), eq(scenarios.marketId, marketId)));
    if (!exists) throw new NotFoundError('This scenario');
    const snapshot = await loadMarketSnapshot(tx, market);
    const scenario = snapshot.scenarios.find((s) => s.id === data.scenarioId)!;
    const inputs = freezeInputs(snapshot, scenario);
    const outcome = computeAnalysis(inputs);
    if (!outcome.ok) throw new ValidationError(`Not saved: the analysis cannot be computed. ${outcome.error}`);
    const sha = inputsSha256(inputs);
    const [row] = await tx
      .insert(savedAnalyses)
      .values({ caseId, marketId, scenarioId: scenario.id, title: data.title, inputs, results: outcome.result, inputsSha256: sha, createdBy: actor.id })
      .returning({ id: savedAnalyses.id, createdAt: savedAnalyses.createdAt });
    await recordAudit(tx, actor, {
      action: 'analysis.save',
      entityType: 'saved_analysis',
      entityId: row.id,
      caseId,
      changes: { title: data.title, marketId, market: market.name, scenarioId: scenario.id, scenario: scenario.name, inputsSha256: sha },
    });
    return { id: row.id, inputsSha256: sha };
  });
}
