import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { markets } from '@/db/schema';
import { type CaseAbility, requireCaseAbility, type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import { NotFoundError } from '@/lib/core/errors';

/**
 * The wall for everything under a market: the case decides who may see or change it, and a
 * market id that is not in that case is as unknown as a case outside the wall.
 *
 * A change locks the market row until its transaction ends, so every write under one market
 * (clusters, firms, scenarios, imports) takes its turn: under READ COMMITTED the checks a verb
 * makes before writing (the import's fingerprint, "no firm of that name yet") then still hold when
 * it writes. A read-only look with edit rights (the import preview) passes `lock: false`.
 */
export async function requireMarket(db: Executor, actor: SessionUser, caseId: string, marketId: string, ability: CaseAbility, opts: { lock?: boolean } = {}) {
  const access = await requireCaseAbility(db, actor, caseId, ability);
  if (!isUuid(marketId)) throw new NotFoundError('This market');
  const q = db
    .select()
    .from(markets)
    .where(and(eq(markets.id, marketId), eq(markets.caseId, caseId)));
  const lock = opts.lock ?? ability !== 'read';
  const [market] = lock ? await q.for('no key update') : await q;
  if (!market) throw new NotFoundError('This market');
  return { access, market };
}


export function requireId(id: unknown, what: string): string {
  if (!isUuid(id)) throw new NotFoundError(what);
  return id;
}
