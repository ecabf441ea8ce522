import { describe, expect, it } from 'vitest';
import {
  calendarFromRecord,
  DeadlineInputError,
  euPhase1Deadline,
  euPhase2Deadline,
  MissingCalendarError,
  US_FEDERAL_CALENDAR,
} from '@/lib/deadlines';

describe('EU Phase I mechanics', () => {
  it('a notification on a Friday starts on Monday; the trace shows the skipped weekend first', () => {
    const result = euPhase1Deadline({ notifiedOn: '2026-03-06' });
    expect(result.trace.slice(0, 4).map((s) => [s.date, s.kind])).toEqual([
      ['2026-03-06', 'event'], ['2026-03-07', 'weekend'], ['2026-03-08', 'weekend'], ['2026-03-09', 'start'],
    ]);
  });

  it('Easter 2026 (2, 3, 6 Apr) pushes a March notification', () => {
    // 12 Mar 2026 → day 1 Fri 13 Mar; 25 WD without Easter would end Thu 16 Apr; the three
    // Easter holidays push it to Tue 21 Apr.
    const result = euPhase1Deadline({ notifiedOn: '2026-03-12' });
    expect(result.deadline).toBe('2026-04-21');
    expect(result.explanation[1]).toContain('3 Commission holidays (Thursday 2 April 2026, Maundy Thursday; Friday 3 April 2026, Good Friday; Monday 6 April 2026, Easter Monday)');
  });

  it('21 July 2026 (Tuesday) is skipped', () => {
    // 1 Jul 2026 → day 1 Thu 2 Jul … 25 WD with 21 Jul skipped → Thu 6 Aug.
    expect(euPhase1Deadline({ notifiedOn: '2026-07-01' }).deadline).toBe('2026-08-06');
  });

  it('a year-end deadline skips the closure 24–31 Dec 2025 and 1–2 Jan 2026', () => {
    // 1 Dec 2025 → day 1 Tue 2 Dec; day 16 is Tue 23 Dec; 24–31 Dec and 1–2 Jan are closed;
    // days 17–25 run Mon 5 – Thu 15 Jan 2026.
    const result = euPhase1Deadline({ notifiedOn: '2025-12-01' });
    expect(result.deadline).toBe('2026-01-15');
    expect(result.trace.find((s) => s.date === '2025-12-23')?.dayNumber).toBe(16);
    expect(result.trace.find((s) => s.date === '2026-01-05')?.dayNumber).toBe(17);
    expect(result.explanation[1]).toContain('8 Commission holidays');
  });

  it('35 WD variant: ten more working days', () => {
    expect(euPhase1Deadline({ notifiedOn: '2023-06-01', extended: true }).deadline).toBe('2023-07-20');
  });

  it('refuses a notification dated on a weekend or holiday', () => {
    expect(() => euPhase1Deadline({ notifiedOn: '2023-06-03' })).toThrow(/Saturday 3 June 2023, which is a Saturday/);
    expect(() => euPhase1Deadline({ notifiedOn: '2025-07-21' })).toThrow(/Commission holiday \(Belgian National Day\)/);
  });

  it('a deadline reaching past the provisional years throws MissingCalendarError naming the year', () => {
    let error: unknown;
    try {
      euPhase1Deadline({ notifiedOn: '2031-12-01' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingCalendarError);
    expect((error as MissingCalendarError).year).toBe(2032);
    expect((error as Error).message).toBe(
      'No Commission holiday calendar for 2032: add it under Admin → Holiday calendars before this deadline can be computed.',
    );
  });

  it('an admin-supplied 2027 calendar makes the same computation possible', () => {
    const calendar = calendarFromRecord('eu-commission', {
      2026: [{ date: '2026-12-24', name: 'Closure' }, { date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-28', name: 'Closure' }, { date: '2026-12-29', name: 'Closure' }, { date: '2026-12-30', name: 'Closure' }, { date: '2026-12-31', name: 'Closure' }],
      2027: [{ date: '2027-01-01', name: 'New Year’s Day' }],
    });
    const result = euPhase1Deadline({ notifiedOn: '2026-12-01', calendar });
    // Day 16 is Wed 23 Dec; 24–31 Dec and 1 Jan closed; days 17–25 run Mon 4 – Thu 14 Jan 2027.
    expect(result.deadline).toBe('2027-01-14');
    expect(result.explanation.some((l) => l.includes('2027 holiday calendar is not verified. Source: Admin-edited calendar'))).toBe(true);
  });

  it('accepts a plain year → holidays record as calendar', () => {
    const record = { 2023: [{ date: '2023-06-23', name: 'Hypothetical closure' }] };
    expect(euPhase1Deadline({ notifiedOn: '2023-06-01', calendar: record }).deadline).toBe('2023-07-07');
  });

  it('refuses a U.S. calendar for an EU clock', () => {
    expect(() => euPhase1Deadline({ notifiedOn: '2023-06-01', calendar: US_FEDERAL_CALENDAR })).toThrow(DeadlineInputError);
  });

  it('warns in the explanation when a year of the calendar is unverified', () => {
    const result = euPhase1Deadline({ notifiedOn: '2026-03-12' });
    expect(result.explanation.at(-1)).toMatch(/^The 2026 holiday calendar is not verified/);
    expect(result.calendarYears).toEqual([expect.objectContaining({ year: 2026, verified: false })]);
    expect(euPhase1Deadline({ notifiedOn: '2023-06-01' }).calendarYears).toEqual([expect.objectContaining({ year: 2023, verified: true })]);
  });
});

describe('EU Phase II limits', () => {
  it('accepts 90 + 35 = 125 and refuses 126', () => {
    expect(() => euPhase2Deadline({ openedOn: '2023-07-06', extraWorkingDays: 35 })).not.toThrow();
    expect(() => euPhase2Deadline({ openedOn: '2023-07-06', extraWorkingDays: 36 })).toThrow(/cannot exceed 125 working days.*90 \+ 36 = 126/);
  });

  it('refuses negative or fractional extra days', () => {
    expect(() => euPhase2Deadline({ openedOn: '2023-07-06', extraWorkingDays: -1 })).toThrow(DeadlineInputError);
    expect(() => euPhase2Deadline({ openedOn: '2023-07-06', extraWorkingDays: 2.5 })).toThrow(DeadlineInputError);
  });

  it('refuses a restart before its stop, a stop before the period, overlapping stops, a stop after expiry', () => {
    const openedOn = '2025-06-25';
    expect(() => euPhase2Deadline({ openedOn, suspensions: [{ stoppedOn: '2025-09-16', restartedOn: '2025-07-28' }] })).toThrow(/restarted on Monday 28 July 2025, which is not after it stopped/);
    expect(() => euPhase2Deadline({ openedOn, suspensions: [{ stoppedOn: '2025-06-25', restartedOn: '2025-07-01' }] })).toThrow(/only begins after/);
    expect(() =>
      euPhase2Deadline({ openedOn, suspensions: [{ stoppedOn: '2025-07-28', restartedOn: '2025-09-16' }, { stoppedOn: '2025-09-01', restartedOn: '2025-09-20' }] }),
    ).toThrow(/while an earlier suspension was still running/);
    expect(() => euPhase2Deadline({ openedOn, suspensions: [{ stoppedOn: '2025-11-03', restartedOn: '2025-11-10' }] })).toThrow(/had already ended on Friday 31 October 2025/);
  });

  it('stop dates on weekends suspend whole calendar days but only working days move the deadline', () => {
    const plain = euPhase2Deadline({ openedOn: '2025-06-25' }).deadline;
    const weekendOnly = euPhase2Deadline({ openedOn: '2025-06-25', suspensions: [{ stoppedOn: '2025-08-02', restartedOn: '2025-08-04' }] });
    expect(weekendOnly.deadline).toBe(plain);
  });
});
