import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarFromRecord,
  daysBetween,
  EU_COMMISSION_CALENDAR,
  euPhase1Deadline,
  euPhase2Deadline,
  hsrSecondRequestEnd,
  hsrWaitingPeriodEnd,
  isWorkingDay,
  US_FEDERAL_CALENDAR,
  usFederalHolidays,
  workingDaysBetween,
  type Calendar,
  type HsrKind,
} from '@/lib/deadlines';

const RUNS = { numRuns: 300 };

/** The first working day on or after `date` in `calendar`. */
function workingDayFrom(date: string, calendar: Calendar): string {
  let d = date;
  while (!isWorkingDay(d, calendar)) d = addCalendarDays(d, 1);
  return d;
}

// Notifications from 2023 until late enough that even 35 WD (or 125 WD) end inside 2026.
const phase1Date = fc.integer({ min: 0, max: daysBetween('2023-01-02', '2026-10-30') }).map((n) => workingDayFrom(addCalendarDays('2023-01-02', n), EU_COMMISSION_CALENDAR));
const phase2Date = fc.integer({ min: 0, max: daysBetween('2023-01-02', '2026-04-30') }).map((n) => workingDayFrom(addCalendarDays('2023-01-02', n), EU_COMMISSION_CALENDAR));
const usDate = fc.integer({ min: 0, max: daysBetween('1990-01-02', '2100-11-15') }).map((n) => workingDayFrom(addCalendarDays('1990-01-02', n), US_FEDERAL_CALENDAR));
const hsrKind = fc.constantFrom<HsrKind>('standard', 'cash-tender', 'bankruptcy');

function euWithExtraHoliday(extra: string): Calendar {
  const record: Record<number, { date: string; name: string }[]> = {};
  for (const year of [2023, 2024, 2025, 2026]) record[year] = [...EU_COMMISSION_CALENDAR.holidays(year)!];
  record[Number(extra.slice(0, 4))].push({ date: extra, name: 'Extra closure' });
  return calendarFromRecord('eu-commission', record);
}

function usWithExtraHoliday(extra: string): Calendar {
  return {
    ...US_FEDERAL_CALENDAR,
    holidays: (year) => {
      const list = usFederalHolidays(year);
      return list && (extra.startsWith(String(year)) ? [...list, { date: extra, name: 'Extra closure' }] : list);
    },
  };
}

