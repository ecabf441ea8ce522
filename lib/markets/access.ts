import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { markets } from '@/db/schema';
import type { CaseAbility, SessionUser } from '@/lib/auth/permissions';
import { isUuid, requireCaseAbility } from '@/lib/cases/access';
import { NotFoundError } from '@/lib/errors';

/**
 * The wall for everything under a market: the case decides who may see or change it, and a
 * market id that is not in that case is as unknown as a case outside the wall.
 */
export async function requireMarket(db: Executor, actor: SessionUser, caseId: string, marketId: string, ability: CaseAbility) {
  const access = await requireCaseAbility(db, actor, caseId, ability);
  if (!isUuid(marketId)) throw new NotFoundError('This market');
  const [market] = await db
    .select()
    .from(markets)
    .where(and(eq(markets.id, marketId), eq(markets.caseId, caseId)));
  if (!market) throw new NotFoundError('This market');
  return { access, market };
}


export function requireId(id: unknown, what: string): string {
  if (!isUuid(id)) throw new NotFoundError(what);
  return id;
}
