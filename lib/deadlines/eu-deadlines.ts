// EU merger-review deadlines: Phase I (EUMR Art. 10(1)) and Phase II (Art. 10(3)), counted in
// Commission working days under Implementing Regulation (EU) 2023/914 Arts. 7, 8, 9 and 24.

import { HolidayLookup, resolveCalendar } from './calendar';
import { describeHolidays, walkWorkingDays, type WorkingDayWalk } from './counting';
import { dayNumberOf, formatLong, toIsoDate, weekdayName, type DayNumber } from './dates';
import type { TraceStep } from './types';
import { DeadlineInputError } from './errors';
import { provisionalSentence } from './eu-provisional';
import { toSuspendedRanges } from './eu-suspensions';
import type { CalendarInput, EuDeadlineResult, Suspension } from './types';

export const PHASE1_WORKING_DAYS = 25;
export const PHASE1_EXTENDED_WORKING_DAYS = 35;
export const PHASE2_WORKING_DAYS = 90;
export const PHASE2_MAX_WORKING_DAYS = 125;

export interface EuPhase1Input {
  notifiedOn: string;
  /** Commitments offered (Art. 6(2)) or a Member State referral request (Art. 9(2)). */
  extended?: boolean;
  /** Art. 10(4) also applies in Phase I; rarely used, so optional. */
  suspensions?: readonly Suspension[];
  calendar?: CalendarInput;
}

export interface EuPhase2Input {
  openedOn: string;
  /** +15 for late commitments and/or up to +20 on request or agreement (Art. 10(3)). */
  extraWorkingDays?: number;
  suspensions?: readonly Suspension[];
  calendar?: CalendarInput;
}

/** Refuses an event on a non-working day: the Commission neither receives nor decides then. */
function requireWorkingDay(lookup: HolidayLookup, day: DayNumber, what: string): void {
  if (lookup.isWorkingDay(day)) return;
  const holiday = lookup.holidayName(day);
  const why = holiday ? `a Commission holiday (${holiday})` : `a ${weekdayName(day)}`;
  throw new DeadlineInputError(
    `${what} is dated ${formatLong(day)}, which is ${why}. The Commission only receives notifications and ` +
      'adopts decisions on working days: check the date on the Commission’s acknowledgement or decision.',
  );
}

function calendarWarnings(lookup: HolidayLookup): string[] {
  const provisional = lookup.provisionalYears();
  return [
    ...(provisional.length ? [provisionalSentence(provisional)] : []),
    ...lookup
      .consultedYears()
      .filter((y) => !y.verified && !y.provisional)
      .map((y) => `The ${y.year} holiday calendar is not verified. Source: ${y.source}.${y.note ? ` ${y.note}` : ''} Confirm before relying on this date.`),
  ];
}

/**
 * Marks the day-by-day count where it relies on a provisional year: its first day, its holidays
 * and the deadline itself, so a reader of the trace alone still sees it.
 */
function markProvisional(trace: TraceStep[], provisional: readonly number[]): TraceStep[] {
  if (provisional.length === 0) return trace;
  const seen = new Set<number>();
  return trace.map((step) => {
    const year = Number(step.date.slice(0, 4));
    if (!provisional.includes(year)) return step;
    const first = !seen.has(year);
    seen.add(year);
    if (!first && step.kind !== 'holiday' && step.kind !== 'end') return step;
    return { ...step, note: `${step.note} (provisional: ${year} calendar not yet published)` };
  });
}

function countingSentence(walk: WorkingDayWalk, length: number, legalBasis: string): string {
  const holidays = describeHolidays(walk.holidaysSkipped, 'Commission holiday', dayNumberOf);
  const weekend = `${walk.weekendDays} weekend ${walk.weekendDays === 1 ? 'day' : 'days'}`;
  return `${length} working days (${legalBasis}): counting them skipped ${weekend} and ${holidays}.`;
}

function suspensionSentences(suspensions: readonly Suspension[], walk: WorkingDayWalk): string[] {
  if (suspensions.length === 0) return [];
  const lines = suspensions.map((s) => {
    const stop = dayNumberOf(s.stoppedOn);
    const restart = dayNumberOf(s.restartedOn);
    return `Clock stopped with effect from ${formatLong(stop)} and restarted on ${formatLong(restart)} (IR Art. 9): ${formatLong(stop)} to ${formatLong(restart - 1)} are not counted.`;
  });
  lines.push(`In all ${walk.suspendedDays} calendar days (${walk.suspendedWorkingDays} working days) were suspended.`);
  return lines;
}

