import { describe, expect, it } from 'vitest';
import { H100_TFLOPS, analyzeMarket, type Metric } from '@/lib/concentration';
import { DEMO_ACCELERATORS, DEMO_HOLDINGS, DEMO_MARKET_ROWS, DEMO_TRANSFER } from './demo-market.fixture';
import { CHIP, ONE_CHIP, marketFromCounts } from './helpers';

describe('textbook market 30/30/20/20', () => {
  const holdings = marketFromCounts([30, 30, 20, 20]);

  it('has HHI 2,600 and CR4 100', () => {
    const r = analyzeMarket({ metric: 'count', accelerators: ONE_CHIP, holdings });
    expect(r.pre.total).toBe(100);
    expect(r.pre.hhi).toBeCloseTo(2600, 9);
    expect(r.pre.cr4).toBeCloseTo(100, 9);
    expect(r.pre.shares).toEqual({ 'Firm 1': 30, 'Firm 2': 30, 'Firm 3': 20, 'Firm 4': 20 });
    expect(r.post).toBeUndefined();
    expect(r.delta).toBeUndefined();
    expect(r.screens).toBeUndefined();
  });

  it('merging the two 20 % firms gives HHI 3,400 and ΔHHI 800', () => {
    const r = analyzeMarket({
      metric: 'count',
      accelerators: ONE_CHIP,
      holdings,
      scenario: { type: 'merger', acquirer: 'Firm 3', target: 'Firm 4' },
    });
    expect(r.post!.hhi).toBeCloseTo(3400, 9);
    expect(r.delta).toEqual({ low: 800, central: 800, high: 800 });
    expect(r.post!.shares).toEqual({ 'Firm 1': 30, 'Firm 2': 30, 'Firm 3': 40 });
    expect(r.mergedShare).toBe(40);
    const byGuideline = Object.fromEntries(r.screens!.map((s) => [s.guideline, s.concern]));
    expect(byGuideline).toEqual({ 'us-2023': 'presumed', 'us-2010': 'presumed', 'eu-2004': 'potential' });
    expect(r.screens![0].reason).toContain('Post-transaction HHI 3,400 > 1,800 and ΔHHI 800 > 100');
  });

  it('the explain table reproduces the HHI by hand', () => {
    const r = analyzeMarket({
      metric: 'count',
      accelerators: ONE_CHIP,
      holdings,
      scenario: { type: 'merger', acquirer: 'Firm 3', target: 'Firm 4' },
    });
    const rows = r.explain!.rows;
    expect(rows.map((x) => x.shareSquared)).toEqual([900, 900, 400, 400]);
    expect(rows.reduce((a, x) => a + (x.postShareSquared ?? 0), 0)).toBeCloseTo(3400, 9);
    expect(rows[3].postShare).toBeUndefined(); // the target is absorbed
  });
});

/** Independent, deliberately naive recomputation of the demo market. */
function naiveDemo(metric: 'count' | 'compute', level: 0 | 1 | 2, transferred: number) {
  const tflops = new Map(DEMO_ACCELERATORS.map((a) => [a.name, a.tflops]));
  const firms: Record<string, number> = {};
  for (const row of DEMO_MARKET_ROWS) {
    const count = [row[4], row[5], row[6]][level];
    const cap = metric === 'count' ? count : (count * tflops.get(row[3])!) / H100_TFLOPS;
    firms[row[0]] = (firms[row[0]] ?? 0) + cap;
  }
  const total = Object.values(firms).reduce((a, b) => a + b, 0);
  const hhi = (f: Record<string, number>) => Object.values(f).reduce((a, v) => a + (100 * v / total) ** 2, 0);
  const post = { ...firms, xAI: firms.xAI - transferred, Anthropic: firms.Anthropic + transferred };
  return { total, firms, pre: hhi(firms), post: hhi(post), delta: hhi(post) - hhi(firms) };
}

