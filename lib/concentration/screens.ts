import type { Concern, Guideline } from './types';

/*
 * Structural screens as pure numeric tests, shared by the deterministic result
 * (which adds the wording, see screen-reasons.ts) and the Monte Carlo loop
 * (which needs only the verdict, millions of times, without building strings).
 *
 * Comparisons use the computed figures unrounded: the guidelines state no
 * rounding rule, and rounding first would move cases across a threshold.
 *
 * Threshold edges follow the wording of each text:
 *  - US 2023: "HHI greater than 1,800", "change greater than 100", "share
 *    greater than 30 percent" → all strict. HHI exactly 1,800 is not highly
 *    concentrated; Δ exactly 100 does not trigger the presumption.
 *  - US 2010 §5.3: "below 1500" unconcentrated, "between 1500 and 2500"
 *    moderately (both ends inclusive), "above 2500" highly. "Increase of less
 *    than 100" is the small-change case; moderately concentrated needs "more
 *    than 100" (strict); highly concentrated with "between 100 points and 200
 *    points" is potential (inclusive), "more than 200" presumed (strict).
 *    Hence Δ exactly 100 in a moderately concentrated market falls in a gap the
 *    text leaves open: we report 'none' (no concern is stated for it) and the
 *    reason says so; Δ exactly 100 or 200 in a highly concentrated market is
 *    'potential'.
 *  - EU 2004 ¶19: "below 1 000", "between 1 000 and 2 000" (inclusive) with
 *    "delta below 250", "above 2 000" with "delta below 150" → strict on Δ.
 *    ¶20(f), "a pre-merger market share of 50 % or more", is inclusive.
 */

export const US2023 = { hhi: 1800, delta: 100, share: 30 } as const;
export const US2010 = { moderate: 1500, high: 2500, smallDelta: 100, presumedDelta: 200 } as const;
export const EU2004 = { low: 1000, high: 2000, midDelta: 250, highDelta: 150, dominantShare: 50 } as const;

export const CITATIONS: Record<Guideline, string> = {
  'us-2023': 'U.S. DOJ & FTC Merger Guidelines (2023), Guideline 1',
  // Replaced by the 2023 Merger Guidelines when the agencies issued them on 18 December 2023.
  'us-2010': 'U.S. DOJ & FTC Horizontal Merger Guidelines (2010), §5.3 — withdrawn, superseded by the Merger Guidelines of 18 December 2023',
  'eu-2004': 'European Commission, Guidelines on the assessment of horizontal mergers (2004/C 31/03), ¶¶19–21',
};

/** 0 = none, 1 = potential, 2 = presumed; numeric so the Monte Carlo loop stays allocation-free. */
export type ConcernCode = 0 | 1 | 2;
export const CONCERN: readonly Concern[] = ['none', 'potential', 'presumed'];

export function us2023Code(postHhi: number, delta: number, mergedShare: number): ConcernCode {
  if (delta > US2023.delta && (postHhi > US2023.hhi || mergedShare > US2023.share)) return 2;
  return 0;
}

export type Us2010Band = 'unconcentrated' | 'moderately concentrated' | 'highly concentrated';

export function us2010Band(postHhi: number): Us2010Band {
  if (postHhi < US2010.moderate) return 'unconcentrated';
  if (postHhi <= US2010.high) return 'moderately concentrated';
  return 'highly concentrated';
}

export function us2010Code(postHhi: number, delta: number): ConcernCode {
  if (delta < US2010.smallDelta || postHhi < US2010.moderate) return 0;
  if (postHhi <= US2010.high) return delta > US2010.smallDelta ? 1 : 0;
  return delta > US2010.presumedDelta ? 2 : 1;
}

/** True when the post-merger HHI and Δ fall in one of the ¶19 zones. */
export function euSafeHarbour(postHhi: number, delta: number): boolean {
  if (postHhi < EU2004.low) return true;
  if (postHhi <= EU2004.high) return delta < EU2004.midDelta;
  return delta < EU2004.highDelta;
}

/**
 * ¶20 lists circumstances in which the ¶19 levels do not reassure. Only (f),
 * a party with a pre-merger share of 50 % or more, can be read off the market
 * data, so it is applied here: the safe harbour is withheld when it holds. The
 * other exceptions are put to counsel as questions (see indicators.ts).
 */
export function eu2004Code(postHhi: number, delta: number, largestPartyPreShare: number): ConcernCode {
  if (largestPartyPreShare >= EU2004.dominantShare) return 1;
  return euSafeHarbour(postHhi, delta) ? 0 : 1;
}
