import { describe, expect, it } from 'vitest';
import { bkartaPhase1Deadline, bkartaPhase2Deadline, DeadlineInputError } from '@/lib/deadlines';

describe('bkartaPhase1Deadline (§ 40(1) GWB)', () => {
  it('one month from receipt, BGB § 188(2): 15 April from 15 March', () => {
    expect(bkartaPhase1Deadline({ receivedOn: '2025-03-14' }).deadline).toBe('2025-04-14');
  });

  it('BGB § 188(3): from 31 January the period ends on the last day of February', () => {
    expect(bkartaPhase1Deadline({ receivedOn: '2025-01-31' }).deadline).toBe('2025-02-28');
    expect(bkartaPhase1Deadline({ receivedOn: '2024-01-31' }).deadline).toBe('2024-02-29');
  });

  it('a last day on Good Friday runs past the Easter weekend and Easter Monday (flagged)', () => {
    const result = bkartaPhase1Deadline({ receivedOn: '2025-03-18' });
    expect(result.deadline).toBe('2025-04-22');
    expect(result.trace.map((s) => s.kind)).toEqual(['event', 'counted', 'holiday', 'weekend', 'weekend', 'holiday', 'rolled', 'end']);
    expect(result.explanation.at(-1)).toMatch(/^Unverified/);
  });
});

describe('bkartaPhase2Deadline (§ 40(2) GWB)', () => {
  it('five months from receipt; six when remedies are first offered', () => {
    expect(bkartaPhase2Deadline({ receivedOn: '2025-01-31' }).deadline).toBe('2025-06-30');
    expect(bkartaPhase2Deadline({ receivedOn: '2025-01-31', remediesOffered: true }).deadline).toBe('2025-07-31');
  });

  it('Corpus Christi is a holiday at the Office’s seat in Bonn', () => {
    expect(bkartaPhase2Deadline({ receivedOn: '2025-01-19' }).deadline).toBe('2025-06-20');
  });

  it('suspension and agreed extension add calendar days', () => {
    const result = bkartaPhase2Deadline({
      receivedOn: '2025-01-31',
      suspensions: [{ stoppedOn: '2025-03-03', restartedOn: '2025-03-13' }],
      agreedExtensionDays: 14,
    });
    // 30 June + 10 + 14 = 24 July 2025 (Thursday).
    expect(result.deadline).toBe('2025-07-24');
  });

  it('refuses bad extensions and suspensions', () => {
    expect(() => bkartaPhase2Deadline({ receivedOn: '2025-01-31', agreedExtensionDays: -3 })).toThrow(DeadlineInputError);
    expect(() => bkartaPhase2Deadline({ receivedOn: '2025-01-31', suspensions: [{ stoppedOn: '2025-01-31', restartedOn: '2025-02-03' }] })).toThrow(
      /must stop after receipt/,
    );
    expect(() => bkartaPhase2Deadline({ receivedOn: '2025-01-31', suspensions: [{ stoppedOn: '2025-08-01', restartedOn: '2025-08-05' }] })).toThrow(
      /had already ended on Monday 30 June 2025/,
    );
  });
});