function buildResult(
  lookup: HolidayLookup,
  walk: WorkingDayWalk,
  eventDay: DayNumber,
  eventName: string,
  explanation: string[],
  citation: string,
): EuDeadlineResult {
  const provisionalYears = lookup.provisionalYears();
  const trace = markProvisional([{ date: toIsoDate(eventDay), kind: 'event' as const, note: eventName }, ...walk.trace], provisionalYears);
  return {
    deadline: toIsoDate(walk.lastDay),
    trace,
    explanation: [...explanation, ...calendarWarnings(lookup)],
    citation,
    calendarYears: lookup.consultedYears(),
    provisionalYears,
  };
}

/** Any EU working-day period: the Phase I/II deadlines and the commitment deadlines of IR Art. 19. */
export function computeEuPeriod(input: {
  eventOn: string;
  workingDays: number;
  suspensions?: readonly Suspension[];
  calendar?: CalendarInput;
  eventName: string;
  periodName: string;
  opening: (event: string, firstDay: string) => string;
  basis: string;
  citation: string;
}): EuDeadlineResult {
  const lookup = new HolidayLookup(resolveCalendar('eu-commission', input.calendar));
  const eventDay = dayNumberOf(input.eventOn);
  requireWorkingDay(lookup, eventDay, input.eventName);
  const suspensions = input.suspensions ?? [];
  const ranges = toSuspendedRanges(lookup, eventDay, input.workingDays, suspensions, input.periodName);
  const walk = walkWorkingDays(lookup, eventDay, input.workingDays, ranges);
  const explanation = [
    input.opening(formatLong(eventDay), formatLong(walk.firstDay)),
    countingSentence(walk, input.workingDays, input.basis),
    ...suspensionSentences(suspensions, walk),
    `Deadline: ${formatLong(walk.lastDay)} (end of day, IR Art. 8).`,
  ];
  return buildResult(lookup, walk, eventDay, input.eventName, explanation, input.citation);
}

export function euPhase1Deadline(input: EuPhase1Input): EuDeadlineResult {
  const workingDays = input.extended ? PHASE1_EXTENDED_WORKING_DAYS : PHASE1_WORKING_DAYS;
  return computeEuPeriod({
    eventOn: input.notifiedOn,
    workingDays,
    suspensions: input.suspensions,
    calendar: input.calendar,
    eventName: 'The notification',
    periodName: 'Phase I period',
    opening: (event, first) =>
      `Notified ${event}. Day 1 is ${first} (IR Art. 7: a period begins on the working day following the notification).`,
    basis: input.extended
      ? 'Art. 10(1) second subparagraph EUMR: commitments offered under Art. 6(2) or a referral request under Art. 9(2)'
      : 'Art. 10(1) EUMR',
    citation: 'EUMR Art. 10(1); Implementing Regulation (EU) 2023/914 Arts. 7, 8, 24',
  });
}

export function validateExtraWorkingDays(extra: number): void {
  if (!Number.isInteger(extra) || extra < 0) {
    throw new DeadlineInputError(`Additional working days must be a whole number of 0 or more, got ${extra}.`);
  }
  if (PHASE2_WORKING_DAYS + extra > PHASE2_MAX_WORKING_DAYS) {
    throw new DeadlineInputError(
      `Phase II cannot exceed ${PHASE2_MAX_WORKING_DAYS} working days (Art. 10(3) EUMR: 90, +15 for late commitments, +20 at most on request or by agreement); ` +
        `90 + ${extra} = ${PHASE2_WORKING_DAYS + extra}.`,
    );
  }
}

export function euPhase2Deadline(input: EuPhase2Input): EuDeadlineResult {
  const extra = input.extraWorkingDays ?? 0;
  validateExtraWorkingDays(extra);
  return computeEuPeriod({
    eventOn: input.openedOn,
    workingDays: PHASE2_WORKING_DAYS + extra,
    suspensions: input.suspensions,
    calendar: input.calendar,
    eventName: 'The decision opening Phase II',
    periodName: 'Phase II period',
    opening: (event, first) => `Phase II opened ${event} (Art. 6(1)(c) decision). Day 1 is ${first} (IR Art. 7).`,
    basis: extra > 0 ? `Art. 10(3) EUMR: 90 + ${extra} additional working days` : 'Art. 10(3) EUMR',
    citation: 'EUMR Art. 10(3), 10(4); Implementing Regulation (EU) 2023/914 Arts. 7, 8, 9, 24',
  });
}
