// The calendar-day engine shared by the UK Phase 2 and China SAMR clocks (HSR has its own, as it
// only rolls its last day). Every calendar day counts except the days a clock stood still; each
// appears in the trace so the count can be checked by hand.

import type { SuspendedRange } from './counting';
import { dayNumberOf, formatLong, toIsoDate, weekdayName, type DayNumber } from './dates';
import { DeadlineInputError } from './errors';
import type { Suspension, TraceStep } from './types';

export interface CalendarDayWalk {
  firstDay: DayNumber;
  lastDay: DayNumber;
  trace: TraceStep[];
  suspendedDays: number;
}

export interface CalendarDayWording {
  first: string;
  last: (n: number) => string;
  suspendedBasis: string;
}

function inRanges(day: DayNumber, ranges: readonly SuspendedRange[]): boolean {
  return ranges.some((r) => day >= r.from && day <= r.to);
}

/** Counts `length` calendar days from `firstDay` (day 1), skipping suspended days. */
export function walkCalendarDays(
  firstDay: DayNumber,
  length: number,
  ranges: readonly SuspendedRange[],
  wording: CalendarDayWording,
): CalendarDayWalk {
  const trace: TraceStep[] = [];
  let counted = 0;
  let suspendedDays = 0;
  let day = firstDay - 1;
  while (counted < length) {
    day += 1;
    const date = toIsoDate(day);
    if (inRanges(day, ranges)) {
      suspendedDays += 1;
      trace.push({ date, kind: 'suspended', note: `Clock stopped (${wording.suspendedBasis}): not counted` });
      continue;
    }
    counted += 1;
    const last = counted === length;
    const kind = counted === 1 && !last ? 'start' : last ? 'end' : 'counted';
    const note = kind === 'start' ? wording.first : last ? wording.last(counted) : `Day ${counted} (${weekdayName(day)})`;
    trace.push({ date, kind, note, dayNumber: counted });
  }
  return { firstDay, lastDay: day, trace, suspendedDays };
}

/**
 * Validates suspensions of a calendar-day period and returns the suspended day ranges
 * (`stoppedOn` to the day before `restartedOn`). A clock cannot stop before day 1 or after the
 * period in force had ended, cannot restart before it stopped, and suspensions cannot overlap.
 */
export function calendarSuspendedRanges(
  firstDay: DayNumber,
  length: number,
  suspensions: readonly Suspension[],
  periodName: string,
  wording: CalendarDayWording,
): SuspendedRange[] {
  const parsed = suspensions
    .map((s) => ({ stop: dayNumberOf(s.stoppedOn), restart: dayNumberOf(s.restartedOn) }))
    .sort((a, b) => a.stop - b.stop);
  const ranges: SuspendedRange[] = [];
  for (const { stop, restart } of parsed) {
    if (restart <= stop) {
      throw new DeadlineInputError(`The clock restarted on ${formatLong(restart)}, which is not after it stopped on ${formatLong(stop)}.`);
    }
    if (stop < firstDay) {
      throw new DeadlineInputError(`The clock cannot stop on ${formatLong(stop)}: the ${periodName} only begins on ${formatLong(firstDay)}.`);
    }
    const previous = ranges[ranges.length - 1];
    if (previous && stop <= previous.to) {
      throw new DeadlineInputError(
        `The clock stopped again on ${formatLong(stop)} while an earlier suspension was still running (restart ${formatLong(previous.to + 1)}).`,
      );
    }
    const inForce = walkCalendarDays(firstDay, length, ranges, wording).lastDay;
    if (stop > inForce) {
      throw new DeadlineInputError(`The clock cannot stop on ${formatLong(stop)}: the ${periodName} had already ended on ${formatLong(inForce)}.`);
    }
    ranges.push({ from: stop, to: restart - 1 });
  }
  return ranges;
}

export function suspensionLines(suspensions: readonly Suspension[], basis: string): string[] {
  return [...suspensions]
    .sort((a, b) => dayNumberOf(a.stoppedOn) - dayNumberOf(b.stoppedOn))
    .map((s) => {
      const stop = dayNumberOf(s.stoppedOn);
      const restart = dayNumberOf(s.restartedOn);
      const days = restart - stop;
      return `Clock stopped from ${formatLong(stop)} and running again from ${formatLong(restart)} (${basis}): ${days} calendar ${days === 1 ? 'day' : 'days'} not counted.`;
    });
}
