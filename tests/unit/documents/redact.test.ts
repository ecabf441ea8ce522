import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/concentration';
import { bandFor, bandLabel, magnitudeBand, redact, type ConfidentialFigure } from '@/lib/documents/redact';
import { figuresFor } from '@/lib/documents/figures';

const exactFigures = figuresFor('confidential');
const redactedFigures = figuresFor('non-confidential');

describe('redaction of confidential figures', () => {
  it('writes ranges the way public versions of EU decisions do', () => {
    expect(redact('share', 24.7)).toBe('[20–30] %');
    expect(redact('share', 3.2)).toBe('[0–5] %');
    expect(redact('share', 100)).toBe('[90–100] %');
    expect(redact('count', 37_412)).toBe('[30,000–40,000]');
    expect(redact('money', 8437.5, { currency: 'USD' })).toBe('USD [8,000–9,000] m');
    expect(redact('capacity', 0.37, { unit: 'MW' })).toBe('[0.3–0.4] MW');
    expect(redact('hhi', 2345.6)).toBe('[2,000–2,500]');
    expect(redact('hhi', 1799.9)).toBe('[1,500–1,800]');
    expect(redact('delta', 156)).toBe('[150–200]');
    expect(redact('delta', -12)).toBe('[below 0]');
    expect(redact('probability', 0.973)).toBe('[90–100] %');
    expect(bandLabel('count', 0)).toBe('0');
  });

  it('handles powers of ten without a value falling outside its own band', () => {
    for (const v of [1, 10, 100, 1000, 1e4, 1e5, 1e6, 0.1, 0.01]) {
      const b = magnitudeBand(v);
      expect(b.low).toBeLessThanOrEqual(v);
      expect(v).toBeLessThan(b.high);
    }
  });

  it('always returns a band that contains the figure (property)', () => {
    const kinds: ConfidentialFigure[] = ['share', 'count', 'money', 'capacity', 'hhi', 'delta'];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.double({ min: 0.001, max: 9_999, noNaN: true }), (kind, raw) => {
        const v = kind === 'share' ? raw % 100 : raw;
        const b = bandFor(kind, v);
        expect(b.low).toBeLessThanOrEqual(v);
        expect(v <= b.high).toBe(true);
        if (!(kind === 'share' && b.high === 100)) expect(v).toBeLessThan(b.high);
      }),
    );
  });

  it('never prints the exact figure in a range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (n) => {
        fc.pre(!/^[1-9]0*$/.test(String(n))); // a figure equal to a band edge is printed as that edge
        const exact = formatNumber(n, 0);
        expect(redact('count', n)).not.toContain(exact);
        expect(redactedFigures.count(n)).not.toContain(exact);
      }),
    );
  });

  it('aligns HHI and ΔHHI ranges with the guideline thresholds', () => {
    for (const t of [1000, 1500, 1800, 2000, 2500]) {
      expect(bandFor('hhi', t - 0.01).high).toBe(t);
      expect(bandFor('hhi', t).low).toBe(t);
    }
    for (const t of [100, 150, 200, 250]) {
      expect(bandFor('delta', t - 0.01).high).toBe(t);
      expect(bandFor('delta', t).low).toBe(t);
    }
  });

  it('keeps exact figures in the confidential edition', () => {
    expect(exactFigures.share(31.44)).toBe('31.4 %');
    expect(exactFigures.count(37412)).toBe('37,412');
    expect(exactFigures.money(8437.5, 'USD')).toBe('USD 8,437.50 m');
    expect(exactFigures.hhi(2345.6)).toBe('2,346');
    expect(exactFigures.text('12 %', 'Note')).toBe('12 %');
  });
});
