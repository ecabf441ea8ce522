// Derives the current EU deadlines from the review's recorded events. Only the latest
// notification's procedure is computed: a withdrawn notification's clock no longer matters.

import { HolidayLookup, resolveCalendar } from './calendar';
import { walkWorkingDays, workingDayNumberAt, type SuspendedRange } from './counting';
import { dayNumberOf, formatLong, toIsoDate } from './dates';
import { EventSequenceError } from './errors';
import { computeEuPeriod, euPhase1Deadline, euPhase2Deadline, PHASE2_WORKING_DAYS } from './eu-deadlines';
import { euEventDate, type EuEvent, type TimelineItem, type TimelineOptions } from './events';
import { sortEuEvents, validateEuSequence } from './sequence';
import { asSequenceError, assertValid, effectiveAsOf, itemFrom, statusByDate } from './timeline-shared';
import type { CalendarInput, Suspension } from './types';

type StopEvent = Extract<EuEvent, { type: 'stop-clock' }>;
type ExtensionEvent = Extract<EuEvent, { type: 'extension' }>;
const LATE_COMMITMENTS_DAY = 55;
/** Art. 10(3) second subparagraph: the parties' request must come within 15 working days of the opening. */
const REQUEST_WINDOW_DAYS = 15;
const long = (date: string) => formatLong(dayNumberOf(date));

function closedSuspensions(stops: readonly StopEvent[]): Suspension[] {
  return stops.flatMap((s) => (s.restartedOn ? [{ stoppedOn: s.stoppedOn, restartedOn: s.restartedOn }] : []));
}

/** For counting "which working day was X": a stop with no restart suspends everything after it. */
function ranges(stops: readonly StopEvent[]): SuspendedRange[] {
  return stops.map((s) => ({
    from: dayNumberOf(s.stoppedOn),
    to: s.restartedOn ? dayNumberOf(s.restartedOn) - 1 : Number.POSITIVE_INFINITY,
  }));
}

/** Item for a period whose clock is stopped with no restart recorded: no date can be given yet. */
function suspendedItem(
  key: string, label: string, lookup: HolidayLookup, eventOn: string, length: number,
  stops: readonly StopEvent[], open: StopEvent, citation: string,
): TimelineItem {
  const used = workingDayNumberAt(lookup, dayNumberOf(eventOn), dayNumberOf(open.stoppedOn) - 1, ranges(stops));
  return {
    key, label, date: null, status: 'suspended', trace: [], citation,
    explanation: [
      `The clock stopped with effect from ${long(open.stoppedOn)} (IR Art. 9) and no restart is recorded.`,
      `${used} of ${length} working days had run; ${length - used} working days remain, counted from the restart date (the stop date itself is not used up).`,
    ],
  };
}

