// The China SAMR review as recorded: the preliminary review from acceptance (normal or
// simplified), further review from SAMR's decision with its one extension, and Art. 32 stops.

import { eventDate, long, prepare, requireAfter, single, stopsBetween, type AuthorityEvent } from './authority-events';
import { samrPhase1Deadline, samrPhase2Deadline } from './china-samr';
import { EventSequenceError } from './errors';
import type { TimelineItem, TimelineOptions } from './events';
import { asSequenceError, effectiveAsOf, itemFrom, statusByDate } from './timeline-shared';

const ORDER: AuthorityEvent['type'][] = ['samr-accepted', 'samr-accepted-simplified', 'stop-clock', 'samr-further-review', 'samr-extension', 'authority-decision'];

function suspended(key: string, label: string, stoppedOn: string): TimelineItem {
  return {
    key, label, date: null, status: 'suspended', trace: [],
    explanation: [`SAMR suspended the review period on ${long(stoppedOn)} (AML Art. 32); the deadline is known once the day counting resumes is recorded.`],
    citation: 'Anti-Monopoly Law of the PRC (2022) Art. 32',
  };
}

export function computeSamrTimeline(events: readonly AuthorityEvent[], options: TimelineOptions = {}): TimelineItem[] {
  const sorted = prepare(events, ORDER);
  const asOfDay = effectiveAsOf(options.asOf, sorted.map(eventDate));
  const normal = single(sorted, 'samr-accepted', 'Acceptance of the filing');
  const simple = single(sorted, 'samr-accepted-simplified', 'Acceptance of the filing');
  if (normal && simple) throw new EventSequenceError('A filing is accepted once, under the normal or the simplified procedure: remove one of the two.');
  const accepted = normal ?? simple;
  const further = single(sorted, 'samr-further-review', 'The decision to conduct further review');
  const extension = single(sorted, 'samr-extension', 'An extension of further review');
  const decision = sorted.find((e) => e.type === 'authority-decision');
  requireAfter(further, accepted, 'Further review', 'acceptance of the filing');
  requireAfter(extension, further, 'An extension', 'the decision to conduct further review');
  const firstStop = sorted.find((e) => e.type === 'stop-clock');
  if (firstStop && (!accepted || eventDate(firstStop) <= accepted.date)) throw new EventSequenceError('SAMR can suspend a review period only after it accepted the filing.');
  const items: TimelineItem[] = [];
  if (accepted) {
    const stops = stopsBetween(sorted, accepted.date, further?.date);
    if (stops.open && !further && !decision) items.push(suspended('cn-phase1', 'SAMR preliminary review ends', stops.open.stoppedOn));
    else {
      const result = asSequenceError(() => samrPhase1Deadline({ acceptedOn: accepted.date, simplified: accepted === simple, suspensions: stops.closed }));
      if (further && further.date > result.deadline) {
        throw new EventSequenceError(`SAMR must decide on further review within the preliminary review, which ended on ${long(result.deadline)}; the decision is dated ${long(further.date)}.`);
      }
      items.push(itemFrom('cn-phase1', 'SAMR preliminary review ends', result, further || decision ? 'ended' : statusByDate(result.deadline, asOfDay)));
    }
  }
  if (further) {
    const stops = stopsBetween(sorted, further.date, undefined);
    if (stops.open && !decision) items.push(suspended('cn-phase2', 'SAMR further review ends', stops.open.stoppedOn));
    else {
      const result = asSequenceError(() => samrPhase2Deadline({ furtherReviewOn: further.date, extensionDays: extension?.amount ?? 0, suspensions: stops.closed }));
      items.push(itemFrom('cn-phase2', 'SAMR further review ends', result, decision ? 'ended' : statusByDate(result.deadline, asOfDay)));
    }
  }
  return items;
}
