import { and, count, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { clusters, marketFirms, markets, scenarios } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { conflictError } from '@/lib/conflict';
import { requireMarket } from './access';

/**
 * Removes a market with its firms, clusters and scenarios, over the version the user saw.
 * Saved analyses of it stay: they are frozen copies and filings may cite them.
 */
export async function deleteMarket(opts: { actor: SessionUser; caseId: string; marketId: string; version: number }) {
  const { actor, caseId, marketId } = opts;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { market } = await requireMarket(tx, actor, caseId, marketId, 'edit');
    if (market.version !== opts.version) throw await conflictError(tx, market, { name: market.name });
    const [{ n }] = await tx.select({ n: count() }).from(clusters).where(eq(clusters.marketId, marketId));
    await tx.delete(scenarios).where(eq(scenarios.marketId, marketId));
    await tx.delete(clusters).where(eq(clusters.marketId, marketId));
    await tx.delete(marketFirms).where(eq(marketFirms.marketId, marketId));
    await tx.delete(markets).where(and(eq(markets.id, marketId), eq(markets.caseId, caseId)));
    await recordAudit(tx, actor, {
      action: 'market.delete',
      entityType: 'market',
      entityId: marketId,
      caseId,
      changes: { name: market.name, metric: market.metric, clusters: n },
    });
  });
}
