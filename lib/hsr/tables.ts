// Choosing and checking HSR tables. Bundled tables are defaults; edited tables (from the admin
// screen) go through the same validation so a mistyped boundary is caught before it prices a deal.

import { addCalendarDays, parseIsoDate } from '@/lib/deadlines';
import { HSR_TABLES } from './data/hsr-tables';
import { HsrInputError } from './money';
import type { HsrThresholdTable } from './types';
import { EngineInputError } from '@/lib/core/errors';

export class NoHsrTableError extends EngineInputError {
  readonly date: string;
  constructor(date: string, earliest: string | undefined) {
    super(
      earliest
        ? `No HSR threshold table applies on ${parseIsoDate(date).long}: the earliest table in the app takes effect on ${parseIsoDate(earliest).long}. Add the table in force on that date before relying on this assessment.`
        : 'No HSR threshold tables are configured.',
    );
    this.date = date;
  }
}

function isWhole(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

export function validateHsrTable(table: HsrThresholdTable): void {
  const where = `HSR table ${table.year}`;
  parseIsoDate(table.effectiveFrom);
  for (const [name, n] of [
    ['size of transaction', table.sizeOfTransactionUsd],
    ['size of person (smaller)', table.sizeOfPerson.smallerUsd],
    ['size of person (larger)', table.sizeOfPerson.largerUsd],
    ['size-of-person cap', table.noSizeOfPersonAboveUsd],
  ] as const) {
    if (!isWhole(n)) throw new HsrInputError(`${where}: ${name} must be whole dollars.`);
  }
  const tiers = table.feeTiers;
  if (tiers.length === 0) throw new HsrInputError(`${where}: no fee tiers.`);
  tiers.forEach((t, i) => {
    if (t.tier !== i + 1) throw new HsrInputError(`${where}: fee tiers must be numbered 1, 2, 3… in order.`);
    if (t.feeUsd !== null && !isWhole(t.feeUsd)) throw new HsrInputError(`${where}: tier ${t.tier} fee must be whole dollars.`);
    if (t.feeUsd === null && t.verified) throw new HsrInputError(`${where}: tier ${t.tier} is marked verified but has no fee.`);
    for (const bound of [t.fromUsd, t.belowUsd]) {
      if (typeof bound === 'number' && !isWhole(bound)) throw new HsrInputError(`${where}: tier ${t.tier} bounds must be whole dollars.`);
    }
    const previous = tiers[i - 1];
    if (previous && typeof previous.belowUsd === 'number' && typeof t.fromUsd === 'number' && previous.belowUsd !== t.fromUsd) {
      throw new HsrInputError(`${where}: tier ${t.tier} starts at ${t.fromUsd} but tier ${previous.tier} ends below ${previous.belowUsd}.`);
    }
    if (previous?.belowUsd === 'none') throw new HsrInputError(`${where}: only the last tier can be open-ended.`);
  });
  if (tiers[0].fromUsd !== 0) throw new HsrInputError(`${where}: tier 1 must start at $0.`);
  if (tiers[tiers.length - 1].belowUsd !== 'none') throw new HsrInputError(`${where}: the last tier must be open-ended.`);
}

/** The table in force on `date` (the latest whose effective date is on or before it). */
export function tableInForce(date: string, tables: readonly HsrThresholdTable[] = HSR_TABLES): { table: HsrThresholdTable; stale: boolean } {
  const iso = parseIsoDate(date).iso;
  // ISO dates compare correctly as strings once validated.
  const sorted = [...tables].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const table = sorted.filter((t) => t.effectiveFrom <= iso).pop();
  if (!table) throw new NoHsrTableError(iso, sorted[0]?.effectiveFrom);
  // Tables are revised every year (January/February): a year-old table has probably been replaced.
  const stale = addCalendarDays(table.effectiveFrom, 365) <= iso && table === sorted[sorted.length - 1];
  return { table, stale };
}
