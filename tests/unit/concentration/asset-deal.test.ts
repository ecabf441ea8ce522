import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMarket } from '@/lib/concentration';
import { DEMO_ACCELERATORS, DEMO_HOLDINGS, DEMO_TRANSFER } from './demo-market.fixture';
import { CHIP, ONE_CHIP, marketFromCounts } from './helpers';

/*
 * A partial transfer has two ΔHHI figures: the exact change 2t(a − b) + 2t² and the convention of
 * treating the transferred capacity as a firm merging into the buyer, 2·a·t. Both are screened, and
 * EU HMG ¶20(f) looks at the buyer and the transferred capacity, not at the seller's whole fleet.
 */

const transfer = (count: number) => ({ type: 'transfer' as const, from: 'Firm 2', to: 'Firm 1', accelerator: CHIP, count });
const concerns = (screens: { guideline: string; concern: string }[]) => Object.fromEntries(screens.map((s) => [s.guideline, s.concern]));

describe('a dominant seller (60 %) sells 10 points of capacity to a 20 % buyer', () => {
  const r = analyzeMarket({ metric: 'count', accelerators: ONE_CHIP, holdings: marketFromCounts([20, 60, 20]), scenario: transfer(10) });

  it('gives the exact change and the assets-as-a-firm figure side by side', () => {
    expect(r.delta).toEqual({ low: -600, central: -600, high: -600 }); // 2·10·(20 − 60 + 10)
    expect(r.deltaAssetsAsFirm).toEqual({ low: 400, central: 400, high: 400 }); // 2·20·10
    expect(r.post!.hhi).toBeCloseTo(3800, 9); // the same after the deal under both
  });

  it('screens both: the exact change clears everything, the convention trips the presumption', () => {
    expect(concerns(r.screens!)).toEqual({ 'us-2023': 'none', 'us-2010': 'none', 'eu-2004': 'none' });
    expect(concerns(r.screensAssetsAsFirm!)).toEqual({ 'us-2023': 'presumed', 'us-2010': 'presumed', 'eu-2004': 'potential' });
    expect(r.screensAssetsAsFirm![0].reason).toContain('ΔHHI 400 > 100');
  });

  it('applies ¶20(f) to the buyer and the transferred capacity, not to the seller’s 60 %', () => {
    const f = r.euQuestions!.find((q) => q.id === 'f')!;
    expect(f.answer).toBe('no');
    expect(f.detail).toContain('Firm 1 20.0 %, the transferred capacity (Test chip from Firm 2) 10.0 %');
    expect(f.detail).toContain('EUMR Art. 5(2)');
    expect(r.screens![2].reason).toContain('Firm 2’s whole pre-transaction share (60.00 %) is not the test');
  });

  it('explains both figures with the shares put in', () => {
    const [exact, convention, parties] = r.explain!.deltaNotes!;
    expect(exact).toContain('a = 20.00 %');
    expect(exact).toContain('b = 60.00 %');
    expect(exact).toContain('= -600 at central figures');
    expect(convention).toContain('2·a·t = 400');
    expect(convention).toContain('2t(b − t) = 1,000');
    expect(parties).toMatch(/^¶20\(f\) is applied/);
  });

  it('the Monte Carlo counts both conventions', () => {
    const m = analyzeMarket({
      metric: 'count',
      accelerators: ONE_CHIP,
      holdings: marketFromCounts([20, 60, 20]),
      scenario: transfer(10),
      monteCarlo: { seed: 1, draws: 200 },
    }).monteCarlo!;
    expect(m.probability).toEqual({ 'us-2023': 0, 'us-2010': 0, 'eu-2004': 0 });
    expect(m.probabilityAssetsAsFirm).toEqual({ 'us-2023': 1, 'us-2010': 1, 'eu-2004': 1 });
  });
});

describe('¶20(f) when the transferred capacity itself is 50 % or more', () => {
  it('withholds the EU safe harbour under both figures', () => {
    const r = analyzeMarket({ metric: 'count', accelerators: ONE_CHIP, holdings: marketFromCounts([5, 60, 35]), scenario: transfer(50) });
    expect(r.euQuestions!.find((q) => q.id === 'f')!.answer).toBe('yes');
    expect(r.screens![2].concern).toBe('potential');
    expect(r.screens![2].reason).toContain('the transferred capacity (Test chip from Firm 2) had a pre-merger share of 50.0 %');
  });
});

describe('a merger has no second figure', () => {
  it('leaves deltaAssetsAsFirm and its screens out', () => {
    const r = analyzeMarket({
      metric: 'count',
      accelerators: ONE_CHIP,
      holdings: marketFromCounts([30, 30, 20, 20]),
      scenario: { type: 'merger', acquirer: 'Firm 3', target: 'Firm 4' },
    });
    expect(r.deltaAssetsAsFirm).toBeUndefined();
    expect(r.screensAssetsAsFirm).toBeUndefined();
    expect(r.explain!.deltaNotes).toBeUndefined();
    expect(r.monteCarlo).toBeUndefined();
  });
});

describe('the demo deal (xAI → Anthropic, 30,000–50,000 H100)', () => {
  it('is about 68 by the convention against about 50 exact, and neither trips a screen', () => {
    const r = analyzeMarket({ metric: 'compute', accelerators: DEMO_ACCELERATORS, holdings: DEMO_HOLDINGS, scenario: DEMO_TRANSFER });
    const a = r.pre.shares.Anthropic;
    const b = r.pre.shares.xAI;
    const t = (r.post!.shares.Anthropic - a);
    expect(r.deltaAssetsAsFirm!.central).toBeCloseTo(2 * a * t, 9);
    expect(r.delta!.central).toBeCloseTo(2 * t * (a - b + t), 9);
    expect(Math.round(r.deltaAssetsAsFirm!.central)).toBeGreaterThan(Math.round(r.delta!.central));
    expect(r.screensAssetsAsFirm!.map((s) => s.concern)).toEqual(['none', 'none', 'none']);
  });
});

describe('invariant', () => {
  it('the convention exceeds the exact change by 2t(b − t) ≥ 0, equal when the whole fleet moves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), (a, b, moved) => {
        const t = Math.min(moved, b);
        const r = analyzeMarket({ metric: 'count', accelerators: ONE_CHIP, holdings: marketFromCounts([a, b, 100 - a - b]), scenario: transfer(t) });
        const total = 100;
        const [sa, sb, st] = [a, b, t].map((x) => (100 * x) / total);
        expect(r.deltaAssetsAsFirm!.central - r.delta!.central).toBeCloseTo(2 * st * (sb - st), 6);
        if (t === b) expect(r.deltaAssetsAsFirm!.central).toBeCloseTo(r.delta!.central, 6);
        expect(r.deltaAssetsAsFirm!.central).toBeCloseTo(2 * sa * st, 6);
      }),
    );
  });
});
