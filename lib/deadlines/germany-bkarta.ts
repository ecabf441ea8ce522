// Bundeskartellamt clocks under GWB § 40: the Office may prohibit only if it tells the parties
// within one month of receipt of the complete notification that it has opened the main
// examination (§ 40(1)); the main examination must end within five months of receipt, or the
// concentration is deemed cleared (§ 40(2) sentence 2). One more month when a notifying party
// first offers conditions or obligations (§ 40(2) sentence 3); longer with the notifying
// parties' consent (§ 40(2) sentence 4 no. 1); the period is suspended while a repeated § 59
// information request goes unanswered (§ 40(2) sentence 5 — entered as stop/restart dates).
// Months are counted under BGB §§ 187(1), 188(2), (3): one month from receipt on 15 March ends on
// 15 April; from 31 January on the last day of February. A last day on a Saturday, Sunday or
// public holiday at the Office's seat (Bonn, North Rhine-Westphalia) moves to the next working
// day (BGB § 193 / VwVfG § 31(3)) — the commentary view; flagged as unverified in each result.

import { dayFromParts, dayNumberOf, daysInMonth, formatLong, isWeekend, partsFromDay, toIsoDate, weekdayName, type DayNumber } from './dates';
import { DeadlineInputError } from './errors';
import type { DeadlineResult, Suspension, TraceStep } from './types';

export interface BkartaPhase1Input {
  /** Receipt of the complete notification by the Bundeskartellamt. */
  receivedOn: string;
}

export interface BkartaPhase2Input {
  receivedOn: string;
  /** A notifying party first offered conditions or obligations: + one month. */
  remediesOffered?: boolean;
  /** Extension the notifying parties consented to, in calendar days. */
  agreedExtensionDays?: number;
  suspensions?: readonly Suspension[];
}

const ROLL_FLAG =
  'Unverified: moving a last day that is a weekend or public holiday to the next working day (BGB § 193, VwVfG § 31(3)) follows the commentary on § 40 GWB; confirm with the Bundeskartellamt for a date that matters.';

/** Gauss's Easter algorithm (Meeus/Jones/Butcher), exact for the Gregorian calendar. */
function easterSunday(year: number): DayNumber {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day);
}

/** Public holidays in North Rhine-Westphalia (Feiertagsgesetz NW § 2), generated: federal ones plus Corpus Christi and All Saints. */
export function bonnHolidayName(day: DayNumber): string | undefined {
  const { year, month, day: dom } = partsFromDay(day);
  const easter = easterSunday(year);
  const fixed: Record<string, string> = {
    '1-1': 'Neujahr', '5-1': 'Tag der Arbeit', '10-3': 'Tag der Deutschen Einheit', '11-1': 'Allerheiligen',
    '12-25': '1. Weihnachtstag', '12-26': '2. Weihnachtstag',
  };
  const movable: Record<number, string> = {
    [-2]: 'Karfreitag', 1: 'Ostermontag', 39: 'Christi Himmelfahrt', 50: 'Pfingstmontag', 60: 'Fronleichnam',
  };
  return fixed[`${month}-${dom}`] ?? movable[day - easter];
}

