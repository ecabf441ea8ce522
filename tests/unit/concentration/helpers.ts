import type { Accelerator, Holding } from '@/lib/concentration';

/** A one-chip catalogue, so counts and shares coincide. */
export const CHIP = 'Test chip';
export const ONE_CHIP: Accelerator[] = [{ name: CHIP, tflops: 989.4, watts: 700 }];

export const firmName = (i: number) => `Firm ${i + 1}`;

/**
 * Holdings whose counts are the given numbers. With counts summing to 100 the
 * shares equal the counts exactly in floating point, so boundary tests can hit
 * a threshold exactly.
 */
export function marketFromCounts(counts: readonly number[]): Holding[] {
  return counts.map((count, i) => ({ firm: firmName(i), accelerator: CHIP, count }));
}

/** The HHI of integer shares, summed independently of the library. */
export function hhiOfShares(shares: readonly number[]): number {
  return shares.reduce((acc, s) => acc + s * s, 0);
}
