import { describe, expect, it } from 'vitest';
import { analyzeMarket, eu2004Code, us2010Code, us2023Code, type Guideline, type Screen } from '@/lib/concentration';
import { ONE_CHIP, hhiOfShares, marketFromCounts } from './helpers';

/**
 * Merges Firm 1 and Firm 2 of a market whose integer counts sum to 100, so
 * shares, HHI and Δ are exact and can sit precisely on a threshold.
 */
function mergeFirst2(shares: number[]): { screens: Record<Guideline, Screen>; post: number; delta: number } {
  expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
  const r = analyzeMarket({
    metric: 'count',
    accelerators: ONE_CHIP,
    holdings: marketFromCounts(shares),
    scenario: { type: 'merger', acquirer: 'Firm 1', target: 'Firm 2' },
  });
  const expectedDelta = 2 * shares[0] * shares[1];
  expect(r.delta!.central).toBe(expectedDelta);
  expect(r.post!.hhi).toBe(hhiOfShares(shares) + expectedDelta);
  return {
    screens: Object.fromEntries(r.screens!.map((s) => [s.guideline, s])) as Record<Guideline, Screen>,
    post: r.post!.hhi,
    delta: r.delta!.central,
  };
}

describe('US 2023 Guideline 1 (strict >)', () => {
  it.each([
    // [post, Δ, merged share, expected]
    [1800, 101, 10, 0],
    [1800.0001, 101, 10, 2],
    [1801, 100, 10, 0],
    [1801, 100.0001, 10, 2],
    [1000, 101, 30, 0],
    [1000, 101, 30.0001, 2],
    [5000, -500, 80, 0],
  ])('post %d, Δ %d, share %d → %d', (post, d, share, code) => {
    expect(us2023Code(post, d, share)).toBe(code);
  });

  it('post HHI exactly 1,800 with Δ > 100 and share ≤ 30 %: not presumed', () => {
    const { screens, post, delta } = mergeFirst2([14, 8, 21, 2, 25, 6, 11, 5, 8]);
    expect([post, delta]).toEqual([1800, 224]);
    expect(screens['us-2023'].concern).toBe('none');
    expect(screens['us-2023'].reason).toContain('post-transaction HHI 1,800 is not more than 1,800');
    expect(screens['us-2023'].reason).toMatch(/structural presumption is not triggered.*no safe harbour/);
  });

  it('post HHI 1,802 with Δ 114: presumed', () => {
    const { screens, post } = mergeFirst2([3, 19, 19, 1, 24, 3, 17, 3, 3, 8]);
    expect(post).toBe(1802);
    expect(screens['us-2023'].concern).toBe('presumed');
    expect(screens['us-2023'].reason).toContain('Post-transaction HHI 1,802 > 1,800 and ΔHHI 114 > 100');
  });

  it('merged share exactly 30 %: not presumed; 31 %: presumed even below HHI 1,800', () => {
    const at30 = mergeFirst2([27, 3, 13, 3, 11, 4, 5, 15, 9, 10]);
    expect(at30.post).toBeLessThanOrEqual(1800);
    expect(at30.screens['us-2023'].concern).toBe('none');
    const at31 = mergeFirst2([29, 2, 10, 16, 5, 2, 18, 2, 4, 6, 6]);
    expect(at31.post).toBeLessThanOrEqual(1800);
    expect(at31.screens['us-2023'].concern).toBe('presumed');
    expect(at31.screens['us-2023'].reason).toContain("Firm 1's post-transaction share 31.0 % > 30 %");
  });

  it('Δ exactly 100 in a highly concentrated market: not presumed', () => {
    const { screens, delta } = mergeFirst2([25, 2, 20, 53]);
    expect(delta).toBe(100);
    expect(screens['us-2023'].concern).toBe('none');
  });
});