describe('EU properties', () => {
  it('a Phase I or II deadline is always a working day', () => {
    fc.assert(fc.property(phase1Date, fc.boolean(), (notifiedOn, extended) => isWorkingDay(euPhase1Deadline({ notifiedOn, extended }).deadline)), RUNS);
    fc.assert(fc.property(phase2Date, fc.integer({ min: 0, max: 35 }), (openedOn, extra) => isWorkingDay(euPhase2Deadline({ openedOn, extraWorkingDays: extra }).deadline)), RUNS);
  });

  it('the trace numbers exactly the period length, ending on the deadline', () => {
    fc.assert(
      fc.property(phase1Date, fc.boolean(), (notifiedOn, extended) => {
        const { deadline, trace } = euPhase1Deadline({ notifiedOn, extended });
        const numbered = trace.filter((s) => s.dayNumber !== undefined);
        expect(numbered.map((s) => s.dayNumber)).toEqual(Array.from({ length: extended ? 35 : 25 }, (_, i) => i + 1));
        expect(numbered.at(-1)?.date).toBe(deadline);
        // Every calendar day between the event and the deadline appears once in the trace.
        expect(trace.length - 1).toBe(daysBetween(notifiedOn, deadline));
        expect(workingDaysBetween(notifiedOn, deadline)).toBe(numbered.length);
      }),
      RUNS,
    );
  });

  it('a later notification never gives an earlier deadline', () => {
    fc.assert(
      fc.property(phase1Date, phase1Date, fc.boolean(), (a, b, extended) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        return euPhase1Deadline({ notifiedOn: early, extended }).deadline <= euPhase1Deadline({ notifiedOn: late, extended }).deadline;
      }),
      RUNS,
    );
  });

  it('adding a holiday never makes a deadline earlier (and moves it by at most one working day)', () => {
    const anyDay = fc.integer({ min: 0, max: daysBetween('2023-01-02', '2026-12-23') }).map((n) => addCalendarDays('2023-01-02', n));
    fc.assert(
      fc.property(phase2Date, anyDay, (openedOn, extra) => {
        const calendar = euWithExtraHoliday(extra);
        fc.pre(isWorkingDay(openedOn, calendar));
        const before = euPhase2Deadline({ openedOn }).deadline;
        const after = euPhase2Deadline({ openedOn, calendar }).deadline;
        expect(after >= before).toBe(true);
        expect(workingDaysBetween(before, after, calendar)).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('a suspension inside the period moves the deadline by exactly its suspended working days', () => {
    fc.assert(
      fc.property(phase2Date, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 40 }), (openedOn, stopAfter, length) => {
        const plain = euPhase2Deadline({ openedOn }).deadline;
        const stoppedOn = addCalendarDays(openedOn, stopAfter);
        const restartedOn = addCalendarDays(stoppedOn, length);
        fc.pre(stoppedOn <= plain && restartedOn <= '2026-06-30');
        const result = euPhase2Deadline({ openedOn, suspensions: [{ stoppedOn, restartedOn }] });
        const suspendedWorking = workingDaysBetween(addCalendarDays(stoppedOn, -1), addCalendarDays(restartedOn, -1));
        expect(workingDaysBetween(plain, result.deadline)).toBe(suspendedWorking);
        expect(result.trace.filter((s) => s.dayNumber !== undefined)).toHaveLength(90);
      }),
      RUNS,
    );
  });
});

describe('HSR properties', () => {
  it('the waiting period ends on a business day, on or after the statutory day, with only non-business days between', () => {
    fc.assert(
      fc.property(usDate, hsrKind, (receivedOn, kind) => {
        const { endsOn, trace } = hsrWaitingPeriodEnd({ receivedOn, kind });
        const statutory = addCalendarDays(receivedOn, kind === 'standard' ? 30 : 15);
        expect(isWorkingDay(endsOn, US_FEDERAL_CALENDAR)).toBe(true);
        expect(endsOn >= statutory).toBe(true);
        for (let d = statutory; d < endsOn; d = addCalendarDays(d, 1)) expect(isWorkingDay(d, US_FEDERAL_CALENDAR)).toBe(false);
        expect(trace.filter((s) => s.dayNumber !== undefined)).toHaveLength(kind === 'standard' ? 30 : 15);
      }),
      RUNS,
    );
  });

  it('second-request end is a business day', () => {
    fc.assert(fc.property(usDate, hsrKind, (substantialComplianceOn, kind) => isWorkingDay(hsrSecondRequestEnd({ substantialComplianceOn, kind }).endsOn, US_FEDERAL_CALENDAR)), RUNS);
  });

  it('a later filing never ends earlier', () => {
    fc.assert(
      fc.property(usDate, usDate, hsrKind, (a, b, kind) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        return hsrWaitingPeriodEnd({ receivedOn: early, kind }).endsOn <= hsrWaitingPeriodEnd({ receivedOn: late, kind }).endsOn;
      }),
      RUNS,
    );
  });

  it('adding a holiday never makes the end earlier', () => {
    const anyDay = fc.integer({ min: 0, max: daysBetween('1990-01-02', '2100-12-20') }).map((n) => addCalendarDays('1990-01-02', n));
    fc.assert(
      fc.property(usDate, anyDay, (receivedOn, extra) => {
        const calendar = usWithExtraHoliday(extra);
        fc.pre(isWorkingDay(receivedOn, calendar));
        return hsrWaitingPeriodEnd({ receivedOn, calendar }).endsOn >= hsrWaitingPeriodEnd({ receivedOn }).endsOn;
      }),
      RUNS,
    );
  });

  it('endsAt is 03:59Z (EDT) or 04:59Z (EST) on the following UTC day', () => {
    fc.assert(
      fc.property(usDate, (receivedOn) => {
        const { endsOn, endsAt } = hsrWaitingPeriodEnd({ receivedOn });
        expect(endsAt.iso).toBe(`${addCalendarDays(endsOn, 1)}T${endsAt.zone === 'EDT' ? '03' : '04'}:59:00Z`);
        const month = Number(endsOn.slice(5, 7));
        // May–September is daylight time under both the 1987 and the 2007 rules.
        if (month >= 5 && month <= 9) expect(endsAt.zone).toBe('EDT');
        if (month === 1 || month === 2 || month === 12) expect(endsAt.zone).toBe('EST');
      }),
      RUNS,
    );
  });
});
