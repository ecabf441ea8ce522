import { describe, expect, it } from 'vitest';
import { ConcentrationError, analyzeMarket, type AnalyzeMarketInput } from '@/lib/concentration';
import { DEMO_ACCELERATORS, DEMO_HOLDINGS, DEMO_TRANSFER } from './demo-market.fixture';
import { CHIP, ONE_CHIP, marketFromCounts } from './helpers';

/** Runs analyzeMarket and returns the ConcentrationError's message (fails if none is thrown). */
function messageOf(input: AnalyzeMarketInput): string {
  try {
    analyzeMarket(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ConcentrationError);
    expect(e).toBeInstanceOf(Error);
    return (e as Error).message;
  }
  throw new Error('expected a ConcentrationError');
}

const base = (over: Partial<AnalyzeMarketInput> = {}): AnalyzeMarketInput => ({
  metric: 'count',
  accelerators: DEMO_ACCELERATORS,
  holdings: DEMO_HOLDINGS,
  ...over,
});

describe('ConcentrationError messages name what is wrong', () => {
  it('unknown accelerator: names the chip and the firm', () => {
    const m = messageOf(base({ holdings: [...DEMO_HOLDINGS, { firm: 'Mistral', accelerator: 'Cerebras WSE-3', count: 10 }] }));
    expect(m).toContain('Cerebras WSE-3');
    expect(m).toContain('Mistral');
    expect(m).toMatch(/not in the accelerator catalogue/);
  });

  it('unknown accelerator with a near miss suggests the catalogue spelling', () => {
    const m = messageOf(base({ holdings: [{ firm: 'xAI', accelerator: 'nvidia h100 sxm', count: 10 }] }));
    expect(m).toContain('Did you mean "NVIDIA H100 SXM"?');
  });

  it('power metric without power figures: names every such chip held', () => {
    const m = messageOf(base({ metric: 'power' }));
    for (const chip of ['AWS Trainium2', 'Google TPU v6e (Trillium)', 'Google TPU v5p', 'Google TPU v5e']) {
      expect(m).toContain(chip);
    }
    expect(m).toContain('Anthropic');
    // TPU v4 lacks a figure too, but nobody holds it, so it is not blamed.
    expect(m).not.toContain('TPU v4');
  });

  it('transfer larger than the seller holds: names both numbers', () => {
    const m = messageOf(base({ scenario: { ...DEMO_TRANSFER, count: 150_000 } }));
    expect(m).toBe(
      'The scenario transfers 150,000 NVIDIA H100 SXM from xAI, but xAI holds only 100,000 of that accelerator.',
    );
  });

  it('transfer larger than the seller holds at the low figure', () => {
    const m = messageOf({
      metric: 'count',
      accelerators: DEMO_ACCELERATORS,
      holdings: [
        { firm: 'xAI', accelerator: 'NVIDIA H100 SXM', count: { low: 40_000, central: 60_000, high: 80_000 } },
        { firm: 'Anthropic', accelerator: 'AWS Trainium2', count: 500_000 },
      ],
      scenario: { ...DEMO_TRANSFER, count: 50_000 },
    });
    expect(m).toBe(
      'The scenario transfers 50,000 NVIDIA H100 SXM from xAI, but xAI holds only 40,000 of that accelerator (at the low figure).',
    );
  });

  it('transfer of a chip the seller does not hold at all', () => {
    const m = messageOf(base({ scenario: { ...DEMO_TRANSFER, accelerator: 'AMD Instinct MI300X', count: 1 } }));
    expect(m).toContain('xAI holds only 0 of that accelerator');
  });

  it('market whose total is zero', () => {
    expect(messageOf(base({ holdings: [] }))).toMatch(/no holdings/);
    const zero = messageOf(base({ holdings: marketFromCounts([0, 0]).map((h) => ({ ...h, accelerator: 'NVIDIA H100 SXM' })) }));
    expect(zero).toMatch(/total is zero/);
  });

  it('low estimates all zero makes the low-case ΔHHI impossible', () => {
    const m = messageOf({
      metric: 'count',
      accelerators: ONE_CHIP,
      holdings: [
        { firm: 'A', accelerator: CHIP, count: { low: 0, central: 5, high: 10 } },
        { firm: 'B', accelerator: CHIP, count: { low: 0, central: 5, high: 10 } },
      ],
      scenario: { type: 'merger', acquirer: 'A', target: 'B' },
    });
    expect(m).toMatch(/low estimates the market total is zero/);
  });

  it('low above central: names firm, chip and both figures', () => {
    const m = messageOf(
      base({ holdings: [{ firm: 'Meta', accelerator: 'NVIDIA H100 SXM', count: { low: 400_000, central: 350_000, high: 450_000 } }] }),
    );
    expect(m).toContain("Meta's NVIDIA H100 SXM");
    expect(m).toContain('400,000');
    expect(m).toContain('350,000');
    expect(m).toMatch(/low estimate .* above its central estimate/);
  });

  it('central above high: names firm, chip and both figures', () => {
    const m = messageOf(
      base({ holdings: [{ firm: 'OpenAI', accelerator: 'NVIDIA GB200 (per GPU)', count: { low: 1, central: 90_000, high: 80_000 } }] }),
    );
    expect(m).toContain("OpenAI's NVIDIA GB200 (per GPU)");
    expect(m).toMatch(/central estimate \(90,000\).*high estimate \(80,000\)/);
  });

  it.each([
    [-5, /negative \(-5\)/],
    [Number.NaN, /not a number/],
    [Number.POSITIVE_INFINITY, /not a finite number/],
  ])('count %s is rejected', (count, pattern) => {
    const m = messageOf(base({ holdings: [{ firm: 'xAI', accelerator: 'NVIDIA H100 SXM', count }] }));
    expect(m).toMatch(pattern);
    expect(m).toContain("xAI's NVIDIA H100 SXM");
  });

  it('negative figure inside a range is rejected', () => {
    const m = messageOf(base({ holdings: [{ firm: 'xAI', accelerator: 'NVIDIA H100 SXM', count: { low: -1, central: 2, high: 3 } }] }));
    expect(m).toMatch(/low count for xAI's NVIDIA H100 SXM is negative/);
  });

  it('invalid transfer count is rejected and named', () => {
    const m = messageOf(base({ scenario: { ...DEMO_TRANSFER, count: { low: 50_000, central: 40_000, high: 60_000 } } }));
    expect(m).toMatch(/NVIDIA H100 SXM transferred from xAI to Anthropic/);
    expect(m).toMatch(/low estimate \(50,000\)/);
  });

  it('negative or non-finite catalogue figures are rejected', () => {
    expect(messageOf(base({ accelerators: [{ name: 'X', tflops: -1 }] }))).toMatch(/X a TFLOP\/s figure of -1/);
    expect(messageOf(base({ accelerators: [{ name: 'X', tflops: 1, watts: Infinity }] }))).toMatch(/X a power figure/);
  });

  it('scenario naming a firm with no holdings', () => {
    const m1 = messageOf(base({ scenario: { type: 'merger', acquirer: 'Anthropic', target: 'Mistral' } }));
    expect(m1).toMatch(/Mistral as the target, but Mistral has no holdings/);
    const m2 = messageOf(base({ scenario: { ...DEMO_TRANSFER, to: 'SSI' } }));
    expect(m2).toMatch(/SSI as the buyer, but SSI has no holdings/);
    const m3 = messageOf(base({ scenario: { ...DEMO_TRANSFER, from: 'Nobody' } }));
    expect(m3).toMatch(/Nobody as the seller/);
  });

  it('merger of a firm with itself', () => {
    const m = messageOf(base({ scenario: { type: 'merger', acquirer: 'Meta', target: 'Meta' } }));
    expect(m).toMatch(/Meta as both acquirer and target/);
  });

  it('transfer from a firm to itself', () => {
    expect(messageOf(base({ scenario: { ...DEMO_TRANSFER, to: 'xAI' } }))).toMatch(/xAI as both seller and buyer/);
  });

  it('transfer of an accelerator not in the catalogue', () => {
    const m = messageOf(base({ scenario: { ...DEMO_TRANSFER, accelerator: 'H100' } }));
    expect(m).toMatch(/"H100" from xAI to Anthropic.*not in the accelerator catalogue/);
  });

  it.each([0, -1, 1.5, Number.NaN, 1_000_001, Number.POSITIVE_INFINITY])('Monte Carlo draws %s is rejected', (draws) => {
    const m = messageOf(base({ scenario: DEMO_TRANSFER, monteCarlo: { draws, seed: 1 } }));
    expect(m).toMatch(/number of Monte Carlo draws must be a whole number from 1 to 1,000,000/);
  });

  it('Monte Carlo seed must be a whole number', () => {
    expect(messageOf(base({ scenario: DEMO_TRANSFER, monteCarlo: { draws: 10, seed: 0.5 } }))).toMatch(/seed must be a whole number/);
  });

  it('unknown metric', () => {
    expect(messageOf(base({ metric: 'revenue' as 'count' }))).toMatch(/Unknown metric "revenue"/);
  });

  it('duplicate accelerator names in the catalogue', () => {
    const m = messageOf(base({ accelerators: [...DEMO_ACCELERATORS, { name: 'NVIDIA H100 SXM', tflops: 1000 }] }));
    expect(m).toMatch(/lists "NVIDIA H100 SXM" more than once/);
  });
});
