import { describe, expect, it } from 'vitest';
import { percentiles, quantileSorted } from '@/lib/concentration/percentiles';
import { Xoshiro128, triangular } from '@/lib/concentration/prng';

describe('xoshiro128** seeded by splitmix32', () => {
  // Golden values from the reference C implementation (Blackman & Vigna's
  // xoshiro128starstar.c with the same splitmix32 seeding), compiled with gcc.
  it.each([
    [42, [2837322924, 544945897, 479756282, 3500138142, 339756180]],
    [2 ** 40 + 7, [368071896, 501484723, 3045041044, 3466898179, 680906757]],
    [-1, [2494459187, 860351673, 4185011085, 2879205782, 3226762201]],
  ])('seed %d matches the C reference', (seed, expected) => {
    const r = new Xoshiro128(seed);
    expect(Array.from({ length: 5 }, () => r.nextUint32())).toEqual(expected);
  });

  it('floats are in [0, 1) and roughly uniform', () => {
    const r = new Xoshiro128(7);
    let sum = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = r.nextFloat();
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});

describe('triangular inverse CDF', () => {
  it('maps 0 to low, the mode quantile to the mode, and approaches high', () => {
    expect(triangular(0, 10, 20, 40)).toBe(10);
    expect(triangular(1 / 3, 10, 20, 40)).toBeCloseTo(20, 12);
    expect(triangular(0.999999999, 10, 20, 40)).toBeCloseTo(40, 2);
    expect(triangular(0.5, 5, 5, 5)).toBe(5);
  });

  it('has mean (low + mode + high) / 3', () => {
    const r = new Xoshiro128(3);
    let sum = 0;
    for (let i = 0; i < 200_000; i++) sum += triangular(r.nextFloat(), 0, 10, 50);
    expect(sum / 200_000).toBeCloseTo(20, 0);
  });
});

describe('percentiles (type 7, linear interpolation)', () => {
  it('matches R / NumPy defaults', () => {
    const xs = Float64Array.from([5, 1, 4, 2, 3]);
    expect(percentiles(xs)).toEqual({ p5: 1.2, p50: 3, p95: 4.8 });
    expect(quantileSorted(Float64Array.from([7]), 0.95)).toBe(7);
  });
});
