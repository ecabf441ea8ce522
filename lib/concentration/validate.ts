import { DEFAULT_MONTE_CARLO_DRAWS, MAX_MONTE_CARLO_DRAWS } from './constants';
import { ConcentrationError } from './errors';
import { formatNumber } from './format';
import type { AnalyzeMarketInput, MonteCarloOptions, Range, RangedNumber } from './types';

/*
 * Input checks that are not on the per-holding hot path, plus the slow path
 * that turns a bad count (already detected cheaply in the hot loop) into a
 * message that says exactly what is wrong.
 */

const METRICS = new Set(['count', 'compute', 'power']);

/** A figure as counsel typed it: grouped digits, no trailing zeros; non-numbers quoted. */
function show(x: unknown): string {
  if (typeof x !== 'number') return JSON.stringify(x) ?? String(x);
  if (!Number.isFinite(x)) return String(x);
  return formatNumber(x, 6).replace(/\.?0+$/, '');
}

function checkOne(value: unknown, what: string, label: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new ConcentrationError(`The ${what} for ${label} is missing or not a number (got ${show(value)}).`);
  }
  if (!Number.isFinite(value)) {
    throw new ConcentrationError(`The ${what} for ${label} is not a finite number (got ${show(value)}).`);
  }
  if (value < 0) {
    throw new ConcentrationError(`The ${what} for ${label} is negative (${show(value)}); it must be zero or more.`);
  }
  return value;
}

/**
 * Validates a count or range and returns it as a range. Throws a message naming
 * `label` (e.g. "xAI's NVIDIA H100 SXM") and the offending figures.
 */
export function toCheckedRange(count: RangedNumber | unknown, label: string): Range {
  if (typeof count === 'number') {
    const c = checkOne(count, 'count', label);
    return { low: c, central: c, high: c };
  }
  if (count === null || typeof count !== 'object') {
    throw new ConcentrationError(`The count for ${label} is missing or not a number (got ${show(count)}).`);
  }
  const r = count as Partial<Range>;
  const low = checkOne(r.low, 'low count', label);
  const central = checkOne(r.central, 'central count', label);
  const high = checkOne(r.high, 'high count', label);
  if (low > central) {
    throw new ConcentrationError(
      `The low estimate (${show(low)}) for ${label} is above its central estimate (${show(central)}); low must not exceed central.`,
    );
  }
  if (central > high) {
    throw new ConcentrationError(
      `The central estimate (${show(central)}) for ${label} is above its high estimate (${show(high)}); central must not exceed high.`,
    );
  }
  return { low, central, high };
}

export function holdingLabel(firm: unknown, accelerator: unknown): string {
  return `${String(firm)}'s ${String(accelerator)}`;
}

/** Called only once the hot loop has seen that a holding's count is bad. */
export function throwBadCount(firm: unknown, accelerator: unknown, count: unknown): never {
  toCheckedRange(count, holdingLabel(firm, accelerator));
  // The hot loop and toCheckedRange disagree only if the count changed under us.
  throw new ConcentrationError(`The count for ${holdingLabel(firm, accelerator)} is invalid.`);
}

export function checkTopLevel(input: AnalyzeMarketInput): void {
  if (input === null || typeof input !== 'object') {
    throw new ConcentrationError('No market data was given.');
  }
  if (!METRICS.has(input.metric)) {
    throw new ConcentrationError(
      `Unknown metric ${show(input.metric)}: choose "count" (accelerators), "compute" (H100-equivalents) or "power" (MW).`,
    );
  }
  if (!Array.isArray(input.holdings)) {
    throw new ConcentrationError('The list of holdings is missing.');
  }
  const s = input.scenario;
  if (s !== undefined && s !== null) {
    if (s.type === 'merger') {
      if (typeof s.acquirer !== 'string' || typeof s.target !== 'string') {
        throw new ConcentrationError('The merger scenario must name both the acquirer and the target.');
      }
      if (s.acquirer === s.target) {
        throw new ConcentrationError(
          `The merger scenario names ${s.acquirer} as both acquirer and target; a firm cannot merge with itself.`,
        );
      }
    } else if (s.type === 'transfer') {
      if (typeof s.from !== 'string' || typeof s.to !== 'string' || typeof s.accelerator !== 'string') {
        throw new ConcentrationError('The transfer scenario must name the seller, the buyer and the accelerator.');
      }
      if (s.from === s.to) {
        throw new ConcentrationError(
          `The transfer scenario names ${s.from} as both seller and buyer; the accelerators would not change hands.`,
        );
      }
    } else {
      throw new ConcentrationError(
        `Unknown scenario type ${show((s as { type?: unknown }).type)}: use "merger" or "transfer".`,
      );
    }
  }
}

export type CheckedMonteCarlo = {
  draws: number;
  seed: number;
  distribution: 'uniform' | 'triangular';
  histogram?: { bins: number; include?: [number, number] };
};

export const MAX_HISTOGRAM_BINS = 1_000;

function checkHistogram(h: MonteCarloOptions['histogram']): CheckedMonteCarlo['histogram'] {
  if (h === undefined || h === null) return undefined;
  const bins = h.bins;
  if (typeof bins !== 'number' || !Number.isInteger(bins) || bins < 1 || bins > MAX_HISTOGRAM_BINS) {
    throw new ConcentrationError(`The number of histogram bins must be a whole number from 1 to ${formatNumber(MAX_HISTOGRAM_BINS)}; got ${show(bins)}.`);
  }
  const inc = h.include;
  if (inc === undefined) return { bins };
  if (!Array.isArray(inc) || inc.length !== 2 || !Number.isFinite(inc[0]) || !Number.isFinite(inc[1]) || inc[0] > inc[1]) {
    throw new ConcentrationError('The histogram span to include must be two finite numbers, the first not above the second.');
  }
  return { bins, include: [inc[0], inc[1]] };
}

export function checkMonteCarlo(mc: MonteCarloOptions): CheckedMonteCarlo {
  const draws = mc.draws ?? DEFAULT_MONTE_CARLO_DRAWS;
  if (typeof draws !== 'number' || !Number.isInteger(draws) || draws < 1 || draws > MAX_MONTE_CARLO_DRAWS) {
    throw new ConcentrationError(
      `The number of Monte Carlo draws must be a whole number from 1 to ${formatNumber(MAX_MONTE_CARLO_DRAWS)}; got ${show(draws)}.`,
    );
  }
  if (typeof mc.seed !== 'number' || !Number.isSafeInteger(mc.seed)) {
    // A fractional seed would be truncated, so two "different" seeds could
    // silently give the same run; asking for a whole number avoids that.
    throw new ConcentrationError(`The Monte Carlo seed must be a whole number; got ${show(mc.seed)}.`);
  }
  const distribution = mc.distribution ?? 'uniform';
  if (distribution !== 'uniform' && distribution !== 'triangular') {
    throw new ConcentrationError(
      `Unknown Monte Carlo distribution ${show(distribution)}: use "uniform" or "triangular".`,
    );
  }
  const histogram = checkHistogram(mc.histogram);
  return histogram ? { draws, seed: mc.seed, distribution, histogram } : { draws, seed: mc.seed, distribution };
}
