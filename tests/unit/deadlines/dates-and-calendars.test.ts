import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarFromRecord,
  daysBetween,
  DeadlineInputError,
  EU_COMMISSION_CALENDAR,
  EU_COMMISSION_HOLIDAYS,
  InvalidDateError,
  isWorkingDay,
  MissingCalendarError,
  parseIsoDate,
  US_FEDERAL_CALENDAR,
  workingDaysBetween,
} from '@/lib/deadlines';

describe('parseIsoDate', () => {
  it('accepts real dates and describes them', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ iso: '2024-02-29', year: 2024, month: 2, day: 29, weekday: 'Thursday', long: 'Thursday 29 February 2024' });
  });

  it.each([
    ['2026-02-30', 'February 2026 has 28 days'],
    ['2025-02-29', 'February 2025 has 28 days'],
    ['2026-04-31', 'April 2026 has 30 days'],
    ['2026-13-01', 'there is no month 13'],
    ['2026-00-10', 'there is no month 0'],
    ['2026-01-00', 'January 2026 has 31 days'],
    ['2026-2-3', "expected the form 'YYYY-MM-DD'"],
    ['2026-02-03T00:00:00Z', "expected the form 'YYYY-MM-DD'"],
    ['03/02/2026', "expected the form 'YYYY-MM-DD'"],
    ['', "expected the form 'YYYY-MM-DD'"],
  ])('refuses %j (%s)', (input, reason) => {
    expect(() => parseIsoDate(input)).toThrow(InvalidDateError);
    expect(() => parseIsoDate(input)).toThrow(reason);
  });

  it('refuses non-strings', () => {
    expect(() => parseIsoDate(20260203)).toThrow(InvalidDateError);
    expect(() => parseIsoDate(undefined)).toThrow(InvalidDateError);
  });

  it('every computation refuses an impossible date with the same error', async () => {
    const { euPhase1Deadline, hsrWaitingPeriodEnd } = await import('@/lib/deadlines');
    expect(() => euPhase1Deadline({ notifiedOn: '2026-02-30' })).toThrow('"2026-02-30" is not a valid date: February 2026 has 28 days');
    expect(() => hsrWaitingPeriodEnd({ receivedOn: '2026-02-30' })).toThrow(InvalidDateError);
  });
});

describe('calendar arithmetic', () => {
  it('adds across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addCalendarDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('counts days between dates, signed', () => {
    expect(daysBetween('2025-07-31', '2025-08-30')).toBe(30);
    expect(daysBetween('2025-08-30', '2025-07-31')).toBe(-30);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('does not depend on the host time zone around DST changes', () => {
    expect(addCalendarDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addCalendarDays('2026-10-25', 1)).toBe('2026-10-26');
  });
});

describe('working days', () => {
  it('isWorkingDay uses the Commission calendar by default and the U.S. one when passed', () => {
    expect(isWorkingDay('2025-07-21')).toBe(false);
    expect(isWorkingDay('2025-07-21', US_FEDERAL_CALENDAR)).toBe(true);
    expect(isWorkingDay('2025-07-04', US_FEDERAL_CALENDAR)).toBe(false);
    expect(isWorkingDay('2025-07-05')).toBe(false);
  });

  it('workingDaysBetween counts days after `from` through `to` (working days remaining)', () => {
    expect(workingDaysBetween('2023-06-01', '2023-07-06')).toBe(25);
    expect(workingDaysBetween('2023-07-06', '2023-07-06')).toBe(0);
    expect(workingDaysBetween('2023-07-06', '2023-06-01')).toBe(-25);
    expect(workingDaysBetween('2023-12-22', '2024-01-03')).toBe(1);
  });

  it('workingDaysBetween refuses to guess across a year it has no rule for', () => {
    expect(() => workingDaysBetween('2031-12-20', '2032-01-10')).toThrow(MissingCalendarError);
    expect(() => workingDaysBetween('2022-12-20', '2023-01-10')).toThrow(MissingCalendarError);
  });
});

describe('bundled EU calendar data', () => {
  it('holds official 2023–2026, each with a source and verification flag; 2027–2031 are provisional', () => {
    expect(EU_COMMISSION_HOLIDAYS.map((y) => [y.year, y.verified])).toEqual([[2023, true], [2024, false], [2025, false], [2026, false]]);
    expect(EU_COMMISSION_HOLIDAYS.find((y) => y.year === 2024)?.verifiedThrough).toBe('2024-08-15');
    expect(EU_COMMISSION_CALENDAR.holidays(2027)?.length).toBeGreaterThan(10);
    expect(EU_COMMISSION_CALENDAR.yearInfo?.(2027)).toMatchObject({ provisional: true, verified: false });
    expect(EU_COMMISSION_CALENDAR.yearInfo?.(2026)?.provisional).toBeUndefined();
    expect(EU_COMMISSION_CALENDAR.holidays(2031)).toBeDefined();
    expect(EU_COMMISSION_CALENDAR.holidays(2032)).toBeUndefined();
    expect(EU_COMMISSION_CALENDAR.holidays(2022)).toBeUndefined();
    for (const year of EU_COMMISSION_HOLIDAYS) {
      for (const h of year.holidays) expect(parseIsoDate(h.date).year).toBe(year.year);
    }
  });

  it('has the reference dates for 2025', () => {
    expect(EU_COMMISSION_CALENDAR.holidays(2025)!.map((h) => h.date.slice(5))).toEqual([
      '01-01', '01-02', '04-17', '04-18', '04-21', '05-01', '05-09', '05-29', '05-30', '06-09', '07-21', '08-15',
      '12-24', '12-25', '12-26', '12-27', '12-28', '12-29', '12-30', '12-31',
    ]);
  });
});

describe('calendarFromRecord', () => {
  it('refuses a holiday filed under the wrong year or an impossible date', () => {
    expect(() => calendarFromRecord('eu-commission', { 2026: [{ date: '2027-01-01', name: 'x' }] })).toThrow(DeadlineInputError);
    expect(() => calendarFromRecord('eu-commission', { 2026: [{ date: '2026-02-30', name: 'x' }] })).toThrow(InvalidDateError);
  });
});
