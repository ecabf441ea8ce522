import { aliasedTable, asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accelerators, clusters, marketFirms, markets, scenarios } from '@/db/schema';
import { readCatalogue } from './list-accelerators';

/*
 * Everything one market's analysis depends on, read in one go (inside the caller's transaction
 * when saving, so the frozen copy is consistent). Chosen fields only.
 */

export async function loadMarketSnapshot(db: Executor, market: typeof markets.$inferSelect) {
  const buyer = aliasedTable(marketFirms, 'buyer');
  const seller = aliasedTable(marketFirms, 'seller');
  const [firmRows, clusterRows, scenarioRows, catalogue] = await Promise.all([
    db
      .select({ id: marketFirms.id, name: marketFirms.name, ultimateParent: marketFirms.ultimateParent, version: marketFirms.version })
      .from(marketFirms)
      .where(eq(marketFirms.marketId, market.id))
      .orderBy(asc(marketFirms.name)),
    db
      .select({
        id: clusters.id,
        firmId: clusters.firmId,
        firm: marketFirms.name,
        ultimateParent: marketFirms.ultimateParent,
        name: clusters.name,
        site: clusters.site,
        acceleratorId: clusters.acceleratorId,
        accelerator: accelerators.name,
        countLow: clusters.countLow,
        countCentral: clusters.countCentral,
        countHigh: clusters.countHigh,
        status: clusters.status,
        asOf: clusters.asOf,
        source: clusters.source,
        version: clusters.version,
      })
      .from(clusters)
      .innerJoin(marketFirms, eq(marketFirms.id, clusters.firmId))
      .innerJoin(accelerators, eq(accelerators.id, clusters.acceleratorId))
      .where(eq(clusters.marketId, market.id))
      .orderBy(asc(clusters.position), asc(clusters.createdAt), asc(clusters.id)),
    db
      .select({
        id: scenarios.id,
        name: scenarios.name,
        kind: scenarios.kind,
        buyerFirmId: scenarios.buyerFirmId,
        buyer: buyer.name,
        sellerFirmId: scenarios.sellerFirmId,
        seller: seller.name,
        acceleratorId: scenarios.acceleratorId,
        accelerator: accelerators.name,
        countLow: scenarios.countLow,
        countCentral: scenarios.countCentral,
        countHigh: scenarios.countHigh,
        version: scenarios.version,
      })
      .from(scenarios)
      .innerJoin(buyer, eq(buyer.id, scenarios.buyerFirmId))
      .innerJoin(seller, eq(seller.id, scenarios.sellerFirmId))
      .leftJoin(accelerators, eq(accelerators.id, scenarios.acceleratorId))
      .where(eq(scenarios.marketId, market.id))
      .orderBy(asc(scenarios.createdAt), asc(scenarios.id)),
    readCatalogue(db),
  ]);
  return {
    market: {
      id: market.id,
      caseId: market.caseId,
      name: market.name,
      definition: market.definition,
      metric: market.metric,
      geographicScope: market.geographicScope,
      asOf: market.asOf,
      includeNonOperational: market.includeNonOperational,
      mcDraws: market.mcDraws,
      mcSeed: market.mcSeed,
      mcDistribution: market.mcDistribution,
      version: market.version,
      updatedAt: market.updatedAt,
    },
    firms: firmRows,
    clusters: clusterRows,
    scenarios: scenarioRows,
    catalogue,
  };
}

export type MarketSnapshot = Awaited<ReturnType<typeof loadMarketSnapshot>>;
export type SnapshotCluster = MarketSnapshot['clusters'][number];
export type SnapshotScenario = MarketSnapshot['scenarios'][number];
