import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HSR_TABLES, hsrAssessment, HsrInputError, NoHsrTableError, UNVERIFIED_TIER_NOTE, type HsrThresholdTable } from '@/lib/hsr';

describe('hsrAssessment — worked examples', () => {
  it('demo deal: $8–12 billion filed in 2026 → reportable, no size-of-person test, tier 6 $2,460,000 at both ends', () => {
    const result = hsrAssessment({ valueUsd: { lowUsd: 8_000_000_000, highUsd: 12_000_000_000 }, filingDate: '2026-03-02', closingDate: '2026-06-30' });
    expect(result.feeTable.year).toBe(2026);
    expect(result.reportabilityTable.year).toBe(2026);
    for (const end of [result.low, result.high]) {
      expect(end).toMatchObject({ exceedsSizeOfTransaction: true, sizeOfPersonTest: 'not-required' });
      expect(end.fee).toMatchObject({ tier: 6, feeUsd: 2_460_000, verified: true });
    }
    expect(result.flags).toEqual([]);
    expect(result.explanation[2]).toBe('Low end $8,000,000,000: above the $133.9 million size-of-transaction threshold; no size-of-person test (value above $535.5 million). Tier 6 ($5.869 billion or more): fee $2,460,000 (2026 schedule).');
  });

  it('mid-value 2026 deal at $800 million lands in unverified tier 3: no fee is invented', () => {
    const result = hsrAssessment({ valueUsd: 800_000_000, filingDate: '2026-03-02', closingDate: '2026-05-01' });
    expect(result.low.fee).toEqual({
      tier: 3,
      candidateTiers: [3],
      feeUsd: null,
      verified: false,
      note: `Tier 3 ($586.9 million to less than $1.174 billion): ${UNVERIFIED_TIER_NOTE}.`,
    });
    expect(result.flags).toEqual([`$800,000,000: Tier 3 ($586.9 million to less than $1.174 billion): ${UNVERIFIED_TIER_NOTE}.`]);
  });

  it('a $1.5 billion 2026 deal could be tier 4 or 5 (their boundary is unverified)', () => {
    const fee = hsrAssessment({ valueUsd: 1_500_000_000, filingDate: '2026-03-02' }).low.fee;
    expect(fee).toMatchObject({ tier: null, candidateTiers: [4, 5], feeUsd: null, verified: false });
    expect(fee?.note).toContain("unverified tier; confirm with the FTC's published table");
  });

  it('2025 schedule: $300 million → tier 2 $105,000 and the size-of-person test applies', () => {
    const result = hsrAssessment({ valueUsd: 300_000_000, filingDate: '2025-06-02', closingDate: '2025-08-01' });
    expect(result.low).toMatchObject({ exceedsSizeOfTransaction: true, sizeOfPersonTest: 'applies', fee: { tier: 2, feeUsd: 105_000 } });
  });
});

describe('hsrAssessment — thresholds and boundaries (whole dollars)', () => {
  const at = (valueUsd: number, filingDate = '2026-03-02') => hsrAssessment({ valueUsd, filingDate, closingDate: filingDate }).low;

  it('size of transaction must be exceeded, not reached', () => {
    expect(at(133_900_000).exceedsSizeOfTransaction).toBe(false);
    expect(at(133_900_000).fee).toBeNull();
    expect(at(133_900_001).exceedsSizeOfTransaction).toBe(true);
    expect(at(126_400_000, '2025-03-03').exceedsSizeOfTransaction).toBe(false);
    expect(at(126_400_001, '2025-03-03').exceedsSizeOfTransaction).toBe(true);
  });

  it('size of person applies up to and including $535.5 million', () => {
    expect(at(535_500_000).sizeOfPersonTest).toBe('applies');
    expect(at(535_500_001).sizeOfPersonTest).toBe('not-required');
  });

  it('fee tier boundaries are "less than" the upper bound', () => {
    expect(at(189_599_999).fee).toMatchObject({ tier: 1, feeUsd: 35_000 });
    expect(at(189_600_000).fee).toMatchObject({ tier: 2, feeUsd: 110_000 });
    expect(at(586_900_000).fee).toMatchObject({ tier: 3, feeUsd: null });
    expect(at(1_174_000_000).fee).toMatchObject({ tier: 4, candidateTiers: [4], feeUsd: null });
    expect(at(1_174_000_001).fee).toMatchObject({ tier: null, candidateTiers: [4, 5] });
    expect(at(5_868_999_999).fee).toMatchObject({ tier: null, candidateTiers: [4, 5] });
    expect(at(5_869_000_000).fee).toMatchObject({ tier: 6, feeUsd: 2_460_000 });
    expect(at(5_555_000_000, '2025-03-03').fee).toMatchObject({ tier: 6, feeUsd: 2_390_000 });
    expect(at(5_554_999_999, '2025-03-03').fee).toMatchObject({ tier: 5, feeUsd: 850_000 });
  });
});

