import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { markets } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { conflictError } from '@/lib/conflict';
import { requireMarket } from './access';
import { updateMarketSchema, type MarketInput } from './schemas';

export async function updateMarket(opts: { actor: SessionUser; caseId: string; marketId: string; input: MarketInput & { version: number } }) {
  const { actor, caseId, marketId } = opts;
  const { version, ...values } = updateMarketSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { market: before } = await requireMarket(tx, actor, caseId, marketId, 'edit');
    const res = await tx
      .update(markets)
      .set({ ...values, version: version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(markets.id, marketId), eq(markets.version, version)))
      .returning({ version: markets.version });
    if (!res.length) {
      throw await conflictError(tx, before, {
        name: before.name,
        definition: before.definition,
        metric: before.metric,
        geographicScope: before.geographicScope,
        asOf: before.asOf,
        includeNonOperational: before.includeNonOperational ? 'yes' : 'no',
        mcDraws: before.mcDraws,
        mcSeed: before.mcSeed,
        mcDistribution: before.mcDistribution,
      });
    }
    await recordAudit(tx, actor, { action: 'market.update', entityType: 'market', entityId: marketId, caseId, changes: diffFields(before, values) });
    return { version: res[0].version };
  });
}
