import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { savedAnalyses, users } from '@/db/schema';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';

/** Saved analyses of a case (optionally of one market), newest first, without their bulky bodies. */
export async function listSavedAnalyses(opts: { actor: SessionUser; caseId: string; marketId?: string }) {
  const { actor, caseId, marketId } = opts;
  const db = await getDb();
  await requireCaseAbility(db, actor, caseId, 'read');
  const where = marketId && isUuid(marketId) ? and(eq(savedAnalyses.caseId, caseId), eq(savedAnalyses.marketId, marketId)) : eq(savedAnalyses.caseId, caseId);
  return db
    .select({
      id: savedAnalyses.id,
      marketId: savedAnalyses.marketId,
      title: savedAnalyses.title,
      marketName: sql<string>`${savedAnalyses.inputs} -> 'market' ->> 'name'`,
      scenarioName: sql<string | null>`${savedAnalyses.inputs} -> 'scenario' ->> 'name'`,
      inputsSha256: savedAnalyses.inputsSha256,
      createdAt: savedAnalyses.createdAt,
      createdByName: users.name,
    })
    .from(savedAnalyses)
    .innerJoin(users, eq(users.id, savedAnalyses.createdBy))
    .where(where)
    .orderBy(desc(savedAnalyses.createdAt))
    .limit(200);
}
