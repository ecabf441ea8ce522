import { getDb } from '@/db/client';
import { can, type SessionUser } from '@/lib/access';
import { requireMarket } from './access';
import { loadMarketSnapshot } from './snapshot';

/** One market with its firms, clusters, scenarios and the catalogue, for a user who may read the case. */
export async function getMarket(opts: { actor: SessionUser; caseId: string; marketId: string }) {
  const { actor, caseId, marketId } = opts;
  const db = await getDb();
  const { access, market } = await requireMarket(db, actor, caseId, marketId, 'read');
  const snapshot = await loadMarketSnapshot(db, market);
  return {
    ...snapshot,
    permissions: {
      edit: can(actor, 'edit', access),
      download: can(actor, 'download', access),
    },
  };
}
export type MarketDetail = Awaited<ReturnType<typeof getMarket>>;
