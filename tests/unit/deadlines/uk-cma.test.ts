import { describe, expect, it } from 'vitest';
import {
  DeadlineInputError,
  InvalidDateError,
  isWorkingDay,
  MissingCalendarError,
  parseIsoDate,
  UK_ENGLAND_WALES_BANK_HOLIDAYS,
  UK_ENGLAND_WALES_CALENDAR,
  ukPhase1Deadline,
  ukPhase2Deadline,
} from '@/lib/deadlines';

describe('England and Wales bank holidays', () => {
  it('covers 2020–2027, eight or more a year, each dated in its year and on a weekday', () => {
    expect(UK_ENGLAND_WALES_BANK_HOLIDAYS.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    for (const y of UK_ENGLAND_WALES_BANK_HOLIDAYS) {
      expect(y.holidays.length).toBeGreaterThanOrEqual(8);
      for (const h of y.holidays) {
        expect(h.date.startsWith(`${y.year}-`)).toBe(true);
        expect(['Saturday', 'Sunday']).not.toContain(parseIsoDate(h.date).weekday);
      }
    }
  });

  it('one-off days are holidays: Queen Elizabeth II’s funeral, the coronation', () => {
    expect(isWorkingDay('2022-09-19', UK_ENGLAND_WALES_CALENDAR)).toBe(false);
    expect(isWorkingDay('2023-05-08', UK_ENGLAND_WALES_CALENDAR)).toBe(false);
    expect(isWorkingDay('2023-05-09', UK_ENGLAND_WALES_CALENDAR)).toBe(true);
  });
});

describe('ukPhase1Deadline', () => {
  it('day 1 is the first working day after a commencement on a Friday', () => {
    const result = ukPhase1Deadline({ commencedOn: '2026-12-18' });
    // Mon 21 Dec 2026 is day 1; 25 and 28 Dec 2026 and 1 Jan 2027 are bank holidays.
    expect(result.trace.find((s) => s.dayNumber === 1)?.date).toBe('2026-12-21');
    expect(result.trace.find((s) => s.date === '2026-12-28')).toMatchObject({ kind: 'holiday' });
    expect(result.deadline).toBe('2027-02-17');
  });

  it('a stop-the-clock moves the deadline by the working days it covered', () => {
    const plain = ukPhase1Deadline({ commencedOn: '2025-03-03' });
    const stopped = ukPhase1Deadline({ commencedOn: '2025-03-03', suspensions: [{ stoppedOn: '2025-03-10', restartedOn: '2025-03-17' }] });
    // Good Friday 18 and Easter Monday 21 April 2025 are skipped.
    expect(plain.deadline).toBe('2025-04-30');
    // Five working days suspended (10–14 March); the Early May bank holiday (5 May) is skipped.
    expect(stopped.deadline).toBe('2025-05-08');
    expect(stopped.explanation.join(' ')).toContain('5 working days were suspended');
  });

  it('refuses a year without bank-holiday data by name', () => {
    expect(() => ukPhase1Deadline({ commencedOn: '2027-12-01' })).toThrow(MissingCalendarError);
    expect(() => ukPhase1Deadline({ commencedOn: '2027-12-01' })).toThrow(/England and Wales bank holiday calendar for 2028/);
    expect(() => ukPhase1Deadline({ commencedOn: '2019-12-30' })).toThrow(/for 2019/);
  });

  it('refuses impossible dates and impossible suspensions with clear messages', () => {
    expect(() => ukPhase1Deadline({ commencedOn: '2025-02-29' })).toThrow(InvalidDateError);
    expect(() => ukPhase1Deadline({ commencedOn: '2025-02-29' })).toThrow(/February 2025 has 28 days/);
    expect(() => ukPhase1Deadline({ commencedOn: '2025-03-03', suspensions: [{ stoppedOn: '2025-03-10', restartedOn: '2025-03-10' }] })).toThrow(
      /not after it stopped/,
    );
    expect(() => ukPhase1Deadline({ commencedOn: '2025-03-03', suspensions: [{ stoppedOn: '2025-06-02', restartedOn: '2025-06-10' }] })).toThrow(
      /had already ended on Wednesday 30 April 2025/,
    );
  });
});

describe('ukPhase2Deadline', () => {
  it('24 weeks beginning with the reference date: the 168th day counting the reference day itself', () => {
    const result = ukPhase2Deadline({ referredOn: '2025-01-02' });
    expect(result.deadline).toBe('2025-06-18');
    expect(result.trace[1]).toMatchObject({ date: '2025-01-02', dayNumber: 1 });
  });

  it('refuses more than 8 weeks, part weeks and negative extensions', () => {
    for (const weeks of [9, -1, 2.5]) {
      expect(() => ukPhase2Deadline({ referredOn: '2025-01-02', extensionWeeks: weeks })).toThrow(DeadlineInputError);
    }
    expect(() => ukPhase2Deadline({ referredOn: '2025-01-02', extensionWeeks: 9 })).toThrow(/1 to 8, granted once \(EA02 s\. 39\(3\)\); got 9/);
  });

  it('refuses a suspension before the reference or after the period ended', () => {
    expect(() => ukPhase2Deadline({ referredOn: '2025-01-02', suspensions: [{ stoppedOn: '2025-01-01', restartedOn: '2025-01-05' }] })).toThrow(
      /only begins on Thursday 2 January 2025/,
    );
    expect(() => ukPhase2Deadline({ referredOn: '2025-01-02', suspensions: [{ stoppedOn: '2025-06-19', restartedOn: '2025-06-25' }] })).toThrow(
      /had already ended on Wednesday 18 June 2025/,
    );
  });
});
