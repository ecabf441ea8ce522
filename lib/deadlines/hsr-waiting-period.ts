// HSR waiting periods (15 U.S.C. 18a(b), (e); 16 CFR 803.10): calendar days, not working days,
// ending at 11:59 p.m. Eastern; a period whose last day is a weekend or legal public holiday
// runs to the next business day. Counted in whole days from the day after the trigger.

import { HolidayLookup, resolveCalendar } from './calendar';
import { dayNumberOf, formatLong, isWeekend, toIsoDate, weekdayName, type DayNumber } from './dates';
import { elevenFiftyNinePmEastern } from './eastern-time';
import { DeadlineInputError } from './errors';
import type { CalendarInput, HsrKind, HsrResult, TraceStep } from './types';

export interface HsrWaitingPeriodInput {
  /** Receipt of the acquiring person's filing. */
  receivedOn: string;
  /** Receipt of the acquired person's filing, when recorded. */
  acquiredPersonReceivedOn?: string;
  /** An acquisition under 16 CFR 801.30 (tender offer, acquisition from a third party…). */
  section80130?: boolean;
  kind?: HsrKind;
  calendar?: CalendarInput;
}

/** Which rule set the first day of the waiting period (shown in the trace and explanation). */
export type HsrStartRule = 'both-filings' | 'section-801-30' | 'acquiring-only';

export interface HsrSecondRequestInput {
  substantialComplianceOn: string;
  kind?: HsrKind;
  calendar?: CalendarInput;
}

const INITIAL_DAYS: Record<HsrKind, number> = { standard: 30, 'cash-tender': 15, bankruptcy: 15 };
const SECOND_REQUEST_DAYS: Record<HsrKind, number> = { standard: 30, 'cash-tender': 10, bankruptcy: 10 };
const KIND_LABEL: Record<HsrKind, string> = {
  standard: 'standard acquisition',
  'cash-tender': 'cash tender offer',
  bankruptcy: 'bankruptcy sale under 11 U.S.C. 363(b)',
};
const ROLL_RULE = '16 CFR 803.10(b)(3); legal public holidays per 5 U.S.C. 6103(a)';

function checkKind(kind: HsrKind): void {
  if (!(kind in INITIAL_DAYS)) throw new DeadlineInputError(`Unknown HSR transaction kind "${kind}".`);
}

function runCalendarDays(
  lookup: HolidayLookup,
  triggerDay: DayNumber,
  length: number,
  triggerNote: string,
): { endDay: DayNumber; lastCounted: DayNumber; trace: TraceStep[]; skipped: string[] } {
  const trace: TraceStep[] = [{ date: toIsoDate(triggerDay), kind: 'event', note: triggerNote }];
  for (let n = 1; n <= length; n += 1) {
    const day = triggerDay + n;
    const kind = n === 1 && length > 1 ? 'start' : 'counted';
    const note = n === 1 ? 'Day 1: the day after the trigger date' : `Day ${n} (${weekdayName(day)})`;
    trace.push({ date: toIsoDate(day), kind, note, dayNumber: n });
  }
  const lastCounted = triggerDay + length;
  const skipped: string[] = [];
  let endDay = lastCounted;
  // Walk forward until a business day; each year touched must be covered by the calendar.
  while (!lookup.isWorkingDay(endDay)) {
    const holiday = lookup.holidayName(endDay);
    const date = toIsoDate(endDay);
    if (isWeekend(endDay)) {
      trace.push({ date, kind: 'weekend', note: `${weekdayName(endDay)}: not a business day` });
      skipped.push(`${formatLong(endDay)} (weekend)`);
    } else {
      trace.push({ date, kind: 'holiday', note: `Legal public holiday: ${holiday}` });
      skipped.push(`${formatLong(endDay)} (${holiday})`);
    }
    endDay += 1;
  }
  if (endDay !== lastCounted) {
    trace.push({ date: toIsoDate(endDay), kind: 'rolled', note: `Next business day (${ROLL_RULE})` });
  }
  trace.push({ date: toIsoDate(endDay), kind: 'end', note: 'Waiting period ends at 11:59 p.m. Eastern Time' });
  return { endDay, lastCounted, trace, skipped };
}

function finish(
  lookup: HolidayLookup,
  run: ReturnType<typeof runCalendarDays>,
  opening: string,
  length: number,
  citation: string,
  startRule?: HsrStartRule,
): HsrResult {
  const endsAt = elevenFiftyNinePmEastern(toIsoDate(run.endDay));
  const rolled =
    run.endDay === run.lastCounted
      ? `Day ${length} is ${formatLong(run.lastCounted)}, a business day.`
      : `Day ${length} is ${formatLong(run.lastCounted)}, not a business day; skipped ${run.skipped.join(', ')} and rolled to the next business day (${ROLL_RULE}).`;
  return {
    endsOn: toIsoDate(run.endDay),
    endsAt,
    trace: run.trace,
    explanation: [opening, rolled, `The waiting period ends at ${endsAt.description} (${endsAt.iso}).`],
    citation,
    calendarYears: lookup.consultedYears(),
    ...(startRule ? { startRule } : {}),
  };
}

