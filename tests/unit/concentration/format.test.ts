import { describe, expect, it } from 'vitest';
import { ConcentrationError, H100_TFLOPS, formatNumber, formatShareBand } from '@/lib/concentration';
import { formatAgainst } from '@/lib/concentration/format';

describe('formatShareBand (Form CO 7.1 bands)', () => {
  it.each([
    [0, '[0–5] %'],
    [4.999, '[0–5] %'],
    [5, '[5–10] %'],
    [22.5, '[20–25] %'],
    [25, '[25–30] %'],
    [48.03, '[45–50] %'],
    [99.9, '[95–100] %'],
    [100, '[95–100] %'],
  ])('%d % → %s', (share, band) => {
    expect(formatShareBand(share)).toBe(band);
  });

  it.each([-0.1, 100.1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (share) => {
    expect(() => formatShareBand(share)).toThrow(ConcentrationError);
  });
});

describe('number formatting', () => {
  it('groups thousands and never prints -0', () => {
    expect(formatNumber(2604.4)).toBe('2,604');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(-1200)).toBe('-1,200');
    expect(formatNumber(-0.2)).toBe('0');
    expect(formatNumber(999)).toBe('999');
  });

  it('adds decimals only when rounding would hide which side of the threshold a value is on', () => {
    expect(formatAgainst(2604.4, 1800)).toBe('2,604');
    expect(formatAgainst(1800.3, 1800)).toBe('1,800.3');
    expect(formatAgainst(1799.96, 1800)).toBe('1,799.96');
    expect(formatAgainst(1800.00004, 1800)).toBe('1,800.0000');
    expect(formatAgainst(1800, 1800)).toBe('1,800');
  });

  it('H100_TFLOPS is the dense BF16 peak of an H100 SXM', () => {
    expect(H100_TFLOPS).toBe(989.4);
  });
});
