// Derives the HSR waiting-period dates from the recorded U.S. events: the latest filing (a
// pull-and-refile restarts the period from the refile date), the second-request period once
// substantial compliance is certified, early termination and any timing-agreement date.

import { dayNumberOf, formatLong } from './dates';
import { EventSequenceError } from './errors';
import type { TimelineItem, TimelineOptions, UsEvent } from './events';
import { hsrSecondRequestEnd, hsrWaitingPeriodEnd } from './hsr-waiting-period';
import { sortUsEvents, validateUsSequence } from './sequence';
import { asSequenceError, assertValid, effectiveAsOf, itemFrom, statusByDate } from './timeline-shared';
import type { CalendarInput, HsrKind } from './types';

const long = (date: string) => formatLong(dayNumberOf(date));
const after = (a: string, b: string) => dayNumberOf(a) > dayNumberOf(b);
type Of<T extends UsEvent['type']> = Extract<UsEvent, { type: T }>;

export function computeUsTimeline(events: readonly UsEvent[], calendar?: CalendarInput, options: TimelineOptions = {}): TimelineItem[] {
  assertValid(validateUsSequence(events));
  const sorted = sortUsEvents(events);
  // A timing-agreement date is a future commitment, not something that has happened yet.
  const asOfDay = effectiveAsOf(options.asOf, sorted.filter((e) => e.type !== 'timing-agreement').map((e) => e.date));
  const find = <T extends UsEvent['type']>(type: T) => sorted.find((e): e is Of<T> => e.type === type);
  const filings = sorted.filter((e): e is Of<'filing-received'> | Of<'pull-and-refile'> => e.type === 'filing-received' || e.type === 'pull-and-refile');
  const secondRequest = find('second-request');
  const compliance = find('substantial-compliance');
  const termination = find('early-termination');
  const closing = find('closing');
  const items: TimelineItem[] = [];
  let kind: HsrKind = 'standard';
  let periodEnd: string | undefined;

  filings.forEach((filing, index) => {
    if (filing.type === 'filing-received') kind = filing.kind ?? 'standard';
    // Both filings count only for an original filing; a refile restarts from the refiling itself.
    const both = filing.type === 'filing-received' ? { acquiredPersonReceivedOn: filing.acquiredPersonReceivedOn, section80130: filing.section80130 } : {};
    const result = asSequenceError(() => hsrWaitingPeriodEnd({ receivedOn: filing.date, ...both, kind, calendar }));
    const next = filings[index + 1];
    const refile = filing.type === 'pull-and-refile' ? [`Pull-and-refile on ${long(filing.date)}: the waiting period starts again from the refiling (16 CFR 803.12(c)).`] : [];
    if (next && !after(next.date, result.endsOn)) {
      items.push(itemFrom(`hsr-waiting-${filing.date}`, 'HSR waiting period', result, 'superseded', {
        before: [`Superseded: restarted by the ${next.type === 'pull-and-refile' ? 'pull-and-refile' : 'new filing'} on ${long(next.date)}.`, ...refile],
      }));
      return;
    }
    if (next) {
      items.push(itemFrom(`hsr-waiting-${filing.date}`, 'HSR waiting period', result, 'ended', { before: refile }));
      return;
    }
    periodEnd = result.endsOn;
    if (secondRequest && after(secondRequest.date, result.endsOn)) {
      throw new EventSequenceError(`The second request of ${long(secondRequest.date)} comes after the waiting period ended at ${result.endsAt.description}: a second request must issue before the period expires.`);
    }
    if (termination && !secondRequest && after(termination.date, result.endsOn)) {
      throw new EventSequenceError(`Early termination on ${long(termination.date)} comes after the waiting period had already ended at ${result.endsAt.description}.`);
    }
    const status = secondRequest ? 'superseded' : termination ? 'ended' : statusByDate(result.endsOn, asOfDay);
    const note = secondRequest
      ? [`Extended by the second request issued on ${long(secondRequest.date)}: the waiting period now ends ${kind === 'standard' ? 30 : 10} days after substantial compliance (16 CFR 803.10(b)(2)).`]
      : termination ? [`Ended early by early termination granted on ${long(termination.date)} (16 CFR 803.11).`] : [];
    items.push(itemFrom('hsr-waiting', 'HSR waiting period', result, status, { before: refile, after: note }));
  });

  if (secondRequest) {
    if (compliance) {
      const result = asSequenceError(() => hsrSecondRequestEnd({ substantialComplianceOn: compliance.date, kind, calendar }));
      if (termination && after(termination.date, result.endsOn)) {
        throw new EventSequenceError(`Early termination on ${long(termination.date)} comes after the waiting period had already ended at ${result.endsAt.description}.`);
      }
      periodEnd = result.endsOn;
      const status = termination ? 'ended' : statusByDate(result.endsOn, asOfDay);
      const note = termination ? [`Ended early by early termination granted on ${long(termination.date)} (16 CFR 803.11).`] : [];
      items.push(itemFrom('hsr-second-request', 'Waiting period after second request', result, status, { after: note }));
    } else {
      periodEnd = undefined;
      items.push({
        key: 'hsr-second-request', label: 'Waiting period after second request', date: null,
        status: termination ? 'ended' : 'running', trace: [],
        explanation: [
          `Second request issued on ${long(secondRequest.date)}. The waiting period ends on the ${kind === 'standard' ? '30th' : '10th'} day after substantial compliance by all recipients; no substantial compliance is recorded yet.`,
          ...(termination ? [`Ended early by early termination granted on ${long(termination.date)} (16 CFR 803.11).`] : []),
        ],
        citation: '15 U.S.C. 18a(e)(2); 16 CFR 803.10(b)(2)',
      });
    }
  }

  if (termination) {
    items.push({
      key: 'hsr-early-termination', label: 'Early termination', date: termination.date, status: 'ended', trace: [],
      explanation: [`The agencies granted early termination on ${long(termination.date)}: the waiting period ended that day.`],
      citation: '15 U.S.C. 18a(b)(2); 16 CFR 803.11',
    });
  }

  const agreements = sorted.filter((e) => e.type === 'timing-agreement');
  agreements.forEach((agreement, index) => {
    const latest = index === agreements.length - 1;
    items.push({
      key: latest ? 'hsr-timing-agreement' : `hsr-timing-agreement-${agreement.date}`,
      label: 'Timing agreement date', date: agreement.date,
      status: latest ? statusByDate(agreement.date, asOfDay) : 'superseded', trace: [],
      explanation: [`Date as entered from the timing agreement (${long(agreement.date)}). It is a contractual commitment with the agency, not computed by the app.`],
      citation: 'Timing agreement with the reviewing agency (contractual, not a statutory period)',
    });
  });

  if (closing) {
    const gunJumping = !termination && (periodEnd === undefined ? secondRequest !== undefined : !after(closing.date, periodEnd));
    items.push({
      key: 'closing', label: 'Closing', date: closing.date, status: 'ended', trace: [],
      explanation: [
        `Closing recorded on ${long(closing.date)}.`,
        ...(gunJumping ? [`Warning: the closing is not after the end of the waiting period${periodEnd ? ` (${long(periodEnd)}, 11:59 p.m. Eastern)` : ''}; closing before the waiting period ends violates 15 U.S.C. 18a(a). Check the dates.`] : []),
      ],
      citation: '15 U.S.C. 18a(a)',
    });
  }
  return items;
}
