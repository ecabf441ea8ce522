// Screens a deal value against the HSR thresholds. Reportability uses the table in force at
// closing, the filing fee the table in force at filing (the FTC's own rule); when no closing
// date is given the filing date stands in for both, and the result says so.

import { parseIsoDate } from '@/lib/deadlines';
import { HSR_TABLES } from './data/hsr-tables';
import { feeTierFor } from './fee-tier';
import { formatUsd, formatUsdShort, HsrInputError, requireWholeDollars } from './money';
import { tableInForce, validateHsrTable } from './tables';
import type { HsrAssessment, HsrEndAssessment, HsrThresholdTable, HsrValue } from './types';

export interface HsrAssessmentInput {
  /** Whole dollars: one value, or the low and high ends of a valuation range. */
  valueUsd: HsrValue;
  filingDate: string;
  closingDate?: string;
  tables?: readonly HsrThresholdTable[];
}

function assessEnd(value: number, reportability: HsrThresholdTable, fees: HsrThresholdTable): HsrEndAssessment {
  const exceeds = value > reportability.sizeOfTransactionUsd;
  if (!exceeds) return { valueUsd: value, exceedsSizeOfTransaction: false, sizeOfPersonTest: 'not-reportable', fee: null };
  return {
    valueUsd: value,
    exceedsSizeOfTransaction: true,
    sizeOfPersonTest: value > reportability.noSizeOfPersonAboveUsd ? 'not-required' : 'applies',
    fee: feeTierFor(fees, value),
  };
}

function describeEnd(label: string, end: HsrEndAssessment, table: HsrThresholdTable): string {
  const value = formatUsd(end.valueUsd);
  if (!end.exceedsSizeOfTransaction) {
    return `${label} ${value}: not above the ${formatUsdShort(table.sizeOfTransactionUsd)} size-of-transaction threshold, so not reportable on value.`;
  }
  const person =
    end.sizeOfPersonTest === 'applies'
      ? `the size-of-person test applies (${formatUsdShort(table.sizeOfPerson.largerUsd)} / ${formatUsdShort(table.sizeOfPerson.smallerUsd)}) because the value is not above ${formatUsdShort(table.noSizeOfPersonAboveUsd)}`
      : `no size-of-person test (value above ${formatUsdShort(table.noSizeOfPersonAboveUsd)})`;
  return `${label} ${value}: above the ${formatUsdShort(table.sizeOfTransactionUsd)} size-of-transaction threshold; ${person}. ${end.fee?.note ?? ''}`.trim();
}

const summary = (t: HsrThresholdTable) => ({ year: t.year, effectiveFrom: t.effectiveFrom, source: t.source });

export function hsrAssessment(input: HsrAssessmentInput): HsrAssessment {
  const tables = input.tables ?? HSR_TABLES;
  if (input.tables) input.tables.forEach(validateHsrTable);
  const [low, high] =
    typeof input.valueUsd === 'number'
      ? [requireWholeDollars(input.valueUsd, 'The transaction value'), input.valueUsd]
      : [requireWholeDollars(input.valueUsd.lowUsd, 'The low value'), requireWholeDollars(input.valueUsd.highUsd, 'The high value')];
  if (low > high) throw new HsrInputError(`The low value ${formatUsd(low)} is above the high value ${formatUsd(high)}.`);

  const filing = parseIsoDate(input.filingDate);
  const feeChoice = tableInForce(filing.iso, tables);
  const closing = input.closingDate ? parseIsoDate(input.closingDate) : undefined;
  const reportChoice = closing ? tableInForce(closing.iso, tables) : feeChoice;
  const fees = feeChoice.table;
  const reportability = reportChoice.table;

  const lowEnd = assessEnd(low, reportability, fees);
  const highEnd = assessEnd(high, reportability, fees);
  const flags: string[] = [];
  for (const end of low === high ? [lowEnd] : [lowEnd, highEnd]) {
    if (end.fee && !end.fee.verified) flags.push(`${formatUsd(end.valueUsd)}: ${end.fee.note}`);
  }
  for (const choice of new Set([feeChoice, reportChoice])) {
    if (choice.stale) flags.push(`The ${choice.table.year} table took effect on ${parseIsoDate(choice.table.effectiveFrom).long}, over a year before this date: a newer table has probably been published. Add it before relying on this assessment.`);
  }
  if (!closing) flags.push('No closing date given: reportability was tested with the thresholds in force at filing; the thresholds in force at closing govern.');

  const explanation = [
    `Filing fee: ${fees.year} schedule, in force from ${parseIsoDate(fees.effectiveFrom).long} (fees follow the table in force at filing).`,
    `Reportability: ${reportability.year} thresholds, in force from ${parseIsoDate(reportability.effectiveFrom).long}${closing ? ` (in force at closing on ${closing.long})` : ''}.`,
    ...(low === high ? [describeEnd('Value', lowEnd, reportability)] : [describeEnd('Low end', lowEnd, reportability), describeEnd('High end', highEnd, reportability)]),
  ];
  return { feeTable: summary(fees), reportabilityTable: summary(reportability), low: lowEnd, high: highEnd, flags, explanation };
}
