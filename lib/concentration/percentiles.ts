import type { Percentiles } from './types';

/**
 * p-th quantile of an ascending array by linear interpolation between order
 * statistics (Hyndman & Fan type 7, the default of R and NumPy), so the
 * figures match what an economist would get re-running the draws elsewhere.
 */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Sorts `values` in place and returns its 5th, 50th and 95th percentiles. */
export function percentiles(values: Float64Array): Percentiles {
  values.sort();
  return {
    p5: quantileSorted(values, 0.05),
    p50: quantileSorted(values, 0.5),
    p95: quantileSorted(values, 0.95),
  };
}
