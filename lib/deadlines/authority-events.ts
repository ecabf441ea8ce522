// Events of the review kinds beyond the EU and HSR (UK CMA, China SAMR, Bundeskartellamt,
// Washington and Colorado), written once here for the validators and timeline builders, with the
// checks every one of those procedures shares: valid dates, one start, nothing after the decision.

import { dayNumberOf, formatLong } from './dates';
import { EventSequenceError, InvalidDateError } from './errors';
import type { IsoDate, Suspension } from './types';

export type AuthorityEventType =
  | 'uk-phase1-commenced' | 'uk-phase2-referred' | 'uk-extension'
  | 'samr-accepted' | 'samr-accepted-simplified' | 'samr-further-review' | 'samr-extension'
  | 'bkarta-received' | 'bkarta-main-exam' | 'bkarta-remedies' | 'bkarta-extension'
  | 'hsr-filing-date' | 'state-copy-filed'
  | 'authority-decision';

type ExtensionType = 'uk-extension' | 'samr-extension' | 'bkarta-extension';

/** One event of the given type: extensions carry an amount (weeks or days), stops a restart. */
export type Of<T extends AuthorityEventType | 'stop-clock'> = T extends 'stop-clock'
  ? { type: 'stop-clock'; stoppedOn: IsoDate; restartedOn?: IsoDate }
  : T extends ExtensionType
    ? { type: T; date: IsoDate; amount: number }
    : { type: T; date: IsoDate };

export type AuthorityEvent = { [K in AuthorityEventType | 'stop-clock']: Of<K> }[AuthorityEventType | 'stop-clock'];

export const eventDate = (e: AuthorityEvent): IsoDate => (e.type === 'stop-clock' ? e.stoppedOn : e.date);
export const long = (date: IsoDate) => formatLong(dayNumberOf(date));

/** Sorted, date-checked events; throws EventSequenceError for what cannot have happened anywhere. */
export function prepare(events: readonly AuthorityEvent[], order: readonly AuthorityEvent['type'][]): AuthorityEvent[] {
  for (const e of events) {
    try {
      dayNumberOf(eventDate(e));
      if (e.type === 'stop-clock' && e.restartedOn) dayNumberOf(e.restartedOn);
    } catch (error) {
      if (error instanceof InvalidDateError) throw new EventSequenceError(error.message);
      throw error;
    }
    if (e.type === 'stop-clock' && e.restartedOn && e.restartedOn <= e.stoppedOn) {
      throw new EventSequenceError(`The clock cannot restart on ${long(e.restartedOn)}: it only stopped on ${long(e.stoppedOn)}.`);
    }
  }
  const sorted = [...events].sort((a, b) => dayNumberOf(eventDate(a)) - dayNumberOf(eventDate(b)) || order.indexOf(a.type) - order.indexOf(b.type));
  const decision = sorted.find((e): e is Of<'authority-decision'> => e.type === 'authority-decision');
  if (decision) {
    if (sorted.filter((e) => e.type === 'authority-decision').length > 1) throw new EventSequenceError('A review has one final decision: correct the one already recorded.');
    const later = sorted.find((e) => e !== decision && dayNumberOf(eventDate(e)) > dayNumberOf(eventDate(decision)));
    if (later) throw new EventSequenceError(`Nothing can happen in the review after its decision of ${long(decision.date)}, but an event is dated ${long(eventDate(later))}.`);
  }
  return sorted;
}

export function single<T extends AuthorityEvent['type']>(sorted: readonly AuthorityEvent[], type: T, name: string): Of<T> | undefined {
  const all = sorted.filter((e): e is Of<T> => e.type === type);
  if (all.length > 1) throw new EventSequenceError(`${name} can be recorded only once; correct the event already recorded.`);
  return all[0];
}

export function requireAfter(event: { date: IsoDate } | undefined, start: { date: IsoDate } | undefined, what: string, needs: string): void {
  if (!event) return;
  if (!start) throw new EventSequenceError(`${what} needs ${needs} first.`);
  if (event.date < start.date) throw new EventSequenceError(`${what} (${long(event.date)}) cannot come before ${needs} (${long(start.date)}).`);
}

export interface StopsSplit {
  closed: Suspension[];
  open: Of<'stop-clock'> | undefined;
}

/** The stops falling in [from, to) — a phase's own stop-the-clocks — with any still running. */
export function stopsBetween(sorted: readonly AuthorityEvent[], from: IsoDate, to: IsoDate | undefined): StopsSplit {
  const stops = sorted.filter((e): e is Of<'stop-clock'> => e.type === 'stop-clock' && e.stoppedOn > from && (to === undefined || e.stoppedOn < to));
  const open = stops.find((s) => !s.restartedOn);
  if (open && stops.some((s) => s !== open && s.stoppedOn > open.stoppedOn)) {
    throw new EventSequenceError(`The clock stopped on ${long(open.stoppedOn)} has no restart date, yet it stopped again later: enter the restart first.`);
  }
  return { closed: stops.filter((s) => s.restartedOn).map((s) => ({ stoppedOn: s.stoppedOn, restartedOn: s.restartedOn as IsoDate })), open };
}