/** BGB §§ 187(1), 188(2), (3): the day of the later month with the event's number, or its last day. */
export function addMonthsBgb(eventDay: DayNumber, months: number): DayNumber {
  const { year, month, day } = partsFromDay(eventDay);
  const index = month - 1 + months;
  const y = year + Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayFromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

function rollToWorkingDay(day: DayNumber, trace: TraceStep[]): DayNumber {
  let current = day;
  while (isWeekend(current) || bonnHolidayName(current)) {
    const holiday = bonnHolidayName(current);
    trace.push(
      holiday
        ? { date: toIsoDate(current), kind: 'holiday', note: `Public holiday in Bonn (NRW): ${holiday}` }
        : { date: toIsoDate(current), kind: 'weekend', note: `${weekdayName(current)}: not a working day` },
    );
    current += 1;
  }
  if (current !== day) trace.push({ date: toIsoDate(current), kind: 'rolled', note: 'Next working day (BGB § 193 / VwVfG § 31(3)); unverified' });
  return current;
}

export function bkartaPhase1Deadline(input: BkartaPhase1Input): DeadlineResult {
  const received = dayNumberOf(input.receivedOn);
  const nominal = addMonthsBgb(received, 1);
  const trace: TraceStep[] = [
    { date: toIsoDate(received), kind: 'event', note: 'Complete notification received by the Bundeskartellamt' },
    { date: toIsoDate(nominal), kind: 'counted', note: 'One month after receipt (BGB §§ 187(1), 188(2), (3))' },
  ];
  const end = rollToWorkingDay(nominal, trace);
  trace.push({ date: toIsoDate(end), kind: 'end', note: 'Last day to open the main examination (§ 40(1) GWB)' });
  return {
    deadline: toIsoDate(end),
    trace,
    explanation: [
      `Complete notification received ${formatLong(received)}. The Office may prohibit only if it opens the main examination within one month of receipt (§ 40(1) GWB).`,
      end === nominal ? `One month ends on ${formatLong(nominal)}.` : `One month ends on ${formatLong(nominal)}, not a working day in Bonn; moved to ${formatLong(end)}.`,
      `Deadline: ${formatLong(end)}. Without a letter opening the main examination by then, the concentration may be implemented.`,
      ROLL_FLAG,
    ],
    citation: '§ 40(1) GWB; BGB §§ 187(1), 188(2), (3), 193',
    calendarYears: [],
  };
}

export function bkartaPhase2Deadline(input: BkartaPhase2Input): DeadlineResult {
  const received = dayNumberOf(input.receivedOn);
  const agreed = input.agreedExtensionDays ?? 0;
  if (!Number.isInteger(agreed) || agreed < 0 || agreed > 366) {
    throw new DeadlineInputError(`An agreed extension is a whole number of days from 0 to 366; got ${agreed}.`);
  }
  const months = input.remediesOffered ? 6 : 5;
  const base = addMonthsBgb(received, months);
  const suspensions = [...(input.suspensions ?? [])].sort((a, b) => dayNumberOf(a.stoppedOn) - dayNumberOf(b.stoppedOn));
  let suspendedDays = 0;
  let earliest = received + 1;
  for (const s of suspensions) {
    const stop = dayNumberOf(s.stoppedOn);
    const restart = dayNumberOf(s.restartedOn);
    if (restart <= stop) throw new DeadlineInputError(`The clock restarted on ${formatLong(restart)}, which is not after it stopped on ${formatLong(stop)}.`);
    if (stop < earliest) {
      throw new DeadlineInputError(`The clock cannot stop on ${formatLong(stop)}: it must stop after receipt (${formatLong(received)}) and after any earlier suspension ended.`);
    }
    const inForce = base + agreed + suspendedDays;
    if (stop > inForce) throw new DeadlineInputError(`The clock cannot stop on ${formatLong(stop)}: the main examination period had already ended on ${formatLong(inForce)}.`);
    suspendedDays += restart - stop;
    earliest = restart;
  }
  const nominal = base + agreed + suspendedDays;
  const trace: TraceStep[] = [
    { date: toIsoDate(received), kind: 'event', note: 'Complete notification received by the Bundeskartellamt' },
    { date: toIsoDate(base), kind: 'counted', note: `${months} months after receipt (BGB §§ 187(1), 188(2), (3))` },
  ];
  if (suspendedDays) trace.push({ date: toIsoDate(base + suspendedDays), kind: 'suspended', note: `+${suspendedDays} days of suspension (§ 40(2) sentence 5 GWB)` });
  if (agreed) trace.push({ date: toIsoDate(nominal), kind: 'counted', note: `+${agreed} days agreed with the notifying parties (§ 40(2) sentence 4 no. 1 GWB)` });
  const end = rollToWorkingDay(nominal, trace);
  trace.push({ date: toIsoDate(end), kind: 'end', note: 'Main examination must end (§ 40(2) GWB)' });
  return {
    deadline: toIsoDate(end),
    trace,
    explanation: [
      `Complete notification received ${formatLong(received)}. The main examination must end within five months of receipt, or the concentration is deemed cleared (§ 40(2) sentence 2 GWB).`,
      ...(input.remediesOffered ? ['A notifying party first offered conditions or obligations: one more month (§ 40(2) sentence 3 GWB).'] : []),
      `${months} months end on ${formatLong(base)}.`,
      ...suspensions.map((s) => `Suspended from ${formatLong(dayNumberOf(s.stoppedOn))}, running again from ${formatLong(dayNumberOf(s.restartedOn))} (§ 40(2) sentence 5 GWB).`),
      ...(agreed ? [`Extended by ${agreed} days with the notifying parties’ consent (§ 40(2) sentence 4 no. 1 GWB).`] : []),
      end === nominal ? `Deadline: ${formatLong(end)}.` : `The period ends on ${formatLong(nominal)}, not a working day in Bonn; deadline ${formatLong(end)}.`,
      ROLL_FLAG,
    ],
    citation: '§ 40(2) GWB (as amended by the GWB-Digitalisierungsgesetz 2021); BGB §§ 187(1), 188(2), (3), 193',
    calendarYears: [],
  };
}
