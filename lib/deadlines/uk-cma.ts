// UK CMA merger-review clocks under the Enterprise Act 2002 as amended by the DMCC Act 2024.
// Phase 1 (s. 34ZA(3)): 40 working days beginning with the first working day after the CMA
// gives notice that it has begun; working days exclude weekends and England & Wales bank
// holidays. Phase 2 (s. 39(1)): 24 weeks beginning with the date of the reference, extendable
// once by up to 8 weeks for special reasons (s. 39(3)). Both stop while an extension for a
// failure to comply with a s. 109 notice is in force (s. 34ZB / s. 39(4)): entered here as
// the day the clock stopped and the first day it counts again — the convention that reproduces
// the CMA's Vodafone/Three revision (10 May → 3 June 2024 = 24 days).

import { HolidayLookup, resolveCalendar } from './calendar';
import { calendarSuspendedRanges, suspensionLines, walkCalendarDays, type CalendarDayWording } from './calendar-day-count';
import { describeHolidays, walkWorkingDays } from './counting';
import { dayNumberOf, formatLong, toIsoDate } from './dates';
import { DeadlineInputError } from './errors';
import { toSuspendedRanges } from './eu-suspensions';
import type { CalendarInput, DeadlineResult, Suspension } from './types';

export const UK_PHASE1_WORKING_DAYS = 40;
export const UK_PHASE2_WEEKS = 24;
export const UK_PHASE2_MAX_EXTENSION_WEEKS = 8;

export interface UkPhase1Input {
  /** The day the CMA gave notice that the Phase 1 (initial) period began. */
  commencedOn: string;
  suspensions?: readonly Suspension[];
  calendar?: CalendarInput;
}

export interface UkPhase2Input {
  /** The date of the Phase 2 reference. */
  referredOn: string;
  /** Special-reasons extension, s. 39(3): whole weeks, at most 8, once. */
  extensionWeeks?: number;
  suspensions?: readonly Suspension[];
}

function calendarWarnings(lookup: HolidayLookup): string[] {
  return lookup
    .consultedYears()
    .filter((y) => !y.verified || y.note)
    .map((y) => `${y.year} bank holidays: ${y.verified ? 'verified' : 'not verified'} (${y.source}).${y.note ? ` ${y.note}` : ''}`);
}

export function ukPhase1Deadline(input: UkPhase1Input): DeadlineResult {
  const lookup = new HolidayLookup(resolveCalendar('uk-england-wales', input.calendar));
  const eventDay = dayNumberOf(input.commencedOn);
  const suspensions = input.suspensions ?? [];
  const ranges = toSuspendedRanges(lookup, eventDay, UK_PHASE1_WORKING_DAYS, suspensions, 'Phase 1 period');
  const walk = walkWorkingDays(lookup, eventDay, UK_PHASE1_WORKING_DAYS, ranges, {
    first: 'Working day 1: the first working day after the day the CMA gave notice that Phase 1 began (EA02 s. 34ZA(3))',
    last: (n) => `Working day ${n}: last day of the initial period; the CMA must decide by the end of this day`,
  });
  const holidays = describeHolidays(walk.holidaysSkipped, 'England and Wales bank holiday', dayNumberOf);
  const explanation = [
    `Phase 1 began on ${formatLong(eventDay)} (the CMA’s notice). Day 1 is ${formatLong(walk.firstDay)}, the first working day after it (EA02 s. 34ZA(3)).`,
    `40 working days: counting them skipped ${walk.weekendDays} weekend days and ${holidays}.`,
    ...suspensionLines(suspensions, 'extension for a failure to comply with a s. 109 notice, EA02 s. 34ZB'),
    ...(suspensions.length ? [`In all ${walk.suspendedWorkingDays} working days were suspended.`] : []),
    `Phase 1 deadline: ${formatLong(walk.lastDay)}.`,
    ...calendarWarnings(lookup),
  ];
  return {
    deadline: toIsoDate(walk.lastDay),
    trace: [{ date: toIsoDate(eventDay), kind: 'event', note: 'CMA notice: Phase 1 (initial period) begins' }, ...walk.trace],
    explanation,
    citation: 'Enterprise Act 2002 s. 34ZA(1), (3) and s. 34ZB (as amended by the DMCC Act 2024); working days exclude England & Wales bank holidays',
    calendarYears: lookup.consultedYears(),
  };
}

const PHASE2_WORDING: CalendarDayWording = {
  first: 'Day 1: the reference date itself (24 weeks “beginning with the date of the reference”, EA02 s. 39(1))',
  last: (n) => `Day ${n}: last day of the reference period; the final report is due by the end of this day`,
  suspendedBasis: 'EA02 s. 39(4)',
};

export function validateUkExtensionWeeks(weeks: number): void {
  if (!Number.isInteger(weeks) || weeks < 0 || weeks > UK_PHASE2_MAX_EXTENSION_WEEKS) {
    throw new DeadlineInputError(
      `A Phase 2 extension for special reasons is a whole number of weeks from 1 to ${UK_PHASE2_MAX_EXTENSION_WEEKS}, granted once (EA02 s. 39(3)); got ${weeks}.`,
    );
  }
}

export function ukPhase2Deadline(input: UkPhase2Input): DeadlineResult {
  const weeks = input.extensionWeeks ?? 0;
  validateUkExtensionWeeks(weeks);
  const referenceDay = dayNumberOf(input.referredOn);
  const length = (UK_PHASE2_WEEKS + weeks) * 7;
  const suspensions = input.suspensions ?? [];
  const ranges = calendarSuspendedRanges(referenceDay, length, suspensions, 'Phase 2 reference period', PHASE2_WORDING);
  const walk = walkCalendarDays(referenceDay, length, ranges, PHASE2_WORDING);
  const original = referenceDay + UK_PHASE2_WEEKS * 7 - 1;
  const explanation = [
    `Referred for Phase 2 on ${formatLong(referenceDay)}. The reference period is 24 weeks beginning with that date (EA02 s. 39(1)): without extensions it ends on ${formatLong(original)}.`,
    ...suspensionLines(suspensions, 'extension for a failure to comply with a s. 109 notice, EA02 s. 39(4)'),
    ...(weeks > 0 ? [`Extended by ${weeks} ${weeks === 1 ? 'week' : 'weeks'} (${weeks * 7} days) for special reasons (EA02 s. 39(3)).`] : []),
    'Calendar days: weekends and bank holidays count; the Act does not move a period that ends on one.',
    `Phase 2 deadline: ${formatLong(walk.lastDay)}.`,
  ];
  return {
    deadline: toIsoDate(walk.lastDay),
    trace: [{ date: toIsoDate(referenceDay), kind: 'event', note: 'Phase 2 reference' }, ...walk.trace],
    explanation,
    citation: 'Enterprise Act 2002 s. 39(1), (3), (4) (as amended by the DMCC Act 2024)',
    calendarYears: [],
  };
}
