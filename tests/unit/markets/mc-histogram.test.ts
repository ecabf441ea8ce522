import { describe, expect, it } from 'vitest';
import { analyzeMarket, ConcentrationError, type AnalyzeMarketInput } from '@/lib/concentration';
import { histogramOf } from '@/lib/concentration/histogram';
import { DEMO_ACCELERATORS, DEMO_HOLDINGS, DEMO_TRANSFER } from '../concentration/demo-market.fixture';

const demo = (mc: AnalyzeMarketInput['monteCarlo']): AnalyzeMarketInput => ({
  metric: 'compute',
  accelerators: DEMO_ACCELERATORS,
  holdings: DEMO_HOLDINGS,
  scenario: DEMO_TRANSFER,
  monteCarlo: mc,
});

describe('Monte Carlo ΔHHI histogram (optional output)', () => {
  it('leaves every existing field unchanged and is absent unless asked for', () => {
    const plain = analyzeMarket(demo({ draws: 3_000, seed: 7 })).monteCarlo!;
    const withHist = analyzeMarket(demo({ draws: 3_000, seed: 7, histogram: { bins: 40, include: [0, 260] } })).monteCarlo!;
    expect(plain.deltaHistogram).toBeUndefined();
    const { deltaHistogram, ...rest } = withHist;
    expect(rest).toEqual(plain);
    expect(deltaHistogram).toBeDefined();
  });

  it('counts every draw once, over a span covering the draws and the included thresholds', () => {
    const mc = analyzeMarket(demo({ draws: 5_000, seed: 11, histogram: { bins: 52, include: [0, 260] } })).monteCarlo!;
    const h = mc.deltaHistogram!;
    expect(h.counts).toHaveLength(52);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(5_000);
    expect(h.min).toBeLessThanOrEqual(Math.min(0, mc.deltaHhi.p5));
    expect(h.max).toBeGreaterThanOrEqual(260);
    expect(h.binWidth).toBeCloseTo((h.max - h.min) / 52, 12);
    // The median draw's bin holds draws: the histogram agrees with the percentiles.
    const medianBin = Math.floor((mc.deltaHhi.p50 - h.min) / h.binWidth);
    expect(h.counts[medianBin]).toBeGreaterThan(0);
    // Nothing was drawn beyond the 100 threshold in the demo deal (ΔHHI stays well under it).
    const firstAt100 = Math.floor((100 - h.min) / h.binWidth);
    expect(h.counts.slice(firstAt100 + 1).every((c) => c === 0)).toBe(true);
  });

  it('puts all draws in one bin when nothing is uncertain', () => {
    const holdings = DEMO_HOLDINGS.map((x) => ({ ...x, count: typeof x.count === 'number' ? x.count : x.count.central }));
    const r = analyzeMarket({ ...demo({ draws: 500, seed: 1, histogram: { bins: 10 } }), holdings, scenario: { ...DEMO_TRANSFER, count: 40_000 } });
    const h = r.monteCarlo!.deltaHistogram!;
    expect(h.counts.filter((c) => c > 0)).toEqual([500]);
    expect(h.min).toBeCloseTo(r.delta!.central, 8);
  });

  it('bins a known array by the documented half-open rule', () => {
    const h = histogramOf(Float64Array.from([0, 0.5, 1, 1.99, 2, 3, 4]), 4);
    expect(h).toEqual({ min: 0, max: 4, binWidth: 1, counts: [2, 2, 1, 2] });
    expect(histogramOf(Float64Array.from([-5, 5]), 2, [0, 15]).counts).toEqual([1, 1]);
  });

  it.each([
    [{ bins: 0 }],
    [{ bins: 2.5 }],
    [{ bins: 1_001 }],
    [{ bins: 10, include: [5, 1] as [number, number] }],
    [{ bins: 10, include: [0, Infinity] as [number, number] }],
  ])('refuses bad histogram options %j with a ConcentrationError', (histogram) => {
    expect(() => analyzeMarket(demo({ seed: 1, draws: 10, histogram }))).toThrow(ConcentrationError);
  });
});