describe('hsrAssessment — which table', () => {
  it('switches on the effective dates', () => {
    expect(hsrAssessment({ valueUsd: 1, filingDate: '2025-02-21' }).feeTable.year).toBe(2025);
    expect(hsrAssessment({ valueUsd: 1, filingDate: '2026-02-16' }).feeTable.year).toBe(2025);
    expect(hsrAssessment({ valueUsd: 1, filingDate: '2026-02-17' }).feeTable.year).toBe(2026);
  });

  it('before 21 Feb 2025 there is no table, and the error names the date', () => {
    expect(() => hsrAssessment({ valueUsd: 1_000_000_000, filingDate: '2025-02-20' })).toThrow(NoHsrTableError);
    expect(() => hsrAssessment({ valueUsd: 1_000_000_000, filingDate: '2025-02-20' })).toThrow(
      'No HSR threshold table applies on Thursday 20 February 2025: the earliest table in the app takes effect on Friday 21 February 2025.',
    );
  });

  it('fee from the table at filing, reportability from the table at closing', () => {
    // $130 million: above the 2025 threshold ($126.4M) but not the 2026 one ($133.9M).
    const result = hsrAssessment({ valueUsd: 130_000_000, filingDate: '2026-02-10', closingDate: '2026-03-02' });
    expect(result.feeTable.year).toBe(2025);
    expect(result.reportabilityTable.year).toBe(2026);
    expect(result.low.exceedsSizeOfTransaction).toBe(false);
    const fee = hsrAssessment({ valueUsd: 1_000_000_000, filingDate: '2026-02-10', closingDate: '2026-03-02' }).low.fee;
    expect(fee).toMatchObject({ tier: 3, feeUsd: 265_000 });
  });

  it('flags a missing closing date and a table over a year old', () => {
    expect(hsrAssessment({ valueUsd: 1, filingDate: '2026-03-02' }).flags).toContain(
      'No closing date given: reportability was tested with the thresholds in force at filing; the thresholds in force at closing govern.',
    );
    expect(hsrAssessment({ valueUsd: 1, filingDate: '2027-03-01', closingDate: '2027-03-01' }).flags[0]).toMatch(/^The 2026 table took effect on Tuesday 17 February 2026, over a year before this date/);
  });
});

describe('hsrAssessment — inputs and edited tables', () => {
  it('refuses fractional, negative or inverted values', () => {
    expect(() => hsrAssessment({ valueUsd: 1_000_000.5, filingDate: '2026-03-02' })).toThrow(HsrInputError);
    expect(() => hsrAssessment({ valueUsd: -1, filingDate: '2026-03-02' })).toThrow(HsrInputError);
    expect(() => hsrAssessment({ valueUsd: { lowUsd: 2, highUsd: 1 }, filingDate: '2026-03-02' })).toThrow('The low value $2 is above the high value $1.');
  });

  it('uses an admin-corrected table once its fees are confirmed', () => {
    const table2026 = HSR_TABLES.find((t) => t.year === 2026)!;
    const corrected: HsrThresholdTable = {
      ...table2026,
      source: 'Admin: confirmed against the Federal Register',
      feeTiers: table2026.feeTiers.map((t) => (t.tier === 3 ? { ...t, feeUsd: 123_456, verified: true } : t)),
    };
    const fee = hsrAssessment({ valueUsd: 800_000_000, filingDate: '2026-03-02', tables: [corrected] }).low.fee;
    expect(fee).toMatchObject({ tier: 3, feeUsd: 123_456, verified: true });
  });

  it('refuses an edited table with a gap between tiers', () => {
    const table2025 = HSR_TABLES.find((t) => t.year === 2025)!;
    const broken: HsrThresholdTable = { ...table2025, feeTiers: table2025.feeTiers.map((t) => (t.tier === 3 ? { ...t, fromUsd: 555_000_000 } : t)) };
    expect(() => hsrAssessment({ valueUsd: 1, filingDate: '2025-03-03', tables: [broken] })).toThrow(/tier 3 starts at 555000000 but tier 2 ends below 555500000/);
  });
});

describe('hsrAssessment — properties', () => {
  it('2025: every reportable value has exactly one verified tier, and the tier never falls as the value rises', () => {
    const value = fc.integer({ min: 126_400_001, max: 20_000_000_000 });
    fc.assert(
      fc.property(value, value, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const result = hsrAssessment({ valueUsd: { lowUsd: lo, highUsd: hi }, filingDate: '2025-06-02', closingDate: '2025-06-02' });
        expect(result.low.fee?.verified).toBe(true);
        expect(Number.isSafeInteger(result.low.fee?.feeUsd)).toBe(true);
        expect(result.low.fee!.tier!).toBeLessThanOrEqual(result.high.fee!.tier!);
      }),
      { numRuns: 300 },
    );
  });

  it('2026: a fee is only ever given for a verified tier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 133_900_001, max: 20_000_000_000 }), (v) => {
        const fee = hsrAssessment({ valueUsd: v, filingDate: '2026-03-02' }).low.fee!;
        expect(fee.feeUsd === null).toBe(!fee.verified);
        if (!fee.verified) expect(fee.note).toContain(UNVERIFIED_TIER_NOTE);
      }),
      { numRuns: 300 },
    );
  });
});
