// HSR jurisdictional thresholds and filing-fee tiers, from the FTC's annual Federal Register
// notices revising the Clayton Act § 7A thresholds and filing fees. Whole dollars throughout.
// 2026 tiers 3–5: the published notice as found could not verify the fees (and the tier 4/5 boundary), so they
// are null and flagged: the assessment then says so instead of inventing an amount. An admin can
// pass corrected tables to hsrAssessment.

import type { HsrThresholdTable } from '../types';

export const HSR_TABLES: readonly HsrThresholdTable[] = [
  {
    year: 2025,
    effectiveFrom: '2025-02-21',
    source: 'FTC revised HSR thresholds and fees, effective 21 February 2025 (project reference)',
    sizeOfTransactionUsd: 126_400_000,
    sizeOfPerson: { smallerUsd: 25_300_000, largerUsd: 252_900_000 },
    noSizeOfPersonAboveUsd: 505_800_000,
    feeTiers: [
      { tier: 1, fromUsd: 0, belowUsd: 179_400_000, feeUsd: 30_000, verified: true },
      { tier: 2, fromUsd: 179_400_000, belowUsd: 555_500_000, feeUsd: 105_000, verified: true },
      { tier: 3, fromUsd: 555_500_000, belowUsd: 1_111_000_000, feeUsd: 265_000, verified: true },
      { tier: 4, fromUsd: 1_111_000_000, belowUsd: 2_222_000_000, feeUsd: 425_000, verified: true },
      { tier: 5, fromUsd: 2_222_000_000, belowUsd: 5_555_000_000, feeUsd: 850_000, verified: true },
      { tier: 6, fromUsd: 5_555_000_000, belowUsd: 'none', feeUsd: 2_390_000, verified: true },
    ],
  },
  {
    year: 2026,
    effectiveFrom: '2026-02-17',
    source: 'FTC revised HSR thresholds and fees, effective 17 February 2026 (project reference; tiers 3–5 unverified)',
    sizeOfTransactionUsd: 133_900_000,
    sizeOfPerson: { smallerUsd: 26_800_000, largerUsd: 267_800_000 },
    noSizeOfPersonAboveUsd: 535_500_000,
    feeTiers: [
      { tier: 1, fromUsd: 0, belowUsd: 189_600_000, feeUsd: 35_000, verified: true },
      { tier: 2, fromUsd: 189_600_000, belowUsd: 586_900_000, feeUsd: 110_000, verified: true },
      { tier: 3, fromUsd: 586_900_000, belowUsd: 1_174_000_000, feeUsd: null, verified: false },
      { tier: 4, fromUsd: 1_174_000_000, belowUsd: 'unverified', feeUsd: null, verified: false },
      { tier: 5, fromUsd: 'unverified', belowUsd: 5_869_000_000, feeUsd: null, verified: false },
      { tier: 6, fromUsd: 5_869_000_000, belowUsd: 'none', feeUsd: 2_460_000, verified: true },
    ],
  },
];
