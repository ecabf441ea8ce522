import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases, reviewEvents, reviews } from '@/db/schema';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { hsrAssessment, HsrInputError, NoHsrTableError, type HsrAssessment } from '@/lib/hsr';
import { loadHsrTables } from './hsr-tables';
import { todayFor } from './today';

export type HsrHelper =
  | { status: 'no-value'; message: string }
  | { status: 'not-usd'; message: string }
  | { status: 'error'; message: string }
  | { status: 'ok'; assessment: HsrAssessment; filingDate: string; filingDateSource: 'filing' | 'today'; closingDate: string | null; valueUsd: { low: number; high: number } };

/** Millions as stored (exact decimal text) to whole dollars, without floating-point drift. */
export function millionsToUsd(value: string): number {
  const [whole, fraction = ''] = value.split('.');
  return Number(whole) * 1_000_000 + Number((fraction + '000000').slice(0, 6));
}

/**
 * The HSR screen for a case: its value estimate against the threshold and fee tables in force
 * at filing (the recorded filing date, else today) and at closing when one is recorded.
 */
export async function getHsrAssessment(opts: { actor: SessionUser; caseId: string; asOf?: string }): Promise<HsrHelper> {
  const { actor, caseId } = opts;
  const db = await getDb();
  await requireCaseAbility(db, actor, caseId, 'read');
  const [c] = await db.select({ low: cases.valueLowM, high: cases.valueHighM, currency: cases.currency }).from(cases).where(eq(cases.id, caseId));
  if (c.currency !== 'USD') {
    return { status: 'not-usd', message: `The case’s value estimate is in ${c.currency}. HSR thresholds are in U.S. dollars, so the app cannot assess it: enter a USD estimate on the Overview to use this helper.` };
  }
  if (c.low === null && c.high === null) {
    return { status: 'no-value', message: 'No value estimate on the case yet: enter one on the Overview (Edit details) to see the HSR threshold and filing fee.' };
  }
  const low = millionsToUsd(c.low ?? c.high!);
  const high = millionsToUsd(c.high ?? c.low!);
  const events = await db
    .select({ type: reviewEvents.type, occurredOn: reviewEvents.occurredOn })
    .from(reviewEvents)
    .innerJoin(reviews, eq(reviews.id, reviewEvents.reviewId))
    .where(and(eq(reviews.caseId, caseId), eq(reviews.authority, 'us-hsr')));
  const filing = events.filter((e) => e.type === 'filing-received').map((e) => e.occurredOn).sort().at(-1);
  const closing = events.find((e) => e.type === 'closing')?.occurredOn ?? null;
  const filingDate = filing ?? opts.asOf ?? todayFor('us-hsr');
  try {
    const assessment = hsrAssessment({ valueUsd: { lowUsd: low, highUsd: high }, filingDate, ...(closing ? { closingDate: closing } : {}), tables: await loadHsrTables(db) });
    return { status: 'ok', assessment, filingDate, filingDateSource: filing ? 'filing' : 'today', closingDate: closing, valueUsd: { low, high } };
  } catch (error) {
    if (error instanceof NoHsrTableError || error instanceof HsrInputError) return { status: 'error', message: error.message };
    throw error;
  }
}
