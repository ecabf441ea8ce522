import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMarket, eu2004Code, us2010Code, us2023Code, type Holding } from '@/lib/concentration';
import { CHIP, ONE_CHIP, firmName, marketFromCounts } from './helpers';

const RUNS = { numRuns: 300 };

/** Floating tolerance relative to the HHI scale (0–10,000). */
function expectClose(actual: number, expected: number, tol = 1e-7) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
}

/**
 * Counts for 1–40 firms, at least one positive; a mix of whole, fractional,
 * small and huge values (fractional counts arise from averaged estimates).
 */
const countsArb = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 1e-3, max: 1e9, noNaN: true })), {
    minLength: 1,
    maxLength: 40,
  })
  .filter((xs) => xs.some((x) => x > 0));

const run = (holdings: Holding[], scenario?: Parameters<typeof analyzeMarket>[0]['scenario']) =>
  analyzeMarket({ metric: 'count', accelerators: ONE_CHIP, holdings, scenario });

describe('HHI invariants', () => {
  it('10,000/n ≤ HHI ≤ 10,000, shares sum to 100, CR4 ≤ 100', () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        const r = run(marketFromCounts(counts));
        const n = counts.length;
        expect(r.pre.hhi).toBeGreaterThanOrEqual(10_000 / n - 1e-6);
        expect(r.pre.hhi).toBeLessThanOrEqual(10_000 + 1e-6);
        expectClose(Object.values(r.pre.shares).reduce((a, b) => a + b, 0), 100, 1e-9);
        expect(r.pre.cr4).toBeLessThanOrEqual(100 + 1e-9);
      }),
      RUNS,
    );
  });

  it('scaling every count by k leaves shares and HHI unchanged', () => {
    fc.assert(
      fc.property(countsArb, fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (counts, k) => {
        const a = run(marketFromCounts(counts));
        const b = run(marketFromCounts(counts.map((c) => c * k)));
        expectClose(b.pre.hhi, a.pre.hhi, 1e-9);
        expectClose(b.pre.cr4, a.pre.cr4, 1e-9);
        for (const f of Object.keys(a.pre.shares)) expectClose(b.pre.shares[f], a.pre.shares[f], 1e-9);
      }),
      RUNS,
    );
  });
});

