import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { euJurisdiction, JurisdictionInputError, type UndertakingTurnover } from '@/lib/jurisdiction';

const M = 1_000_000;

describe('EUMR Art. 1(2)', () => {
  it('met: €40bn + €12bn worldwide, both above €250m in the EU, spread across states', () => {
    const result = euJurisdiction({
      undertakings: [
        { name: 'Acquirer', worldwideEur: 40_000 * M, euEur: 9_000 * M, byMemberState: { DE: 2_000 * M, FR: 1_500 * M, IT: 1_000 * M } },
        { name: 'Target', worldwideEur: 12_000 * M, euEur: 2_600 * M, byMemberState: { DE: 400 * M, NL: 300 * M, ES: 250 * M } },
      ],
    });
    expect(result.result).toBe('met-1-2');
    expect(result.missing).toEqual([]);
    expect(result.reasons[1]).toBe('Art. 1(2)(b) EU-wide turnover above €250 million for at least two undertakings: met — Acquirer (€9,000 million), Target (€2,600 million).');
  });

  it('two-thirds rule: both undertakings earn more than two-thirds of EU turnover in Germany → not met', () => {
    const result = euJurisdiction({
      undertakings: [
        { name: 'A', worldwideEur: 6_000 * M, euEur: 900 * M, byMemberState: { DE: 700 * M, AT: 200 * M } },
        { name: 'B', worldwideEur: 1_000 * M, euEur: 300 * M, byMemberState: { DE: 250 * M, FR: 50 * M } },
      ],
    });
    expect(result.result).toBe('not-met');
    expect(result.reasons).toContain('Two-thirds rule: each undertaking achieves more than two-thirds of its EU-wide turnover in DE, so there is no EU dimension (Art. 1(2) and 1(3), last sentence).');
  });

  it('exactly two-thirds is not "more than" two-thirds', () => {
    const result = euJurisdiction({
      undertakings: [
        { name: 'A', worldwideEur: 6_000 * M, euEur: 900 * M, byMemberState: { DE: 600 * M, AT: 300 * M } },
        { name: 'B', worldwideEur: 1_000 * M, euEur: 300 * M, byMemberState: { DE: 250 * M, FR: 50 * M } },
      ],
    });
    expect(result.result).toBe('met-1-2');
  });
});

describe('EUMR Art. 1(3)', () => {
  const a: UndertakingTurnover = { name: 'A', worldwideEur: 2_000 * M, euEur: 400 * M, byMemberState: { DE: 150 * M, FR: 100 * M, IT: 80 * M, ES: 20 * M } };
  const b: UndertakingTurnover = { name: 'B', worldwideEur: 600 * M, euEur: 150 * M, byMemberState: { DE: 40 * M, FR: 30 * M, IT: 30 * M, PL: 50 * M } };

  it('met: €2.6bn worldwide, three states above €100m combined with both above €25m, both above €100m EU-wide', () => {
    const result = euJurisdiction({ undertakings: [a, b] });
    expect(result.result).toBe('met-1-3');
    expect(result.reasons[3]).toContain('met — FR, DE, IT');
  });

  it('not met when one of the three states has only one undertaking above €25m', () => {
    const weak = { ...b, byMemberState: { DE: 40 * M, FR: 30 * M, IT: 20 * M, PL: 60 * M } };
    expect(euJurisdiction({ undertakings: [a, weak] }).result).toBe('not-met');
  });

  it('GR is read as EL; the UK is refused as a Member State', () => {
    expect(() => euJurisdiction({ undertakings: [a, { ...b, byMemberState: { UK: 50 * M } }] })).toThrow(JurisdictionInputError);
    expect(() => euJurisdiction({ undertakings: [a, { ...b, byMemberState: { GR: 50 * M } }] })).not.toThrow();
  });
});

describe('incomplete data', () => {
  it('names the figures still needed', () => {
    const result = euJurisdiction({
      undertakings: [
        { name: 'Acquirer', worldwideEur: 40_000 * M, euEur: 9_000 * M },
        { name: 'Target', worldwideEur: 12_000 * M },
      ],
    });
    expect(result.result).toBe('incomplete');
    expect(result.missing).toEqual(['turnover by Member State of Acquirer', 'EU-wide turnover of Target', 'turnover by Member State of Target']);
  });

  it('decides "not met" when the known figures already rule both tests out', () => {
    const result = euJurisdiction({ undertakings: [{ name: 'A', worldwideEur: 1_000 * M }, { name: 'B', worldwideEur: 500 * M }] });
    expect(result).toMatchObject({ result: 'not-met', missing: [] });
  });

  it('needs two undertakings', () => {
    expect(euJurisdiction({ undertakings: [{ name: 'Solo', worldwideEur: 10_000 * M }] })).toMatchObject({ result: 'incomplete', missing: ['at least two undertakings concerned'] });
  });

  it('refuses inconsistent or invalid figures', () => {
    expect(() => euJurisdiction({ undertakings: [{ name: 'A', euEur: 100 * M, byMemberState: { DE: 150 * M } }, { name: 'B' }] })).toThrow(/adds up to €150 million, more than its EU-wide turnover of €100 million/);
    expect(() => euJurisdiction({ undertakings: [{ name: 'A', worldwideEur: -1 }, { name: 'B' }] })).toThrow(JurisdictionInputError);
    expect(() => euJurisdiction({ undertakings: [{ name: 'A' }, { name: 'A' }] })).toThrow('Each undertaking concerned must appear once.');
  });
});

describe('properties', () => {
  const undertaking = (name: string) =>
    fc.record({
      worldwide: fc.integer({ min: 0, max: 50_000 }),
      euShare: fc.integer({ min: 0, max: 100 }),
      de: fc.integer({ min: 0, max: 100 }),
    }).map(({ worldwide, euShare, de }) => {
      const eu = Math.floor((worldwide * euShare) / 100);
      const inDe = Math.floor((eu * de) / 100);
      return { name, worldwideEur: worldwide * M, euEur: eu * M, byMemberState: { DE: inDe * M, FR: (eu - inDe) * M } };
    });

  it('complete data never gives "incomplete", and a met result always satisfies its combined worldwide threshold', () => {
    fc.assert(
      fc.property(undertaking('A'), undertaking('B'), (a, b) => {
        const { result } = euJurisdiction({ undertakings: [a, b] });
        expect(result).not.toBe('incomplete');
        const worldwide = a.worldwideEur + b.worldwideEur;
        if (result === 'met-1-2') expect(worldwide).toBeGreaterThan(5_000 * M);
        if (result === 'met-1-3') expect(worldwide).toBeGreaterThan(2_500 * M);
      }),
      { numRuns: 300 },
    );
  });

  it('hiding a figure never turns a decided result into a different decided result', () => {
    fc.assert(
      fc.property(undertaking('A'), undertaking('B'), fc.constantFrom('worldwideEur', 'euEur', 'byMemberState'), (a, b, field) => {
        const full = euJurisdiction({ undertakings: [a, b] }).result;
        const partial = euJurisdiction({ undertakings: [{ ...a, [field]: undefined }, b] }).result;
        expect([full, 'incomplete']).toContain(partial);
      }),
      { numRuns: 300 },
    );
  });
});
