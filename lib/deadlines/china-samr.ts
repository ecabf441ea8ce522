// China SAMR merger-review clocks under the Anti-Monopoly Law as amended in 2022 (in force
// 1 August 2022): preliminary review 30 days from the day SAMR accepts the complete filing
// (Art. 30), further review 90 days from the decision to conduct it (Art. 31(1)), extendable by
// up to 60 days (Art. 31(2)), and the review period stops while SAMR suspends it (Art. 32),
// counting again from the day the ground for suspension ends — entered as `restartedOn`.
// Calendar days. Day 1 is the day after the trigger, the general PRC rule (Civil Code Art. 201).
// UNVERIFIED, flagged in every result: we found no authoritative source on whether a merger
// review period ending on a public holiday runs on (Civil Code Art. 203 would move it to the
// day after the holiday in civil matters); the app does not move it and says so.

import { calendarSuspendedRanges, suspensionLines, walkCalendarDays, type CalendarDayWording } from './calendar-day-count';
import { dayNumberOf, formatLong, toIsoDate } from './dates';
import { DeadlineInputError } from './errors';
import type { DeadlineResult, Suspension } from './types';

export const SAMR_PHASE1_DAYS = 30;
export const SAMR_PHASE2_DAYS = 90;
export const SAMR_MAX_EXTENSION_DAYS = 60;

export const SAMR_HOLIDAY_FLAG =
  'Unverified: no authoritative source found on a SAMR period whose last day is a public holiday. The app does not move it; ' +
  'by analogy with Civil Code Art. 203 it might run to the first working day after the holiday. Confirm with SAMR or local counsel.';

export interface SamrPhase1Input {
  /** The day SAMR accepted the filing as complete (立案). */
  acceptedOn: string;
  /** Filed under the simplified procedure (AML Art. 37; SAMR Provisions on the Review of Concentrations, 2023). */
  simplified?: boolean;
  suspensions?: readonly Suspension[];
}

export interface SamrPhase2Input {
  /** The day SAMR decided to conduct further review. */
  furtherReviewOn: string;
  /** Art. 31(2) extension, in days, at most 60. */
  extensionDays?: number;
  suspensions?: readonly Suspension[];
}

const wording = (phase: string, basis: string): CalendarDayWording => ({
  first: `Day 1: the day after the trigger (Civil Code Art. 201, applied by analogy) — ${phase}`,
  last: (n) => `Day ${n}: last day of the ${phase} (${basis})`,
  suspendedBasis: 'AML Art. 32',
});

function compute(
  triggerDay: number,
  length: number,
  suspensions: readonly Suspension[],
  phase: string,
  basis: string,
  opening: string,
  extra: string[],
  citation: string,
  triggerNote: string,
): DeadlineResult {
  const words = wording(phase, basis);
  const ranges = calendarSuspendedRanges(triggerDay + 1, length, suspensions, phase, words);
  const walk = walkCalendarDays(triggerDay + 1, length, ranges, words);
  return {
    deadline: toIsoDate(walk.lastDay),
    trace: [{ date: toIsoDate(triggerDay), kind: 'event', note: triggerNote }, ...walk.trace],
    explanation: [
      opening,
      ...extra,
      ...suspensionLines(suspensions, 'review period suspended, AML Art. 32'),
      `Deadline: ${formatLong(walk.lastDay)}.`,
      SAMR_HOLIDAY_FLAG,
    ],
    citation,
    calendarYears: [],
  };
}

export function samrPhase1Deadline(input: SamrPhase1Input): DeadlineResult {
  const accepted = dayNumberOf(input.acceptedOn);
  return compute(
    accepted,
    SAMR_PHASE1_DAYS,
    input.suspensions ?? [],
    'preliminary review',
    'AML Art. 30',
    `SAMR accepted the filing on ${formatLong(accepted)}. The preliminary review (Phase I) lasts 30 days from acceptance (AML Art. 30); day 1 is ${formatLong(accepted + 1)}.`,
    input.simplified
      ? ['Simplified procedure: the statutory period is the same 30 days; SAMR usually clears simplified cases well within it, but that is practice, not a deadline.']
      : [],
    'Anti-Monopoly Law of the PRC (2022) Arts. 30, 32; Civil Code Art. 201 (counting, by analogy)',
    'SAMR accepts the filing (立案)',
  );
}

export function validateSamrExtensionDays(days: number): void {
  if (!Number.isInteger(days) || days < 0 || days > SAMR_MAX_EXTENSION_DAYS) {
    throw new DeadlineInputError(`SAMR may extend further review by at most ${SAMR_MAX_EXTENSION_DAYS} days (AML Art. 31(2)); got ${days}.`);
  }
}

export function samrPhase2Deadline(input: SamrPhase2Input): DeadlineResult {
  const extension = input.extensionDays ?? 0;
  validateSamrExtensionDays(extension);
  const decided = dayNumberOf(input.furtherReviewOn);
  return compute(
    decided,
    SAMR_PHASE2_DAYS + extension,
    input.suspensions ?? [],
    'further review',
    extension ? `AML Art. 31: 90 + ${extension} days` : 'AML Art. 31',
    `SAMR decided to conduct further review on ${formatLong(decided)}. Further review (Phase II) lasts 90 days from the decision (AML Art. 31(1)); day 1 is ${formatLong(decided + 1)}.`,
    extension ? [`Extended by ${extension} days (AML Art. 31(2): at most 60, with the parties’ consent, to verify inaccurate materials, or after a material change).`] : [],
    'Anti-Monopoly Law of the PRC (2022) Arts. 31, 32; Civil Code Art. 201 (counting, by analogy)',
    'SAMR decides to conduct further review',
  );
}