function requireBusinessDay(lookup: HolidayLookup, day: DayNumber, what: string): void {
  if (lookup.isWorkingDay(day)) return;
  const holiday = lookup.holidayName(day);
  throw new DeadlineInputError(
    `${what} is dated ${formatLong(day)}, which is ${holiday ? `a federal holiday (${holiday})` : `a ${weekdayName(day)}`}. ` +
      'Filings are received on business days only: enter the receipt date the agencies recorded.',
  );
}

/**
 * The day the period runs from. 16 CFR 803.10(a): on receipt of both persons' notifications —
 * the later filing — except that under 16 CFR 801.30 (tender offers, acquisitions from third
 * parties and the like) it runs from the acquiring person's filing alone.
 */
function startOf(lookup: HolidayLookup, input: HsrWaitingPeriodInput): { day: DayNumber; rule: HsrStartRule; sentence: string; traceNote: string } {
  const acquiring = dayNumberOf(input.receivedOn);
  requireBusinessDay(lookup, acquiring, 'The acquiring person’s filing');
  const acquired = input.acquiredPersonReceivedOn ? dayNumberOf(input.acquiredPersonReceivedOn) : undefined;
  if (acquired !== undefined) requireBusinessDay(lookup, acquired, 'The acquired person’s filing');
  if (input.section80130) {
    return {
      day: acquiring,
      rule: 'section-801-30',
      sentence: `An acquisition under 16 CFR 801.30: the waiting period runs from the acquiring person’s filing of ${formatLong(acquiring)}${acquired !== undefined ? `, whatever the date of the acquired person’s filing (${formatLong(acquired)})` : ''} (16 CFR 803.10(a)).`,
      traceNote: 'Acquiring person’s filing received (16 CFR 801.30: the period runs from it)',
    };
  }
  if (acquired === undefined) {
    return {
      day: acquiring,
      rule: 'acquiring-only',
      sentence: `The acquiring person’s filing was received ${formatLong(acquiring)}; the acquired person’s filing is not recorded, so this assumes it was not later. The period runs from the later of the two filings (16 CFR 803.10(a)): record the acquired person’s filing to confirm.`,
      traceNote: 'Acquiring person’s filing received (acquired person’s filing not recorded)',
    };
  }
  const later = Math.max(acquiring, acquired);
  const whose = acquired > acquiring ? 'acquired' : 'acquiring';
  return {
    day: later,
    rule: 'both-filings',
    sentence: `The waiting period runs from the later of the two filings (16 CFR 803.10(a)): the ${whose} person’s filing of ${formatLong(later)} (acquiring person ${formatLong(acquiring)}, acquired person ${formatLong(acquired)}).`,
    traceNote: `The ${whose} person’s filing received: the later of both filings starts the period (16 CFR 803.10(a))`,
  };
}

export function hsrWaitingPeriodEnd(input: HsrWaitingPeriodInput): HsrResult {
  const kind = input.kind ?? 'standard';
  checkKind(kind);
  const lookup = new HolidayLookup(resolveCalendar('us-federal', input.calendar));
  const start = startOf(lookup, input);
  const length = INITIAL_DAYS[kind];
  const run = runCalendarDays(lookup, start.day, length, `${start.traceNote} (${KIND_LABEL[kind]})`);
  const opening = `${start.sentence} The initial waiting period (${KIND_LABEL[kind]}) ends on the ${length}th calendar day after receipt of that filing (16 CFR 803.10(a), (b)(1)).`;
  return finish(lookup, run, opening, length, `15 U.S.C. 18a(b)(1); 16 CFR 801.30, 803.10(a), (b)(1); ${ROLL_RULE}`, start.rule);
}

export function hsrSecondRequestEnd(input: HsrSecondRequestInput): HsrResult {
  const kind = input.kind ?? 'standard';
  checkKind(kind);
  const lookup = new HolidayLookup(resolveCalendar('us-federal', input.calendar));
  const complied = dayNumberOf(input.substantialComplianceOn);
  const length = SECOND_REQUEST_DAYS[kind];
  const run = runCalendarDays(lookup, complied, length, 'Substantial compliance with the second request by all recipients');
  const opening = `Substantial compliance ${formatLong(complied)} (${KIND_LABEL[kind]}). The extended waiting period ends on the ${length}th calendar day after substantial compliance (16 CFR 803.10(b)(2)).`;
  return finish(lookup, run, opening, length, `15 U.S.C. 18a(e)(2); 16 CFR 803.10(b)(2); ${ROLL_RULE}`);
}
