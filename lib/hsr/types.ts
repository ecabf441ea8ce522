export interface HsrFeeTier {
  tier: number;
  /** Inclusive lower bound in whole dollars, or 'unverified' when the source could not confirm it. */
  fromUsd: number | 'unverified';
  /** Exclusive upper bound; 'none' for the top tier. */
  belowUsd: number | 'none' | 'unverified';
  /** Null when the fee is unverified: never guessed. */
  feeUsd: number | null;
  verified: boolean;
}

export interface HsrThresholdTable {
  year: number;
  /** First filing/closing date the table applies to, 'YYYY-MM-DD'. */
  effectiveFrom: string;
  source: string;
  sizeOfTransactionUsd: number;
  sizeOfPerson: { smallerUsd: number; largerUsd: number };
  /** Above this value the size-of-person test no longer applies. */
  noSizeOfPersonAboveUsd: number;
  feeTiers: readonly HsrFeeTier[];
}

export type HsrValue = number | { lowUsd: number; highUsd: number };

export interface HsrFeeResult {
  /** The tier, or null when the value falls where unverified boundaries leave it ambiguous. */
  tier: number | null;
  candidateTiers: number[];
  feeUsd: number | null;
  verified: boolean;
  note: string;
}

export interface HsrEndAssessment {
  valueUsd: number;
  exceedsSizeOfTransaction: boolean;
  /** 'not-reportable' below the size-of-transaction threshold; 'not-required' above the cap. */
  sizeOfPersonTest: 'not-reportable' | 'applies' | 'not-required';
  /** Null when the size-of-transaction threshold is not exceeded (no filing, no fee). */
  fee: HsrFeeResult | null;
}

export interface HsrAssessment {
  feeTable: { year: number; effectiveFrom: string; source: string };
  reportabilityTable: { year: number; effectiveFrom: string; source: string };
  low: HsrEndAssessment;
  high: HsrEndAssessment;
  flags: string[];
  explanation: string[];
}