export function computeEuTimeline(events: readonly EuEvent[], calendar?: CalendarInput, options: TimelineOptions = {}): TimelineItem[] {
  assertValid(validateEuSequence(events));
  const sorted = sortEuEvents(events);
  const start = sorted.map((e) => e.type).lastIndexOf('notification');
  if (start < 0) return [];
  const lookup = new HolidayLookup(resolveCalendar('eu-commission', calendar));
  const asOfDay = effectiveAsOf(options.asOf, sorted.map(euEventDate));
  const items: TimelineItem[] = sorted.slice(0, start).filter((e) => e.type === 'decision').map((e) => ({
    key: `eu-withdrawal-${euEventDate(e)}`, label: 'Earlier notification withdrawn', date: euEventDate(e), status: 'ended',
    trace: [], explanation: [`An earlier notification was withdrawn on ${long(euEventDate(e))}; deadlines run from the new notification.`], citation: 'EUMR Art. 6(1)(c) third subparagraph',
  }));

  const proc = sorted.slice(start);
  const notifiedOn = euEventDate(proc[0]);
  const opened = proc.find((e) => e.type === 'phase2-opened');
  const decision = proc.find((e): e is Extract<EuEvent, { type: 'decision' }> => e.type === 'decision');
  const stops = proc.filter((e): e is StopEvent => e.type === 'stop-clock');
  const phase1Stops = stops.filter((s) => !opened || dayNumberOf(s.stoppedOn) < dayNumberOf(opened.date));
  const phase2Stops = stops.filter((s) => !phase1Stops.includes(s));
  const openStop = (list: StopEvent[]) => list.find((s) => !s.restartedOn);

  // Phase I -----------------------------------------------------------------------------------
  const triggers = proc.filter((e) => (e.type === 'commitments' && e.phase === 1) || e.type === 'art9-request');
  const phase1Citation = 'EUMR Art. 10(1); IR (EU) 2023/914 Arts. 7, 8, 9, 24';
  const phase1Open = openStop(phase1Stops);
  const phase1Ended = opened !== undefined || decision !== undefined;
  if (phase1Open) {
    items.push(suspendedItem('eu-phase1', 'Phase I deadline', lookup, notifiedOn, triggers.length ? 35 : 25, phase1Stops, phase1Open, phase1Citation));
  } else {
    const suspensions = closedSuspensions(phase1Stops);
    const base = asSequenceError(() => euPhase1Deadline({ notifiedOn, suspensions, calendar }));
    const current = triggers.length ? asSequenceError(() => euPhase1Deadline({ notifiedOn, extended: true, suspensions, calendar })) : base;
    const phase1End = dayNumberOf(current.deadline);
    const warnings: string[] = [];
    for (const t of triggers) {
      if (dayNumberOf(euEventDate(t)) > phase1End) {
        throw new EventSequenceError(`${t.type === 'art9-request' ? 'The Art. 9 referral request' : 'Phase I commitments'} on ${long(euEventDate(t))} come after the Phase I deadline of ${long(current.deadline)}.`);
      }
      const day = workingDayNumberAt(lookup, dayNumberOf(notifiedOn), dayNumberOf(euEventDate(t)), ranges(phase1Stops));
      if (t.type === 'commitments' && day > 20) warnings.push(`Phase I commitments were offered on ${long(euEventDate(t))}, working day ${day}: IR Art. 19(1) requires them within 20 working days of notification.`);
      if (t.type === 'art9-request' && day > 15) warnings.push(`The Art. 9 request on ${long(euEventDate(t))} is on working day ${day}; Art. 9(2) allows 15 working days from the Member State's receipt of the notification: check the date.`);
    }
    for (const [e, what] of [[opened, 'Phase II was opened'], [decision && decision.article.startsWith('6') ? decision : undefined, 'The Phase I decision was adopted']] as const) {
      if (e && dayNumberOf(euEventDate(e)) > phase1End) {
        throw new EventSequenceError(`${what} on ${long(euEventDate(e))}, after the Phase I deadline of ${long(current.deadline)}: a concentration not decided by then is deemed cleared (Art. 10(6) EUMR). Check the dates.`);
      }
    }
    if (triggers.length) {
      const why = triggers.map((t) => (t.type === 'art9-request' ? `an Art. 9 referral request on ${long(euEventDate(t))}` : `commitments offered on ${long(euEventDate(t))}`)).join(' and ');
      items.push(itemFrom('eu-phase1-original', 'Phase I deadline (25 working days)', base, 'superseded', { before: [`Superseded: extended to 35 working days by ${why}.`] }));
    }
    const status = phase1Ended ? 'ended' : statusByDate(current.deadline, asOfDay);
    items.push(itemFrom('eu-phase1', 'Phase I deadline', current, status, { after: warnings }));
  }
  if (!phase1Ended && !phase1Open) {
    const commitments = asSequenceError(() => computeEuPeriod({
      eventOn: notifiedOn, workingDays: 20, suspensions: closedSuspensions(phase1Stops), calendar,
      eventName: 'The notification', periodName: 'Phase I period',
      opening: (event, first) => `Notified ${event}; day 1 is ${first}.`,
      basis: 'IR Art. 19(1)', citation: 'Implementing Regulation (EU) 2023/914 Art. 19(1)',
    }));
    items.push(itemFrom('eu-phase1-commitments', 'Last day to offer Phase I commitments', commitments, statusByDate(commitments.deadline, asOfDay)));
  }
  if (!opened) return pushClosing(pushDecision(items, decision), sorted, decision);

  // Phase II ----------------------------------------------------------------------------------
  const openedOn = opened.date;
  const extensions = proc.filter((e): e is ExtensionEvent => e.type === 'extension');
  const extensionDays = extensions.reduce((sum, e) => sum + e.workingDays, 0);
  const phase2Ranges = ranges(phase2Stops);
  const dayOf = (date: string) => workingDayNumberAt(lookup, dayNumberOf(openedOn), dayNumberOf(date), phase2Ranges);
  const window = requestWindow(lookup, openedOn);
  checkExtensions(extensions, dayOf, window);
  const commitments2 = proc.filter((e) => e.type === 'commitments' && e.phase === 2);
  const late = commitments2.find((c) => dayOf(euEventDate(c)) >= LATE_COMMITMENTS_DAY);
  const extra = extensionDays + (late ? 15 : 0);
  const notes = [
    ...(extensions.some((e) => !e.byAgreement)
      ? []
      : [`The notifying parties may request one extension (up to 20 working days in all) until ${long(window.last)} (working day ${REQUEST_WINDOW_DAYS} after the opening, ${long(window.first)} being day 1; Art. 10(3) second subparagraph); later, only the Commission can extend, with their agreement.`]),
    ...(late ? [`+15 working days: Phase II commitments offered on ${long(euEventDate(late))}, working day ${dayOf(euEventDate(late))} (on or after working day 55, Art. 10(3) first subparagraph).`] : []),
    ...commitments2.filter((c) => c !== late && dayOf(euEventDate(c)) < LATE_COMMITMENTS_DAY).map((c) => `Commitments offered on ${long(euEventDate(c))}, working day ${dayOf(euEventDate(c))}, before working day 55: no extension.`),
    ...extensions.map((e) =>
      e.byAgreement
        ? `+${e.workingDays} working days: extension agreed with the Commission on ${long(e.date)} (Art. 10(3) second subparagraph, second sentence).`
        : `+${e.workingDays} working days: extension requested by the notifying parties on ${long(e.date)}, working day ${dayOf(e.date)} (Art. 10(3) second subparagraph).`,
    ),
  ];
  const phase2Citation = 'EUMR Art. 10(3), 10(4); IR (EU) 2023/914 Arts. 7, 8, 9, 24';
  const phase2Open = openStop(phase2Stops);
  const phase2Decided = decision !== undefined;
  if (phase2Open) {
    const item = suspendedItem('eu-phase2', 'Phase II deadline', lookup, openedOn, PHASE2_WORKING_DAYS + extra, phase2Stops, phase2Open, phase2Citation);
    items.push({ ...item, explanation: [...item.explanation, ...notes] });
  } else {
    const suspensions = closedSuspensions(phase2Stops);
    const current = asSequenceError(() => euPhase2Deadline({ openedOn, extraWorkingDays: extra, suspensions, calendar }));
    if (decision && dayNumberOf(decision.date) > dayNumberOf(current.deadline)) {
      throw new EventSequenceError(`The decision of ${long(decision.date)} comes after the Phase II deadline of ${long(current.deadline)}: a concentration not decided by then is deemed cleared (Art. 10(6) EUMR). Check the dates.`);
    }
    if (extra > 0 || suspensions.length > 0) {
      const base = asSequenceError(() => euPhase2Deadline({ openedOn, calendar }));
      items.push(itemFrom('eu-phase2-original', 'Phase II deadline (90 working days)', base, 'superseded', { before: ['Superseded by the extensions and suspensions below.'] }));
    }
    items.push(itemFrom('eu-phase2', 'Phase II deadline', current, phase2Decided ? 'ended' : statusByDate(current.deadline, asOfDay), { after: notes }));
  }
  if (!phase2Decided && !phase2Open) {
    // IR Art. 19(2): 65 working days, lengthened by any Art. 10(3) second-subparagraph extension.
    const result = asSequenceError(() => computeEuPeriod({
      eventOn: openedOn, workingDays: 65 + extensionDays, suspensions: closedSuspensions(phase2Stops), calendar,
      eventName: 'The decision opening Phase II', periodName: 'Phase II period',
      opening: (event, first) => `Phase II opened ${event}; day 1 is ${first}.`,
      basis: extensionDays ? `IR Art. 19(2): 65 + ${extensionDays} extension days` : 'IR Art. 19(2)',
      citation: 'Implementing Regulation (EU) 2023/914 Art. 19(2)',
    }));
    items.push(itemFrom('eu-phase2-commitments', 'Last day to offer Phase II commitments', result, statusByDate(result.deadline, asOfDay)));
  }
  return pushClosing(pushDecision(items, decision), sorted, decision);
}

