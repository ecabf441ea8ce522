import { describe, expect, it } from 'vitest';
import { DeadlineInputError, statePremergerCopyDue, statePremergerNexus } from '@/lib/deadlines';

describe('statePremergerCopyDue', () => {
  it('the copy is due the same day as the HSR filing', () => {
    const wa = statePremergerCopyDue({ state: 'WA', hsrFiledOn: '2026-03-02' });
    expect(wa.deadline).toBe('2026-03-02');
    expect(wa.citation).toContain('RCW 19.420.020');
    const co = statePremergerCopyDue({ state: 'CO', hsrFiledOn: '2026-03-02' });
    expect(co.deadline).toBe('2026-03-02');
    expect(co.explanation.join(' ')).toContain('HB 26-1427');
  });

  it('refuses filings before the act took effect, naming the date', () => {
    expect(() => statePremergerCopyDue({ state: 'CO', hsrFiledOn: '2025-08-05' })).toThrow(DeadlineInputError);
    expect(() => statePremergerCopyDue({ state: 'WA', hsrFiledOn: '2025-07-26' })).toThrow(/from Sunday 27 July 2025/);
  });
});

describe('statePremergerNexus', () => {
  const base = { hsrThresholdUsd: 133_900_000 };
  it('20 % of the HSR threshold: $26,780,000 for 2026', () => {
    expect(statePremergerNexus({ ...base, state: 'CO', principalPlaceOfBusinessInState: false, inStateSalesUsd: 26_780_000 }).answer).toBe('required');
    expect(statePremergerNexus({ ...base, state: 'CO', principalPlaceOfBusinessInState: false, inStateSalesUsd: 26_779_999 }).answer).toBe('not-required');
  });

  it('a missing figure is unknown, never not required', () => {
    const result = statePremergerNexus({ ...base, state: 'CO', principalPlaceOfBusinessInState: false, inStateSalesUsd: null });
    expect(result.answer).toBe('unknown');
    expect(result.missing).toEqual(['annual net sales in CO of the goods or services involved']);
    expect(statePremergerNexus({ ...base, state: 'WA', principalPlaceOfBusinessInState: false, inStateSalesUsd: 0 }).answer).toBe('unknown');
    expect(statePremergerNexus({ ...base, state: 'WA', principalPlaceOfBusinessInState: true, inStateSalesUsd: null }).answer).toBe('required');
  });

  it('refuses negative amounts', () => {
    expect(() => statePremergerNexus({ ...base, state: 'WA', principalPlaceOfBusinessInState: false, inStateSalesUsd: -1 })).toThrow(/cannot be negative/);
  });
});