describe('US 2010 HMG §5.3 bands', () => {
  it.each([
    // unconcentrated: below 1,500
    [1499.99, 1000, 0],
    // moderately concentrated 1,500–2,500 inclusive; needs Δ > 100
    [1500, 100.01, 1],
    [1500, 100, 0],
    [2500, 99.99, 0],
    [2500, 1000, 1],
    // highly concentrated: above 2,500; Δ 100–200 inclusive potential, > 200 presumed
    [2500.01, 99.99, 0],
    [2500.01, 100, 1],
    [2500.01, 200, 1],
    [2500.01, 200.01, 2],
    [9000, -100, 0],
  ])('post %d, Δ %d → %d', (post, d, code) => {
    expect(us2010Code(post, d)).toBe(code);
  });

  it('post exactly 1,500 with Δ 150 is moderately concentrated: potential', () => {
    const { screens, post } = mergeFirst2([5, 15, 3, 7, 22, 1, 18, 9, 10, 4, 6]);
    expect(post).toBe(1500);
    expect(screens['us-2010'].concern).toBe('potential');
    expect(screens['us-2010'].reason).toContain('moderately concentrated (1,500–2,500) and ΔHHI 150 > 100');
  });

  it('post 1,498 with Δ 150 is unconcentrated: none', () => {
    const { screens, post } = mergeFirst2([15, 5, 8, 8, 24, 8, 15, 4, 8, 5]);
    expect(post).toBe(1498);
    expect(screens['us-2010'].concern).toBe('none');
    expect(screens['us-2010'].reason).toContain('Post-transaction HHI 1,498 < 1,500');
  });

  it('post exactly 2,500 with Δ 250 is still moderately concentrated: potential, not presumed', () => {
    const { screens, post } = mergeFirst2([5, 25, 1, 25, 3, 30, 7, 4]);
    expect(post).toBe(2500);
    expect(screens['us-2010'].concern).toBe('potential');
  });

  it('post 2,502 with Δ 250: presumed', () => {
    const { screens, post } = mergeFirst2([5, 25, 15, 10, 4, 6, 35]);
    expect(post).toBe(2502);
    expect(screens['us-2010'].concern).toBe('presumed');
    expect(screens['us-2010'].reason).toContain('Post-transaction HHI 2,502 > 2,500 (highly concentrated) and ΔHHI 250 > 200');
  });

  it('Δ exactly 100 in a moderately concentrated market falls in the gap: none, with the reason saying so', () => {
    const { screens, post, delta } = mergeFirst2([2, 25, 28, 4, 21, 18, 2]);
    expect(delta).toBe(100);
    expect(post).toBeGreaterThanOrEqual(1500);
    expect(post).toBeLessThanOrEqual(2500);
    expect(screens['us-2010'].concern).toBe('none');
    expect(screens['us-2010'].reason).toMatch(/exactly 100/);
  });

  it('Δ exactly 100 and exactly 200 in a highly concentrated market: potential', () => {
    expect(mergeFirst2([25, 2, 20, 53]).screens['us-2010'].concern).toBe('potential');
    const at200 = mergeFirst2([50, 2, 8, 8, 1, 1, 30]);
    expect(at200.delta).toBe(200);
    expect(at200.screens['us-2010'].concern).toBe('potential');
    expect(at200.screens['us-2010'].reason).toContain('between 100 and 200');
  });
});

describe('EU HMG ¶19–21 safe harbours', () => {
  it.each([
    [999.99, 5000, 10, 0],
    [1000, 249.99, 10, 0],
    [1000, 250, 10, 1],
    [2000, 249.99, 10, 0],
    [2000.01, 149.99, 10, 0],
    [2000.01, 150, 10, 1],
    // ¶20(f): a party with ≥ 50 % before the deal loses the safe harbour
    [2600, 10, 49.99, 0],
    [2600, 10, 50, 1],
  ])('post %d, Δ %d, largest party %d % → %d', (post, d, share, code) => {
    expect(eu2004Code(post, d, share)).toBe(code);
  });

  it('post exactly 2,000 with Δ 200 is in the middle zone: safe harbour', () => {
    const { screens, post } = mergeFirst2([4, 25, 6, 30, 4, 4, 5, 10, 4, 7, 1]);
    expect(post).toBe(2000);
    expect(screens['eu-2004'].concern).toBe('none');
    expect(screens['eu-2004'].reason).toContain('between 1,000 and 2,000 with ΔHHI 200 < 250');
    expect(screens['eu-2004'].reason).toMatch(/¶20 exceptions/);
  });

  it('post 2,002 with Δ 200: outside the safe harbours', () => {
    const { screens, post } = mergeFirst2([25, 4, 24, 16, 2, 15, 6, 8]);
    expect(post).toBe(2002);
    expect(screens['eu-2004'].concern).toBe('potential');
    expect(screens['eu-2004'].reason).toContain('Post-merger HHI 2,002 > 2,000 with ΔHHI 200 ≥ 150');
  });

  it('post exactly 2,000 with Δ 150 is safe; 2,002 with Δ 150 is not', () => {
    expect(mergeFirst2([15, 5, 27, 17, 1, 1, 16, 18]).screens['eu-2004'].concern).toBe('none');
    expect(mergeFirst2([15, 5, 24, 26, 10, 5, 15]).screens['eu-2004'].concern).toBe('potential');
  });

  it('post below 1,000: safe harbour whatever the Δ', () => {
    const { screens, post, delta } = mergeFirst2([10, 15, 3, 6, 1, 6, 1, 9, 5, 5, 5, 4, 2, 2, 5, 4, 6, 4, 2, 3, 2]);
    expect([post, delta]).toEqual([998, 300]);
    expect(screens['eu-2004'].concern).toBe('none');
  });

  it('post exactly 1,000 with Δ exactly 250: not below 250, so outside the safe harbour', () => {
    // 25 % + 5 % merge; 15 firms at 2 % and 40 at 1 %: pre 750, Δ 250.
    const shares = [25, 5, ...Array(15).fill(2), ...Array(40).fill(1)];
    const { screens, post, delta } = mergeFirst2(shares);
    expect([post, delta]).toEqual([1000, 250]);
    expect(screens['eu-2004'].concern).toBe('potential');
  });
});

describe('every screen carries a citation and a reason with figures', () => {
  it('all three guidelines, in a fixed order', () => {
    const { screens } = mergeFirst2([30, 20, 20, 30]);
    expect(Object.keys(screens)).toEqual(['us-2023', 'us-2010', 'eu-2004']);
    expect(screens['us-2023'].citation).toBe('U.S. DOJ & FTC Merger Guidelines (2023), Guideline 1');
    expect(screens['us-2010'].citation).toMatch(/Horizontal Merger Guidelines \(2010\), §5\.3/);
    expect(screens['eu-2004'].citation).toMatch(/2004\/C 31\/03\), ¶¶19–21/);
    for (const s of Object.values(screens)) expect(s.reason).toMatch(/\d/);
  });
});
