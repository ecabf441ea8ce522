import type { Histogram } from './types';

/**
 * Equal-width bins over [min, max], where the span covers every value and the optional
 * `include` interval (so a chart can always show the guideline thresholds next to the draws).
 * Bin i holds values in [min + i·w, min + (i+1)·w); the last bin also holds max itself.
 * `sorted` must be ascending (percentiles() has already sorted the draws).
 */
export function histogramOf(sorted: Float64Array, bins: number, include?: readonly [number, number]): Histogram {
  const n = sorted.length;
  let min = n ? sorted[0] : 0;
  let max = n ? sorted[n - 1] : 0;
  if (include) {
    min = Math.min(min, include[0]);
    max = Math.max(max, include[1]);
  }
  // A degenerate span (every draw equal, nothing to include) still gets a visible bin width.
  if (!(max > min)) max = min + 1;
  const binWidth = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    let b = Math.floor((sorted[i] - min) / binWidth);
    if (b >= bins) b = bins - 1;
    else if (b < 0) b = 0;
    counts[b]++;
  }
  return { min, max, binWidth, counts };
}
