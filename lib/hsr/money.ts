import { EngineInputError } from '@/lib/core/errors';
// Whole-dollar amounts only: HSR thresholds are stated to the $100,000 and fees to the dollar, so
// integers avoid any floating-point rounding at a tier boundary.

export class HsrInputError extends EngineInputError {}

export function requireWholeDollars(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new HsrInputError(`${what} must be a whole, non-negative number of dollars, got ${String(value)}.`);
  }
  return value;
}

/** "$2,460,000" */
export function formatUsd(value: number): string {
  return `$${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** "$133.9 million" / "$5.869 billion": how the FTC states thresholds. */
export function formatUsdShort(value: number): string {
  if (value >= 1_000_000_000) return `$${trim(value / 1_000_000_000)} billion`;
  if (value >= 1_000_000) return `$${trim(value / 1_000_000)} million`;
  return formatUsd(value);
}

function trim(n: number): string {
  return n.toFixed(3).replace(/\.?0+$/, '');
}