const CLEARANCES = new Set(['6(1)(b)', '6(2)', '8(1)', '8(2)']);

/**
 * Art. 7(1) EUMR: a concentration with an EU dimension may not be implemented before it is
 * declared compatible (or deemed so under Art. 10(6) once a deadline passes undecided). A closing
 * recorded before then is flagged — the U.S. side does the same for the HSR waiting period.
 * Fines for breach: up to 10 % of aggregate turnover (Art. 14(2)(b)).
 */
function pushClosing(items: TimelineItem[], sorted: readonly EuEvent[], decision: Extract<EuEvent, { type: 'decision' }> | undefined): TimelineItem[] {
  const closing = sorted.find((e): e is Extract<EuEvent, { type: 'closing' }> => e.type === 'closing');
  if (!closing) return items;
  const day = dayNumberOf(closing.date);
  const deadline = (key: string) => items.find((i) => i.key === key && i.date !== null)?.date ?? null;
  const phase2 = items.some((i) => i.key === 'eu-phase2');
  const lastDay = phase2 ? deadline('eu-phase2') : deadline('eu-phase1');
  let verdict: string;
  let warning = true;
  if (decision && decision.article === '8(3)') {
    verdict = `Warning: the Commission prohibited the concentration on ${long(decision.date)} (Art. 8(3)); implementing it breaches Art. 7(1) EUMR and exposes the parties to fines of up to 10 % of turnover (Art. 14(2)(b)) and to dissolution (Art. 8(4)). Gun-jumping risk.`;
  } else if (decision && CLEARANCES.has(decision.article) && day >= dayNumberOf(decision.date)) {
    verdict = `Closed after the clearance decision of ${long(decision.date)} (Art. ${decision.article}): the Art. 7(1) standstill was respected.`;
    warning = false;
  } else if (!decision && lastDay && day > dayNumberOf(lastDay)) {
    verdict = `Closed after the ${phase2 ? 'Phase II' : 'Phase I'} deadline of ${long(lastDay)} passed with no decision recorded: the concentration is deemed declared compatible (Art. 10(6) EUMR), so the standstill had ended. Check that no decision was adopted.`;
    warning = false;
  } else {
    const until = decision && CLEARANCES.has(decision.article) ? `the clearance decision of ${long(decision.date)}` : lastDay ? `clearance (at the latest the deemed clearance after the ${phase2 ? 'Phase II' : 'Phase I'} deadline of ${long(lastDay)}, Art. 10(6))` : 'clearance';
    verdict = `Warning: the closing on ${long(closing.date)} comes before EU clearance — the standstill of Art. 7(1) EUMR lasts until ${until}. Gun-jumping risk: fines of up to 10 % of aggregate turnover (Art. 14(2)(b)); consider whether the Art. 7(2) public-bid exception or an Art. 7(3) derogation applies.`;
  }
  items.push({
    key: 'eu-closing',
    label: 'Closing',
    date: toIsoDate(day),
    status: 'ended',
    trace: [],
    explanation: [`Closing recorded on ${long(closing.date)}.`, verdict],
    citation: warning ? 'EUMR Art. 7(1), 7(2), 7(3), 14(2)(b)' : 'EUMR Art. 7(1), 10(6)',
  });
  return items;
}