describe('ΔHHI', () => {
  const mergerArb = countsArb
    .filter((xs) => xs.length >= 2)
    .chain((counts) =>
      fc
        .tuple(fc.nat(counts.length - 1), fc.nat(counts.length - 1))
        .filter(([i, j]) => i !== j)
        .map(([i, j]) => ({ counts, i, j })),
    );

  it('a merger adds 2·s₁·s₂, and post − pre equals Δ', () => {
    fc.assert(
      fc.property(mergerArb, ({ counts, i, j }) => {
        const r = run(marketFromCounts(counts), { type: 'merger', acquirer: firmName(i), target: firmName(j) });
        const s1 = r.pre.shares[firmName(i)];
        const s2 = r.pre.shares[firmName(j)];
        expectClose(r.delta!.central, 2 * s1 * s2);
        expectClose(r.post!.hhi - r.pre.hhi, r.delta!.central, 1e-9 * 10_000);
        expectClose(r.mergedShare!, s1 + s2);
        expect(r.delta!.central).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('a transfer of 0 gives Δ exactly 0 at low, central and high', () => {
    fc.assert(
      fc.property(mergerArb, ({ counts, i, j }) => {
        const r = run(marketFromCounts(counts), {
          type: 'transfer',
          from: firmName(i),
          to: firmName(j),
          accelerator: CHIP,
          count: 0,
        });
        expect(r.delta).toEqual({ low: 0, central: 0, high: 0 });
        expect(Object.is(r.delta!.central, 0)).toBe(true); // never −0
      }),
      RUNS,
    );
  });

  it('a partial transfer (fraction f of B) adds 2·f·s_B·(s_A − (1−f)·s_B), negative when s_A < (1−f)·s_B', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, others, f) => {
          const holdings = marketFromCounts([a, b, ...others]);
          const r = run(holdings, { type: 'transfer', from: 'Firm 2', to: 'Firm 1', accelerator: CHIP, count: f * b });
          const sA = r.pre.shares['Firm 1'];
          const sB = r.pre.shares['Firm 2'];
          const expected = 2 * f * sB * (sA - (1 - f) * sB);
          expect(Math.abs(r.delta!.central - expected)).toBeLessThanOrEqual(1e-7);
          expect(Math.abs(r.post!.hhi - r.pre.hhi - expected)).toBeLessThanOrEqual(1e-6);
          if (expected < -1e-6) expect(r.delta!.central).toBeLessThan(0);
          // Other firms' shares do not move: total capacity is unchanged.
          for (let k = 0; k < others.length; k++) {
            expect(r.post!.shares[firmName(k + 2)]).toBe(r.pre.shares[firmName(k + 2)]);
          }
        },
      ),
      RUNS,
    );
  });

  it('with no ranged figures, low = central = high', () => {
    fc.assert(
      fc.property(mergerArb, ({ counts, i, j }) => {
        const r = run(marketFromCounts(counts), { type: 'merger', acquirer: firmName(i), target: firmName(j) });
        expect(r.delta!.low).toBe(r.delta!.central);
        expect(r.delta!.high).toBe(r.delta!.central);
      }),
      RUNS,
    );
  });
});

describe('Monte Carlo reproducibility', () => {
  const ranged = marketFromCounts([30, 25, 20, 15, 10]).map((h, i) => ({
    ...h,
    count: { low: (h.count as number) * 0.5, central: h.count as number, high: (h.count as number) * (1.5 + i / 10) },
  }));
  const mc = (seed: number, distribution?: 'uniform' | 'triangular') =>
    analyzeMarket({
      metric: 'count',
      accelerators: ONE_CHIP,
      holdings: ranged,
      scenario: { type: 'merger', acquirer: 'Firm 3', target: 'Firm 4' },
      monteCarlo: { draws: 500, seed, distribution },
    }).monteCarlo!;

  it('the same seed gives an identical result', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.boolean(), (seed, tri) => {
        const d = tri ? 'triangular' : 'uniform';
        expect(mc(seed, d)).toEqual(mc(seed, d));
      }),
      { numRuns: 30 },
    );
  });

  it('different seeds (almost always) give different results', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (s1, s2) => {
        fc.pre(s1 !== s2);
        expect(mc(s1).postHhi.p50).not.toBe(mc(s2).postHhi.p50);
      }),
      { numRuns: 30 },
    );
  });
});

describe('screens are monotonic', () => {
  const hhi = fc.double({ min: 0, max: 10_000, noNaN: true });
  const delta = fc.double({ min: -5_000, max: 5_000, noNaN: true });
  const share = fc.double({ min: 0, max: 100, noNaN: true });
  const bump = fc.double({ min: 0, max: 3_000, noNaN: true });

  it('a higher post HHI, ΔHHI or share never lowers the concern', () => {
    fc.assert(
      fc.property(hhi, delta, share, bump, bump, bump, (p, d, s, dp, dd, ds) => {
        const s2 = Math.min(100, s + ds / 30);
        expect(us2023Code(p + dp, d, s)).toBeGreaterThanOrEqual(us2023Code(p, d, s));
        expect(us2023Code(p, d + dd, s)).toBeGreaterThanOrEqual(us2023Code(p, d, s));
        expect(us2023Code(p, d, s2)).toBeGreaterThanOrEqual(us2023Code(p, d, s));
        expect(us2010Code(p + dp, d)).toBeGreaterThanOrEqual(us2010Code(p, d));
        expect(us2010Code(p, d + dd)).toBeGreaterThanOrEqual(us2010Code(p, d));
        expect(eu2004Code(p + dp, d, s)).toBeGreaterThanOrEqual(eu2004Code(p, d, s));
        expect(eu2004Code(p, d + dd, s)).toBeGreaterThanOrEqual(eu2004Code(p, d, s));
        expect(eu2004Code(p, d, s2)).toBeGreaterThanOrEqual(eu2004Code(p, d, s));
      }),
      { numRuns: 2_000 },
    );
  });

  it('a merger with ΔHHI ≤ 100 never trips a US screen', () => {
    fc.assert(
      fc.property(hhi, fc.double({ min: -5_000, max: 100, noNaN: true }), share, (p, d, s) => {
        expect(us2023Code(p, d, s)).toBe(0);
        expect(us2010Code(p, d)).toBeLessThanOrEqual(p > 2500 && d === 100 ? 1 : 0);
      }),
      { numRuns: 1_000 },
    );
  });
});
