import type { MarketStats } from './types';

/*
 * Concentration measures from per-firm capacity totals. Shares are percent of
 * the market total, so HHI runs from near 0 to 10,000 as the guidelines use it.
 */

export function sum(totals: Float64Array): number {
  let t = 0;
  for (let i = 0; i < totals.length; i++) t += totals[i];
  return t;
}

/*
 * Shares are computed as (100 · t) / total: one rounding, so whole-number
 * shares come out exact (threshold tests rely on it), and unlike t · (100 / total)
 * it cannot overflow when the total is tiny.
 */
export function shareOf(t: number, total: number): number {
  return (t * 100) / total;
}

/** Σ sᵢ² with sᵢ in percent. `total` is passed in so callers that know it skip a pass. */
export function hhiOf(totals: Float64Array, total: number): number {
  let h = 0;
  for (let i = 0; i < totals.length; i++) {
    const s = shareOf(totals[i], total);
    h += s * s;
  }
  return h;
}

/** Sum of the four largest values, in one pass without sorting all firms. */
export function top4Sum(totals: Float64Array, skip = -1): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (let i = 0; i < totals.length; i++) {
    if (i === skip) continue;
    const v = totals[i];
    if (v <= d) continue;
    if (v > a) {
      d = c;
      c = b;
      b = a;
      a = v;
    } else if (v > b) {
      d = c;
      c = b;
      b = v;
    } else if (v > c) {
      d = c;
      c = v;
    } else d = v;
  }
  return a + b + c + d;
}

/**
 * Full statistics for the result object. `skip` removes a firm from the share
 * table (the target after a merger, whose capacity now sits with the acquirer).
 */
export function marketStats(totals: Float64Array, names: readonly string[], skip = -1): MarketStats {
  const total = sum(totals);
  const shares: Record<string, number> = {};
  for (let i = 0; i < totals.length; i++) {
    if (i !== skip) shares[names[i]] = shareOf(totals[i], total);
  }
  return {
    total,
    hhi: hhiOf(totals, total),
    cr4: shareOf(top4Sum(totals, skip), total),
    shares,
  };
}
