// Errors a lawyer may see verbatim: every message names the date, year or event at fault and
// says what to do, because a silent fallback would produce a wrong deadline.

import { EngineInputError } from '@/lib/core/errors';
import type { CalendarKind } from './types';

export class InvalidDateError extends EngineInputError {
  readonly input: unknown;
  constructor(input: unknown, reason: string) {
    super(`${JSON.stringify(input)} is not a valid date: ${reason}`);
    this.input = input;
  }
}

const CALENDAR_NAMES: Record<CalendarKind, string> = {
  'eu-commission': 'Commission holiday calendar',
  'us-federal': 'U.S. federal holiday calendar',
  'uk-england-wales': 'England and Wales bank holiday calendar',
};

export class MissingCalendarError extends EngineInputError {
  readonly year: number;
  readonly kind: CalendarKind;
  constructor(kind: CalendarKind, year: number) {
    super(
      kind === 'uk-england-wales'
        ? `No ${CALENDAR_NAMES[kind]} for ${year}: the bundled gov.uk list does not cover it yet, so this deadline cannot be computed.`
        : `No ${CALENDAR_NAMES[kind]} for ${year}: add it under Admin → Holiday calendars before this deadline can be computed.`,
    );
    this.year = year;
    this.kind = kind;
  }
}

/** Inputs that are real dates but cannot start or shape a legal period (e.g. 130 working days). */
export class DeadlineInputError extends EngineInputError {}

/** An event list describing something that cannot have happened in a review. */
export class EventSequenceError extends EngineInputError {}
