import { asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { markets } from '@/db/schema';
import { requireCaseAbility, type SessionUser } from '@/lib/access';

/** The markets defined for a case, with how much each holds. */
export async function listMarkets(opts: { actor: SessionUser; caseId: string }) {
  const { actor, caseId } = opts;
  const db = await getDb();
  await requireCaseAbility(db, actor, caseId, 'read');
  return db
    .select({
      id: markets.id,
      name: markets.name,
      metric: markets.metric,
      geographicScope: markets.geographicScope,
      asOf: markets.asOf,
      // Spelled out: drizzle leaves columns unqualified in a one-table select, which would bind to the subquery's own table.
      clusters: sql<number>`(select count(*) from "clusters" c where c."market_id" = "markets"."id")`.mapWith(Number),
      scenarios: sql<number>`(select count(*) from "scenarios" s where s."market_id" = "markets"."id")`.mapWith(Number),
    })
    .from(markets)
    .where(eq(markets.caseId, caseId))
    .orderBy(asc(markets.createdAt));
}
