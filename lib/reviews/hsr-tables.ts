import { asc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { hsrThresholdTables } from '@/db/schema';
import type { HsrThresholdTable } from '@/lib/hsr';

export type HsrTableRow = typeof hsrThresholdTables.$inferSelect;

export function toHsrTable(r: HsrTableRow): HsrThresholdTable {
  return {
    year: r.year,
    effectiveFrom: r.effectiveFrom,
    source: r.source,
    sizeOfTransactionUsd: r.sizeOfTransactionUsd,
    sizeOfPerson: { smallerUsd: r.sizeOfPersonSmallerUsd, largerUsd: r.sizeOfPersonLargerUsd },
    noSizeOfPersonAboveUsd: r.noSizeOfPersonAboveUsd,
    feeTiers: r.feeTiers,
  };
}

/** The admin-edited HSR tables, oldest first. */
export async function loadHsrTables(db: Executor): Promise<HsrThresholdTable[]> {
  const rows = await db.select().from(hsrThresholdTables).orderBy(asc(hsrThresholdTables.effectiveFrom));
  return rows.map(toHsrTable);
}
