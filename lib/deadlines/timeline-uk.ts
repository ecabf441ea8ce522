// The UK CMA review as recorded: Phase 1 from the CMA's notice, Phase 2 from the reference (with
// its one special-reasons extension), each with the stop-the-clocks that fall in it; the final
// decision closes whatever was running.

import { prepare, requireAfter, single, stopsBetween, type AuthorityEvent } from './authority-events';
import { EventSequenceError } from './errors';
import type { TimelineItem, TimelineOptions } from './events';
import { asSequenceError, effectiveAsOf, itemFrom, statusByDate } from './timeline-shared';
import type { CalendarInput } from './types';
import { ukPhase1Deadline, ukPhase2Deadline } from './uk-cma';
import { eventDate } from './authority-events';

const ORDER: AuthorityEvent['type'][] = ['uk-phase1-commenced', 'stop-clock', 'uk-phase2-referred', 'uk-extension', 'authority-decision'];

function suspendedItem(key: string, label: string, stoppedOn: string, citation: string): TimelineItem {
  return {
    key, label, date: null, status: 'suspended', trace: [],
    explanation: [`The clock stopped on ${stoppedOn} and has not restarted: the deadline is known once the restart date is recorded.`],
    citation,
  };
}

export function computeUkTimeline(events: readonly AuthorityEvent[], calendar?: CalendarInput, options: TimelineOptions = {}): TimelineItem[] {
  const sorted = prepare(events, ORDER);
  const asOfDay = effectiveAsOf(options.asOf, sorted.map(eventDate));
  const commenced = single(sorted, 'uk-phase1-commenced', 'The start of Phase 1');
  const referred = single(sorted, 'uk-phase2-referred', 'The Phase 2 reference');
  const extension = single(sorted, 'uk-extension', 'A special-reasons extension (EA02 s. 39(3) allows one)');
  const decision = sorted.find((e) => e.type === 'authority-decision');
  requireAfter(referred, commenced, 'The Phase 2 reference', 'the start of Phase 1');
  requireAfter(extension, referred, 'An extension of Phase 2', 'the Phase 2 reference');
  const firstStop = sorted.find((e) => e.type === 'stop-clock');
  if (firstStop && (!commenced || eventDate(firstStop) <= commenced.date)) throw new EventSequenceError('A stop-the-clock needs a running Phase 1 or Phase 2 before it.');
  const items: TimelineItem[] = [];
  if (commenced) {
    const stops = stopsBetween(sorted, commenced.date, referred?.date);
    const citation = 'Enterprise Act 2002 s. 34ZA(3), s. 34ZB';
    if (stops.open && !referred && !decision) items.push(suspendedItem('uk-phase1', 'CMA Phase 1 decision', stops.open.stoppedOn, citation));
    else {
      const result = asSequenceError(() => ukPhase1Deadline({ commencedOn: commenced.date, suspensions: stops.closed, calendar }));
      const closedBy = referred ? 'ended' : decision ? 'ended' : statusByDate(result.deadline, asOfDay);
      items.push(itemFrom('uk-phase1', 'CMA Phase 1 decision', result, closedBy));
    }
  }
  if (referred) {
    const stops = stopsBetween(sorted, referred.date, undefined);
    const citation = 'Enterprise Act 2002 s. 39(1), (3), (4)';
    if (stops.open && !decision) items.push(suspendedItem('uk-phase2', 'CMA Phase 2 final report', stops.open.stoppedOn, citation));
    else {
      const result = asSequenceError(() => ukPhase2Deadline({ referredOn: referred.date, extensionWeeks: extension?.amount ?? 0, suspensions: stops.closed }));
      items.push(itemFrom('uk-phase2', 'CMA Phase 2 final report', result, decision ? 'ended' : statusByDate(result.deadline, asOfDay)));
    }
  }
  return items;
}
