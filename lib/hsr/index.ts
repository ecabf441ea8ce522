// HSR reportability and filing-fee screen. Pure: no database, no Next.js.

export { hsrAssessment } from './assessment';
export type { HsrAssessmentInput } from './assessment';
export { HSR_TABLES } from './data/hsr-tables';
export { feeTierFor, UNVERIFIED_TIER_NOTE } from './fee-tier';
export { formatUsd, formatUsdShort, HsrInputError } from './money';
export { NoHsrTableError, tableInForce, validateHsrTable } from './tables';
export type { HsrAssessment, HsrEndAssessment, HsrFeeResult, HsrFeeTier, HsrThresholdTable, HsrValue } from './types';
