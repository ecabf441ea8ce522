import { getDb } from '@/db/client';
import { markets } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { marketSchema, type MarketInput } from './schemas';

/** A case may define several markets (e.g. worldwide and EEA, or count and compute). */
export async function createMarket(opts: { actor: SessionUser; caseId: string; input: MarketInput }) {
  const { actor, caseId } = opts;
  const data = marketSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [row] = await tx.insert(markets).values({ ...data, caseId, updatedBy: actor.id }).returning({ id: markets.id });
    await recordAudit(tx, actor, { action: 'market.create', entityType: 'market', entityId: row.id, caseId, changes: data });
    return { id: row.id };
  });
}
