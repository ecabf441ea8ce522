// Places a transaction value in a fee tier. An unverified boundary can leave two tiers possible;
// the result then names both and gives no fee rather than picking one.

import { formatUsd, formatUsdShort } from './money';
import type { HsrFeeResult, HsrFeeTier, HsrThresholdTable } from './types';

export const UNVERIFIED_TIER_NOTE = "unverified tier; confirm with the FTC's published table";

type Fit = 'yes' | 'no' | 'maybe';

// An unverified boundary still lies between its neighbours' known ones, so a value outside that
// span is excluded with certainty; only values inside it are ambiguous.
function knownBoundBefore(tiers: readonly HsrFeeTier[], index: number): number {
  for (let i = index - 1; i >= 0; i -= 1) {
    const { belowUsd, fromUsd } = tiers[i];
    if (typeof belowUsd === 'number') return belowUsd;
    if (typeof fromUsd === 'number') return fromUsd;
  }
  return 0;
}

function knownBoundAfter(tiers: readonly HsrFeeTier[], index: number): number {
  for (let i = index + 1; i < tiers.length; i += 1) {
    const { belowUsd, fromUsd } = tiers[i];
    if (typeof fromUsd === 'number') return fromUsd;
    if (typeof belowUsd === 'number') return belowUsd;
  }
  return Number.POSITIVE_INFINITY;
}

function fits(tiers: readonly HsrFeeTier[], index: number, value: number): Fit {
  const tier = tiers[index];
  const lower: Fit =
    tier.fromUsd === 'unverified' ? (value <= knownBoundBefore(tiers, index) ? 'no' : 'maybe') : value >= tier.fromUsd ? 'yes' : 'no';
  const upper: Fit =
    tier.belowUsd === 'none' ? 'yes'
      : tier.belowUsd === 'unverified' ? (value >= knownBoundAfter(tiers, index) ? 'no' : 'maybe')
        : value < tier.belowUsd ? 'yes' : 'no';
  if (lower === 'no' || upper === 'no') return 'no';
  return lower === 'yes' && upper === 'yes' ? 'yes' : 'maybe';
}

function range(tier: HsrFeeTier): string {
  const from = typeof tier.fromUsd === 'number' ? formatUsdShort(tier.fromUsd) : 'an unverified amount';
  if (tier.belowUsd === 'none') return `${from} or more`;
  const below = typeof tier.belowUsd === 'number' ? formatUsdShort(tier.belowUsd) : 'an unverified amount';
  return `${from} to less than ${below}`;
}

export function feeTierFor(table: HsrThresholdTable, value: number): HsrFeeResult {
  const tiers = table.feeTiers;
  const fit = tiers.map((_, i) => fits(tiers, i, value));
  const candidates = tiers.filter((_, i) => fit[i] !== 'no');
  // The tiers cover every value without gaps, so a single remaining candidate is certain.
  if (candidates.length === 1) {
    const tier = candidates[0];
    return {
      tier: tier.tier,
      candidateTiers: [tier.tier],
      feeUsd: tier.verified ? tier.feeUsd : null,
      verified: tier.verified,
      note: tier.verified
        ? `Tier ${tier.tier} (${range(tier)}): fee ${formatUsd(tier.feeUsd as number)} (${table.year} schedule).`
        : `Tier ${tier.tier} (${range(tier)}): ${UNVERIFIED_TIER_NOTE}.`,
    };
  }
  const numbers = candidates.map((t) => t.tier);
  return {
    tier: null,
    candidateTiers: numbers,
    feeUsd: null,
    verified: false,
    note: `Tier ${numbers.join(' or ')} — the boundary between them is not verified: ${UNVERIFIED_TIER_NOTE}.`,
  };
}
