// Stop-the-clock periods (EUMR Art. 10(4), IR Art. 9). The reference's Mars/Kellanova example
// fixes the convention: the stop date itself is not counted and counting resumes on the restart
// date, so the suspended days run from `stoppedOn` to the day before `restartedOn`.
// Phase II opened 25 Jun 2025, deadline 31 Oct 2025 (90 WD); stopped 28 Jul, restarted 16 Sep:
// 28 Jul–15 Sep holds 35 working days (15 Aug is a holiday); 31 Oct + 35 WD = 19 Dec 2025, the
// deadline the Commission announced.

import type { HolidayLookup } from './calendar';
import { walkWorkingDays, type SuspendedRange } from './counting';
import { dayNumberOf, formatLong, type DayNumber } from './dates';
import { DeadlineInputError } from './errors';
import type { Suspension } from './types';

/**
 * Validates suspensions against the period they interrupt and returns them as day ranges.
 * A clock cannot stop before the period starts or after it has expired, cannot restart before it
 * stopped, and two suspensions cannot overlap.
 */
export function toSuspendedRanges(
  lookup: HolidayLookup,
  eventDay: DayNumber,
  length: number,
  suspensions: readonly Suspension[],
  periodName: string,
): SuspendedRange[] {
  const parsed = suspensions
    .map((s) => ({ stop: dayNumberOf(s.stoppedOn), restart: dayNumberOf(s.restartedOn) }))
    .sort((a, b) => a.stop - b.stop);
  const ranges: SuspendedRange[] = [];
  for (const { stop, restart } of parsed) {
    if (restart <= stop) {
      throw new DeadlineInputError(
        `The clock restarted on ${formatLong(restart)}, which is not after it stopped on ${formatLong(stop)}.`,
      );
    }
    if (stop <= eventDay) {
      throw new DeadlineInputError(
        `The clock cannot stop on ${formatLong(stop)}: the ${periodName} only begins after ${formatLong(eventDay)}.`,
      );
    }
    const previous = ranges[ranges.length - 1];
    if (previous && stop <= previous.to) {
      throw new DeadlineInputError(
        `The clock stopped again on ${formatLong(stop)} while an earlier suspension was still running (restart ${formatLong(previous.to + 1)}).`,
      );
    }
    // The deadline in force when the clock stopped: a stop after it is an expired period.
    const inForce = walkWorkingDays(lookup, eventDay, length, ranges).lastDay;
    if (stop > inForce) {
      throw new DeadlineInputError(
        `The clock cannot stop on ${formatLong(stop)}: the ${periodName} had already ended on ${formatLong(inForce)}.`,
      );
    }
    ranges.push({ from: stop, to: restart - 1 });
  }
  return ranges;
}
