import { describe, expect, it } from 'vitest';
import { DeadlineInputError, SAMR_HOLIDAY_FLAG, samrPhase1Deadline, samrPhase2Deadline } from '@/lib/deadlines';

describe('samrPhase1Deadline (AML Art. 30)', () => {
  it('30 calendar days, day 1 the day after acceptance', () => {
    const result = samrPhase1Deadline({ acceptedOn: '2025-01-10' });
    expect(result.deadline).toBe('2025-02-09');
    expect(result.trace[1]).toMatchObject({ date: '2025-01-11', dayNumber: 1 });
    expect(result.trace.filter((s) => s.dayNumber !== undefined)).toHaveLength(30);
  });

  it('every result carries the unverified holiday flag; a last day in the Spring Festival is not moved', () => {
    // 2025-02-09 falls in no holiday, but 2026-02-17 (Spring Festival) is kept as computed.
    const result = samrPhase1Deadline({ acceptedOn: '2026-01-18' });
    expect(result.deadline).toBe('2026-02-17');
    expect(result.explanation.at(-1)).toBe(SAMR_HOLIDAY_FLAG);
    expect(SAMR_HOLIDAY_FLAG).toMatch(/^Unverified/);
  });

  it('simplified cases: same statutory period, said in the explanation', () => {
    const result = samrPhase1Deadline({ acceptedOn: '2025-01-10', simplified: true });
    expect(result.deadline).toBe('2025-02-09');
    expect(result.explanation.join(' ')).toContain('Simplified procedure: the statutory period is the same 30 days');
  });
});

describe('samrPhase2Deadline (AML Arts. 31, 32)', () => {
  it('90 days from the decision; +60 days extension', () => {
    expect(samrPhase2Deadline({ furtherReviewOn: '2025-02-09' }).deadline).toBe('2025-05-10');
    expect(samrPhase2Deadline({ furtherReviewOn: '2025-02-09', extensionDays: 60 }).deadline).toBe('2025-07-09');
  });

  it('Art. 32 suspension: the stop day to the day before restart are not counted', () => {
    const result = samrPhase2Deadline({ furtherReviewOn: '2025-02-09', suspensions: [{ stoppedOn: '2025-03-01', restartedOn: '2025-03-11' }] });
    expect(result.deadline).toBe('2025-05-20');
    expect(result.trace.filter((s) => s.kind === 'suspended')).toHaveLength(10);
  });

  it('refuses an extension beyond 60 days and an impossible suspension', () => {
    expect(() => samrPhase2Deadline({ furtherReviewOn: '2025-02-09', extensionDays: 61 })).toThrow(DeadlineInputError);
    expect(() => samrPhase2Deadline({ furtherReviewOn: '2025-02-09', extensionDays: 61 })).toThrow(/at most 60 days \(AML Art\. 31\(2\)\); got 61/);
    expect(() => samrPhase2Deadline({ furtherReviewOn: '2025-02-09', suspensions: [{ stoppedOn: '2025-02-09', restartedOn: '2025-02-12' }] })).toThrow(
      /only begins on Monday 10 February 2025/,
    );
    expect(() => samrPhase1Deadline({ acceptedOn: '2025-13-01' })).toThrow(/there is no month 13/);
  });
});