describe('demo market: xAI transfers 30,000–50,000 H100 SXM to Anthropic', () => {
  const run = (metric: Metric) =>
    analyzeMarket({ metric, accelerators: DEMO_ACCELERATORS, holdings: DEMO_HOLDINGS, scenario: DEMO_TRANSFER });

  it('count metric: hand-checked figures', () => {
    const r = run('count');
    // 150k + 600k + 350k + 1.5M + 523k accelerators at central figures.
    expect(r.pre.total).toBe(3_123_000);
    expect(r.pre.shares['Google DeepMind']).toBeCloseTo((1_500_000 / 3_123_000) * 100, 10);
    expect(r.pre.shares.xAI).toBeCloseTo(4.8031, 4);
    expect(r.pre.shares.Anthropic).toBeCloseTo(19.2123, 4);
    expect(r.pre.hhi).toBeCloseTo(3105.187, 3);
    // m = 40,000/3,123,000 = 1.28082 points; Δ = 2m(19.2123 − 4.8031 + 1.28082) = 40.192.
    expect(r.delta!.central).toBeCloseTo(40.1922, 4);
    expect(r.delta!.low).toBeCloseTo(30.9332, 4);
    expect(r.delta!.high).toBeCloseTo(37.4689, 4);
    expect(r.post!.hhi).toBeCloseTo(3145.379, 3);
    expect(r.post!.total).toBe(r.pre.total);
    expect(r.post!.shares.xAI).toBeCloseTo((110_000 / 3_123_000) * 100, 10);
    expect(r.pre.cr4).toBeCloseTo(((1_500_000 + 600_000 + 523_000 + 350_000) / 3_123_000) * 100, 10);
  });

  it('count metric matches an independent naive computation at low / central / high', () => {
    const r = run('count');
    [30_000, 40_000, 50_000].forEach((t, level) => {
      const n = naiveDemo('count', level as 0 | 1 | 2, t);
      expect(r.delta![(['low', 'central', 'high'] as const)[level]]).toBeCloseTo(n.delta, 8);
    });
    const c = naiveDemo('count', 1, 40_000);
    expect(r.pre.hhi).toBeCloseTo(c.pre, 8);
    expect(r.post!.hhi).toBeCloseTo(c.post, 8);
  });

  it('compute metric: hand-checked figures', () => {
    const r = run('compute');
    expect(r.unit).toBe('H100-equivalents');
    // xAI holds only H100/H200 (989.4 TFLOP/s each), so 150,000 chips = 150,000 H100-equivalents.
    expect(r.explain!.rows.find((x) => x.firm === 'xAI')!.capacity).toBeCloseTo(150_000, 6);
    // Anthropic: 500,000 × 667/989.4 + 100,000 × 918/989.4 = 429,856.48.
    expect(r.explain!.rows.find((x) => x.firm === 'Anthropic')!.capacity).toBeCloseTo(429_856.48, 2);
    expect(r.pre.total).toBeCloseTo(2_380_230.645, 3);
    expect(r.pre.hhi).toBeCloseTo(2394.379, 3);
    expect(r.post!.hhi).toBeCloseTo(2439.545, 3);
    expect(r.delta!.central).toBeCloseTo(45.1655, 4);
    expect(r.delta!.low).toBeCloseTo(31.6972, 4);
    expect(r.delta!.high).toBeCloseTo(41.2732, 4);
  });

  it('compute metric matches an independent naive computation', () => {
    const r = run('compute');
    [30_000, 40_000, 50_000].forEach((t, level) => {
      const n = naiveDemo('compute', level as 0 | 1 | 2, t);
      expect(r.delta![(['low', 'central', 'high'] as const)[level]]).toBeCloseTo(n.delta, 8);
    });
    const c = naiveDemo('compute', 1, 40_000);
    for (const [firm, cap] of Object.entries(c.firms)) {
      expect(r.pre.shares[firm]).toBeCloseTo((100 * cap) / c.total, 10);
    }
  });

  it('clears every structural screen at central figures (ΔHHI well under 100)', () => {
    for (const metric of ['count', 'compute'] as const) {
      const r = run(metric);
      expect(r.screens!.map((s) => s.concern)).toEqual(['none', 'none', 'none']);
      expect(r.screens![0].reason).toMatch(/structural presumption is not triggered/);
      expect(r.screens![2].reason).toMatch(/¶20/);
    }
  });

  it('answers ¶20(f) from the data and leaves the rest to counsel', () => {
    const r = run('count');
    const q = Object.fromEntries(r.euQuestions!.map((x) => [x.id, x.answer]));
    expect(q).toEqual({ a: 'for-counsel', b: 'for-counsel', c: 'for-counsel', d: 'for-counsel', e: 'for-counsel', f: 'no' });
    expect(r.indicators!.find((i) => i.id === 'eu-combined-share-below-25')!.applies).toBe(true);
  });

  it('power metric fails on the demo catalogue because TPUs and Trainium have no power figure', () => {
    let message = '';
    try {
      run('power');
    } catch (e) {
      message = (e as Error).message;
    }
    for (const chip of ['AWS Trainium2', 'Google TPU v6e (Trillium)', 'Google TPU v5p', 'Google TPU v5e']) {
      expect(message).toContain(chip);
    }
    expect(message).not.toContain('NVIDIA');
  });
});

describe('power metric', () => {
  it('counts megawatts of board power', () => {
    const r = analyzeMarket({
      metric: 'power',
      accelerators: [
        { name: 'NVIDIA H100 SXM', tflops: 989.4, watts: 700 },
        { name: 'NVIDIA B200 (HGX)', tflops: 2250, watts: 1000 },
      ],
      holdings: [
        { firm: 'A', accelerator: 'NVIDIA H100 SXM', count: 10_000 }, // 7 MW
        { firm: 'B', accelerator: 'NVIDIA B200 (HGX)', count: 3_000 }, // 3 MW
      ],
    });
    expect(r.unit).toBe('MW');
    expect(r.pre.total).toBeCloseTo(10, 12);
    expect(r.pre.shares.A).toBeCloseTo(70, 10);
    expect(r.pre.hhi).toBeCloseTo(70 ** 2 + 30 ** 2, 8);
  });
});

describe('transfer to a smaller firm', () => {
  it('reports a negative ΔHHI, not clamped', () => {
    const r = analyzeMarket({
      metric: 'count',
      accelerators: ONE_CHIP,
      holdings: marketFromCounts([60, 10, 30]),
      scenario: { type: 'transfer', from: 'Firm 1', to: 'Firm 2', accelerator: CHIP, count: 20 },
    });
    // (30² + 40²) − (10² + 60²) = 2,500 − 3,700 = −1,200
    expect(r.delta!.central).toBeCloseTo(-1200, 9);
    expect(r.post!.hhi).toBeCloseTo(4600 - 1200, 9);
    expect(r.screens!.map((s) => s.concern)).toEqual(['none', 'none', 'none']);
    // EU: Firm 1 had 60 % before the deal, but the seller's retained business is not an undertaking
    // concerned: ¶20(f) looks at Firm 2 (10 %) and the 20 points transferred, so it does not apply.
    expect(r.screens![2].reason).toContain('¶20(f) is applied to the undertakings concerned: Firm 2 (10.00 %) and the transferred capacity');
    expect(r.euQuestions!.find((q) => q.id === 'f')!.answer).toBe('no');
  });
});
