// Small pieces both timelines need: status from "today", and turning input problems found while
// computing into the same EventSequenceError the validator's messages use.

import { dayNumberOf } from './dates';
import { DeadlineInputError, EventSequenceError } from './errors';
import type { SequenceResult, TimelineItem, TimelineStatus } from './events';
import type { DeadlineResult, HsrResult, IsoDate } from './types';

export function assertValid(result: SequenceResult): void {
  if (!result.ok) throw new EventSequenceError(result.message);
}

/** Runs a computation, reporting bad stop/restart dates etc. as sequence errors. */
export function asSequenceError<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DeadlineInputError) throw new EventSequenceError(error.message);
    throw error;
  }
}

/**
 * "Today" for status purposes: the caller's date, or failing that the latest recorded event
 * (events are recorded once they have happened, so nothing before it can still be running).
 */
export function effectiveAsOf(asOf: IsoDate | undefined, eventDates: readonly IsoDate[]): number {
  const candidates = eventDates.map(dayNumberOf);
  if (asOf !== undefined) candidates.push(dayNumberOf(asOf));
  return candidates.length ? Math.max(...candidates) : Number.NEGATIVE_INFINITY;
}

export function statusByDate(date: IsoDate, asOfDay: number): TimelineStatus {
  // A period runs to the end of its last day, so it has ended only once that day is past.
  return dayNumberOf(date) < asOfDay ? 'ended' : 'running';
}

export function itemFrom(
  key: string,
  label: string,
  result: DeadlineResult | HsrResult,
  status: TimelineStatus,
  extra: { before?: string[]; after?: string[] } = {},
): TimelineItem {
  const date = 'deadline' in result ? result.deadline : result.endsOn;
  return {
    key,
    label,
    date,
    status,
    trace: result.trace,
    explanation: [...(extra.before ?? []), ...result.explanation, ...(extra.after ?? [])],
    citation: result.citation,
    ...('provisionalYears' in result && result.provisionalYears?.length ? { provisionalYears: result.provisionalYears } : {}),
  };
}
