// The Bundeskartellamt review as recorded: the one-month period to open the main examination,
// and once opened the five-month period (+1 month for a first remedies offer, + agreed days,
// + suspensions).

import { eventDate, long, prepare, requireAfter, single, stopsBetween, type AuthorityEvent, type Of } from './authority-events';
import { EventSequenceError } from './errors';
import type { TimelineItem, TimelineOptions } from './events';
import { bkartaPhase1Deadline, bkartaPhase2Deadline } from './germany-bkarta';
import { asSequenceError, effectiveAsOf, itemFrom, statusByDate } from './timeline-shared';

const ORDER: AuthorityEvent['type'][] = ['bkarta-received', 'bkarta-main-exam', 'stop-clock', 'bkarta-remedies', 'bkarta-extension', 'authority-decision'];

export function computeBkartaTimeline(events: readonly AuthorityEvent[], options: TimelineOptions = {}): TimelineItem[] {
  const sorted = prepare(events, ORDER);
  const asOfDay = effectiveAsOf(options.asOf, sorted.map(eventDate));
  const received = single(sorted, 'bkarta-received', 'Receipt of the complete notification');
  const main = single(sorted, 'bkarta-main-exam', 'Opening the main examination');
  const remedies = single(sorted, 'bkarta-remedies', 'The first remedies offer');
  const decision = sorted.find((e) => e.type === 'authority-decision');
  requireAfter(main, received, 'The main examination', 'receipt of the complete notification');
  requireAfter(remedies, main, 'A remedies offer', 'the main examination');
  const extensions = sorted.filter((e): e is Of<'bkarta-extension'> => e.type === 'bkarta-extension');
  extensions.forEach((x) => requireAfter(x, main, 'An agreed extension', 'the main examination'));
  const firstStop = sorted.find((e) => e.type === 'stop-clock');
  if (firstStop && (!main || eventDate(firstStop) <= main.date)) throw new EventSequenceError('The period can be suspended (§ 40(2) GWB) only during the main examination.');
  const items: TimelineItem[] = [];
  if (!received) return items;
  const phase1 = asSequenceError(() => bkartaPhase1Deadline({ receivedOn: received.date }));
  if (main && main.date > phase1.deadline) {
    throw new EventSequenceError(`The main examination must be opened within one month of receipt (§ 40(1) GWB), which ended on ${long(phase1.deadline)}; it is dated ${long(main.date)}.`);
  }
  items.push(itemFrom('de-phase1', 'Bundeskartellamt: last day to open the main examination', phase1, main || decision ? 'ended' : statusByDate(phase1.deadline, asOfDay)));
  if (main) {
    const stops = stopsBetween(sorted, main.date, undefined);
    if (stops.open && !decision) {
      items.push({
        key: 'de-phase2', label: 'Bundeskartellamt main examination ends', date: null, status: 'suspended', trace: [],
        explanation: [`The period is suspended since ${long(stops.open.stoppedOn)} (§ 40(2) GWB); the deadline is known once the day it runs again is recorded.`],
        citation: '§ 40(2) GWB',
      });
    } else {
      const result = asSequenceError(() =>
        bkartaPhase2Deadline({
          receivedOn: received.date,
          remediesOffered: remedies !== undefined,
          agreedExtensionDays: extensions.reduce((sum, x) => sum + x.amount, 0),
          suspensions: stops.closed,
        }),
      );
      items.push(itemFrom('de-phase2', 'Bundeskartellamt main examination ends', result, decision ? 'ended' : statusByDate(result.deadline, asOfDay)));
    }
  }
  return items;
}
