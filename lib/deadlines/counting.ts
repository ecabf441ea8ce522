// The working-day engine shared by every EU clock. It walks day by day (periods are at most a
// few hundred days) so that each skipped weekend, holiday and suspended day lands in the trace
// with its reason — a lawyer checking a deadline by hand follows the same walk.

import { formatLong, isWeekend, toIsoDate, weekdayName, type DayNumber } from './dates';
import { DeadlineInputError } from './errors';
import type { HolidayLookup } from './calendar';
import type { Holiday, TraceStep } from './types';

/** Inclusive range of suspended days: from the stop date to the day before the restart. */
export interface SuspendedRange {
  from: DayNumber;
  to: DayNumber;
}

export interface WorkingDayWalk {
  lastDay: DayNumber;
  firstDay: DayNumber;
  trace: TraceStep[];
  weekendDays: number;
  holidaysSkipped: Holiday[];
  suspendedDays: number;
  suspendedWorkingDays: number;
}

/** How the first and last counted day are explained; the EU wording is the default. */
export interface WalkWording {
  first: string;
  last: (n: number) => string;
}

const EU_WORDING: WalkWording = {
  first: 'Working day 1: the period begins on the working day following the event (IR Art. 7)',
  last: (n) => `Working day ${n}: last day, the period ends at the end of this day (IR Art. 8)`,
};

// A calendar that marks (almost) everything a holiday must not hang the request.
const MAX_WALK_DAYS = 3 * 366;

function suspensionAt(day: DayNumber, ranges: readonly SuspendedRange[]): SuspendedRange | undefined {
  return ranges.find((r) => day >= r.from && day <= r.to);
}

/**
 * Counts `length` working days starting the working day after `eventDay` (IR Art. 7) and
 * returns the last one (the period ends at its end, IR Art. 8).
 */
export function walkWorkingDays(
  lookup: HolidayLookup,
  eventDay: DayNumber,
  length: number,
  suspensions: readonly SuspendedRange[] = [],
  wording: WalkWording = EU_WORDING,
): WorkingDayWalk {
  const trace: TraceStep[] = [];
  const holidaysSkipped: Holiday[] = [];
  let weekendDays = 0;
  let suspendedDays = 0;
  let suspendedWorkingDays = 0;
  let counted = 0;
  let firstDay = Number.NaN;
  let day = eventDay;

  while (counted < length) {
    day += 1;
    if (day - eventDay > MAX_WALK_DAYS) {
      throw new DeadlineInputError(`Could not find ${length} working days within three years of ${formatLong(eventDay)}; check the holiday calendar.`);
    }
    const date = toIsoDate(day);
    const holiday = lookup.holidayName(day);
    const weekend = isWeekend(day);
    const suspension = suspensionAt(day, suspensions);
    if (suspension) {
      suspendedDays += 1;
      if (!weekend && holiday === undefined) suspendedWorkingDays += 1;
      const why = weekend ? ` (${weekdayName(day)})` : holiday ? ` (also a holiday: ${holiday})` : '';
      trace.push({ date, kind: 'suspended', note: `Clock stopped${why}: not counted` });
    } else if (weekend) {
      weekendDays += 1;
      trace.push({ date, kind: 'weekend', note: `${weekdayName(day)}: not a working day` });
    } else if (holiday !== undefined) {
      holidaysSkipped.push({ date, name: holiday });
      trace.push({ date, kind: 'holiday', note: `Holiday: ${holiday}` });
    } else {
      counted += 1;
      if (counted === 1) firstDay = day;
      const last = counted === length;
      const kind = counted === 1 && !last ? 'start' : last ? 'end' : 'counted';
      const note = kind === 'start' ? wording.first : last ? wording.last(counted) : `Working day ${counted}`;
      trace.push({ date, kind, note, dayNumber: counted });
    }
  }
  return { lastDay: day, firstDay, trace, weekendDays, holidaysSkipped, suspendedDays, suspendedWorkingDays };
}

/**
 * Which working day of the period `target` is (0 before day 1). Used for rules keyed to a
 * day of the period, such as commitments offered on or after working day 55.
 */
export function workingDayNumberAt(
  lookup: HolidayLookup,
  eventDay: DayNumber,
  target: DayNumber,
  suspensions: readonly SuspendedRange[] = [],
): number {
  let counted = 0;
  for (let day = eventDay + 1; day <= target; day += 1) {
    if (!suspensionAt(day, suspensions) && lookup.isWorkingDay(day)) counted += 1;
  }
  return counted;
}

/** "0 Commission holidays" / "2 Commission holidays (Friday 21 July 2023, Belgian National Day; …)". */
export function describeHolidays(holidays: readonly Holiday[], noun: string, dayNumberOf: (d: string) => DayNumber): string {
  const plural = holidays.length === 1 ? noun : `${noun}s`;
  if (holidays.length === 0) return `0 ${plural}`;
  const list = holidays.map((h) => `${formatLong(dayNumberOf(h.date))}, ${h.name}`).join('; ');
  return `${holidays.length} ${plural} (${list})`;
}