/** Day 1 and day 15 of Phase II: the window for the parties' extension request. */
function requestWindow(lookup: HolidayLookup, openedOn: string): { first: string; last: string } {
  const walk = walkWorkingDays(lookup, dayNumberOf(openedOn), REQUEST_WINDOW_DAYS);
  return { first: toIsoDate(walk.firstDay), last: toIsoDate(walk.lastDay) };
}

/**
 * Art. 10(3) second subparagraph: one request by the notifying parties, made no later than 15
 * working days after the opening; extensions agreed with the Commission may come at any time.
 * (The 20-day total is checked with the event sequence.)
 */
function checkExtensions(extensions: readonly ExtensionEvent[], dayOf: (date: string) => number, window: { first: string; last: string }): void {
  const requests = extensions.filter((e) => !e.byAgreement);
  if (requests.length > 1) {
    throw new EventSequenceError(
      `The notifying parties may make only one extension request (Art. 10(3) second subparagraph EUMR), but requests are recorded on ${requests.map((r) => long(r.date)).join(' and ')}. Record a later extension as agreed with the Commission.`,
    );
  }
  for (const r of requests) {
    const day = dayOf(r.date);
    if (day > REQUEST_WINDOW_DAYS) {
      throw new EventSequenceError(
        `The extension requested on ${long(r.date)} is on working day ${day} of Phase II: the notifying parties must request it no later than 15 working days after the opening (Art. 10(3) second subparagraph EUMR), i.e. from ${long(window.first)} to ${long(window.last)}. ` +
          'After that the Commission can only extend with the parties’ agreement: record it as such if that is what happened.',
      );
    }
  }
}

function pushDecision(items: TimelineItem[], decision: Extract<EuEvent, { type: 'decision' }> | undefined): TimelineItem[] {
  if (!decision) return items;
  const withdrawal = decision.article === 'withdrawal';
  items.push({
    key: 'eu-decision',
    label: withdrawal ? 'Notification withdrawn' : `Decision under Art. ${decision.article}`,
    date: toIsoDate(dayNumberOf(decision.date)),
    status: 'ended',
    trace: [],
    explanation: [`${withdrawal ? 'Notification withdrawn' : `Decision under Art. ${decision.article} EUMR adopted`} on ${long(decision.date)}.`],
    citation: withdrawal ? 'EUMR Art. 6(1)(c) third subparagraph' : `EUMR Art. ${decision.article}`,
  });
  return items;
}
