/**
 * Dense BF16 peak of one NVIDIA H100 SXM (TFLOP/s). The "compute" metric is
 * expressed in H100-equivalents so the figures read naturally to counsel
 * and match how the press reports AI clusters.
 */
export const H100_TFLOPS = 989.4;

/** Watts per megawatt: the "power" metric is reported in MW of board power. */
export const WATTS_PER_MW = 1e6;

/**
 * Upper bound on Monte Carlo draws. 1,000,000 draws already pin percentiles far
 * below display precision; more would only let a request pin a server core.
 */
export const MAX_MONTE_CARLO_DRAWS = 1_000_000;

export const DEFAULT_MONTE_CARLO_DRAWS = 10_000;

export const UNIT_LABEL = {
  count: 'accelerators',
  compute: 'H100-equivalents',
  power: 'MW',
} as const;
