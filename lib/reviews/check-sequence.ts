import {
  computeEuTimeline,
  computeUsTimeline,
  DeadlineInputError,
  euPhase1Deadline,
  euPhase2Deadline,
  EventSequenceError,
  InvalidDateError,
  MissingCalendarError,
  validateEuSequence,
  validateUsSequence,
  type Calendar,
} from '@/lib/deadlines';
import type { DbCalendars } from './load-calendars';
import { ValidationError } from '@/lib/core/errors';
import { authorityTimeline } from './authority-timeline';
import { euEvents, usEvents, type EventFields } from './engine-events';
import type { ReviewAuthority } from './schemas';

/**
 * Refuses an event list that cannot have happened, with the engine's own message. The order is
 * checked first; then the timeline is computed with the stored calendars, which also refuses
 * events on non-working days and decisions after a deadline. A missing calendar year does not
 * block recording what happened: the Reviews tab then names the year to add.
 */
export function sequenceProblem(authority: ReviewAuthority, events: readonly EventFields[], calendars: DbCalendars): string | null {
  if (authority === 'other') return null;
  if (authority !== 'eu-commission' && authority !== 'us-hsr') {
    try {
      authorityTimeline(authority, events, calendars);
      return null;
    } catch (error) {
      if (error instanceof MissingCalendarError) return null;
      if (error instanceof EventSequenceError || error instanceof InvalidDateError) return error.message;
      throw error;
    }
  }
  const order = authority === 'eu-commission' ? validateEuSequence(euEvents(events)) : validateUsSequence(usEvents(events));
  if (!order.ok) return order.message;
  if (authority === 'eu-commission') {
    const day = euStartDayProblem(events, calendars.eu);
    if (day) return day;
  }
  try {
    if (authority === 'eu-commission') computeEuTimeline(euEvents(events), calendars.eu);
    else computeUsTimeline(usEvents(events), calendars.us);
    return null;
  } catch (error) {
    if (error instanceof MissingCalendarError) return null;
    if (error instanceof EventSequenceError || error instanceof InvalidDateError) return error.message;
    throw error;
  }
}

/** The field of the event form a sequence message belongs to, so it shows where the user can fix it. */
export function fieldFor(type: EventFields['type'], message: string): string {
  if (type === 'stop-clock' && /restart/i.test(message)) return 'restartedOn';
  if (type === 'filing-received' && /acquired person/.test(message)) return 'acquiredReceivedOn';
  if (type === 'extension' && /working days/.test(message) && /20/.test(message)) return 'workingDays';
  if (/-extension$/.test(type) && /extend|weeks|days/.test(message) && /got/.test(message)) return 'amount';
  return 'date';
}

export function refuseSequence(type: EventFields['type'], message: string): ValidationError {
  return new ValidationError(`Not saved: ${message}`, { [fieldFor(type, message)]: message });
}

/**
 * The timeline only computes a period while its clock runs, so a notification or Phase II opening
 * on a weekend or holiday would slip through while a stop-the-clock is open. Each start event is
 * put to the engine's own working-day check here (its message names the day and the holiday).
 */
export function euStartDayProblem(events: readonly EventFields[], calendar: Calendar): string | null {
  for (const e of events) {
    try {
      if (e.type === 'notification') euPhase1Deadline({ notifiedOn: e.occurredOn, calendar });
      else if (e.type === 'phase2-opened') euPhase2Deadline({ openedOn: e.occurredOn, calendar });
    } catch (error) {
      if (error instanceof DeadlineInputError) return error.message;
      if (error instanceof MissingCalendarError || error instanceof InvalidDateError) continue;
      throw error;
    }
  }
  return null;
}
