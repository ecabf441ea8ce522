// A Washington or Colorado premerger review: the copy of the HSR form is due the day the HSR
// notification is filed; recording the copy as filed closes the reminder.

import { eventDate, long, prepare, single, type AuthorityEvent } from './authority-events';
import { daysBetween } from './dates';
import type { TimelineItem, TimelineOptions } from './events';
import { asSequenceError, effectiveAsOf, itemFrom, statusByDate } from './timeline-shared';
import { STATE_PREMERGER_ACTS, statePremergerCopyDue, type UsPremergerState } from './us-state-premerger';

const ORDER: AuthorityEvent['type'][] = ['hsr-filing-date', 'state-copy-filed', 'authority-decision'];

export function computeUsStateTimeline(state: UsPremergerState, events: readonly AuthorityEvent[], options: TimelineOptions = {}): TimelineItem[] {
  const sorted = prepare(events, ORDER);
  const asOfDay = effectiveAsOf(options.asOf, sorted.map(eventDate));
  const hsr = single(sorted, 'hsr-filing-date', 'The HSR filing date');
  const copy = single(sorted, 'state-copy-filed', 'The copy filed with the attorney general');
  if (!hsr) return [];
  const result = asSequenceError(() => statePremergerCopyDue({ state, hsrFiledOn: hsr.date }));
  const late = copy && copy.date > hsr.date ? daysBetween(hsr.date, copy.date) : 0;
  const after = copy
    ? [late
        ? `Warning: the copy was filed on ${long(copy.date)}, ${late} ${late === 1 ? 'day' : 'days'} after the HSR filing; the act requires it contemporaneously (civil penalty up to $10,000 a day).`
        : `Copy filed with the attorney general on ${long(copy.date)}.`]
    : [];
  const label = `Copy of the HSR form to the ${STATE_PREMERGER_ACTS[state].state === 'WA' ? 'Washington' : 'Colorado'} attorney general`;
  return [itemFrom(`us-${state.toLowerCase()}-copy`, label, result, copy ? 'ended' : statusByDate(result.deadline, asOfDay), { after })];
}
