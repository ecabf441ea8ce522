// Refuses event lists that describe something that cannot have happened, before any deadline is
// computed from them. Only ordering is checked here (no calendar needed); checks that depend on
// a computed deadline (e.g. Phase II opened after the Phase I deadline) live in the timelines.

import { dayNumberOf, formatLong } from './dates';
import { InvalidDateError } from './errors';
import { EU_DECISION_ARTICLES, euEventDate, type EuEvent, type SequenceResult, type UsEvent } from './events';

const EU_SAME_DAY_ORDER: Record<EuEvent['type'], number> = {
  'pre-notification': 0, notification: 1, 'art9-request': 2, commitments: 3,
  extension: 4, 'stop-clock': 5, 'phase2-opened': 6, decision: 7, closing: 8,
};
const US_SAME_DAY_ORDER: Record<UsEvent['type'], number> = {
  'timing-agreement': 0, 'filing-received': 1, 'pull-and-refile': 2, 'second-request': 3,
  'substantial-compliance': 4, 'early-termination': 5, closing: 6,
};

const long = (date: string) => formatLong(dayNumberOf(date));

/** Chronological order; same-day events in procedural order (a notification before its commitments). */
export function sortEuEvents(events: readonly EuEvent[]): EuEvent[] {
  return [...events].sort(
    (a, b) => dayNumberOf(euEventDate(a)) - dayNumberOf(euEventDate(b)) || EU_SAME_DAY_ORDER[a.type] - EU_SAME_DAY_ORDER[b.type],
  );
}

export function sortUsEvents(events: readonly UsEvent[]): UsEvent[] {
  return [...events].sort((a, b) => dayNumberOf(a.date) - dayNumberOf(b.date) || US_SAME_DAY_ORDER[a.type] - US_SAME_DAY_ORDER[b.type]);
}

function checkDates(dates: Array<string | undefined>): SequenceResult | undefined {
  for (const date of dates) {
    if (date === undefined) continue;
    try {
      dayNumberOf(date);
    } catch (error) {
      if (error instanceof InvalidDateError) return { ok: false, message: error.message };
      throw error;
    }
  }
  return undefined;
}

const EU_EVENT_NAME: Record<EuEvent['type'], string> = {
  'pre-notification': 'Pre-notification contact', notification: 'Notification', 'art9-request': 'Art. 9 referral request',
  commitments: 'Commitments', extension: 'Extension of Phase II', 'stop-clock': 'Stop-the-clock',
  'phase2-opened': 'Opening of Phase II', decision: 'Decision', closing: 'Closing',
};

function euName(event: EuEvent): string {
  if (event.type === 'decision') return event.article === 'withdrawal' ? 'Withdrawal of the notification' : `Decision under Art. ${event.article}`;
  if (event.type === 'commitments') return `Phase ${event.phase} commitments`;
  return EU_EVENT_NAME[event.type];
}

function fail(message: string): SequenceResult {
  return { ok: false, message };
}

export function validateEuSequence(events: readonly EuEvent[]): SequenceResult {
  const badDate = checkDates(events.flatMap((e) => (e.type === 'stop-clock' ? [e.stoppedOn, e.restartedOn] : [e.date])));
  if (badDate) return badDate;
  for (const e of events) {
    if (e.type === 'decision' && !EU_DECISION_ARTICLES.includes(e.article)) return fail(`Unknown decision article "${e.article}".`);
    if (e.type === 'stop-clock' && e.restartedOn && dayNumberOf(e.restartedOn) <= dayNumberOf(e.stoppedOn)) {
      return fail(`The clock cannot restart on ${long(e.restartedOn)}: it only stopped on ${long(e.stoppedOn)}.`);
    }
    if (e.type === 'extension' && (!Number.isInteger(e.workingDays) || e.workingDays < 1 || e.workingDays > 20)) {
      return fail(`An extension of Phase II must be between 1 and 20 working days (Art. 10(3) EUMR), not ${e.workingDays}.`);
    }
  }
  const sorted = sortEuEvents(events);
  const firstNotification = sorted.find((e) => e.type === 'notification');
  let phase: 'none' | 'phase1' | 'phase2' | 'closed' | 'withdrawn' = 'none';
  let notifiedOn = '';
  let openedOn = '';
  let closedBy = '';
  let phase1Commitments = false;
  let phase2Commitments = false;
  let extensionDays = 0;
  let stop: { from: string; until?: string } | undefined;
  let closedOn = '';

  for (const e of sorted) {
    const date = euEventDate(e);
    const name = euName(e);
    // A closing is the parties' act, not a procedural step: it may come at any time (whether it
    // respected the standstill is the timeline's warning), but only once.
    if (e.type === 'closing') {
      if (closedOn) return fail(`A closing is already recorded on ${long(closedOn)}; a second one on ${long(date)} cannot be right.`);
      closedOn = date;
      continue;
    }
    if (phase === 'closed') return fail(`${name} on ${long(date)} comes after the final ${closedBy}: the procedure is over.`);
    const beforeNotification = () =>
      fail(firstNotification && dayNumberOf(euEventDate(firstNotification)) > dayNumberOf(date)
        ? `${name} on ${long(date)} comes before the notification on ${long(euEventDate(firstNotification))}.`
        : `${name} on ${long(date)} has no notification before it: record the notification first.`);
    const inStop = stop && dayNumberOf(date) >= dayNumberOf(stop.from) && (!stop.until || dayNumberOf(date) < dayNumberOf(stop.until));
    if (inStop && (e.type === 'phase2-opened' || e.type === 'decision' || e.type === 'stop-clock')) {
      return fail(`${name} on ${long(date)} falls while the clock is stopped (since ${long(stop!.from)}${stop!.until ? `, restart ${long(stop!.until)}` : ', no restart recorded'}).`);
    }

    switch (e.type) {
      case 'pre-notification':
        if (phase === 'phase1' || phase === 'phase2') return fail(`Pre-notification contact on ${long(date)} comes after the notification on ${long(notifiedOn)}.`);
        break;
      case 'notification':
        if (phase === 'phase1' || phase === 'phase2') {
          return fail(`The concentration was already notified on ${long(notifiedOn)}; a new notification on ${long(date)} is only possible after the first is withdrawn.`);
        }
        phase = 'phase1';
        notifiedOn = date;
        openedOn = '';
        phase1Commitments = phase2Commitments = false;
        extensionDays = 0;
        stop = undefined;
        break;
      case 'art9-request':
        if (phase === 'none' || phase === 'withdrawn') return beforeNotification();
        if (phase === 'phase2') return fail(`An Art. 9(2) referral request on ${long(date)} must be made in Phase I, but Phase II was opened on ${long(openedOn)}.`);
        break;
      case 'commitments':
        if (phase === 'none' || phase === 'withdrawn') return beforeNotification();
        if (e.phase === 1 && phase === 'phase2') return fail(`Phase I commitments on ${long(date)} come after Phase II was opened on ${long(openedOn)}: record them as Phase II commitments.`);
        if (e.phase === 2 && phase === 'phase1') return fail(`Phase II commitments on ${long(date)} come before Phase II was opened.`);
        if (e.phase === 1) phase1Commitments = true;
        else phase2Commitments = true;
        break;
      case 'phase2-opened':
        if (phase === 'none' || phase === 'withdrawn') return beforeNotification();
        if (phase === 'phase2') return fail(`Phase II was already opened on ${long(openedOn)}; it cannot be opened again on ${long(date)}.`);
        if (date === notifiedOn) return fail(`Phase II cannot be opened on ${long(date)}, the day of notification: Phase I only begins the next working day.`);
        phase = 'phase2';
        openedOn = date;
        break;
      case 'extension':
        if (phase === 'none' || phase === 'withdrawn') return beforeNotification();
        if (phase === 'phase1') return fail(`An extension of Phase II on ${long(date)} comes before Phase II was opened.`);
        extensionDays += e.workingDays;
        if (extensionDays > 20) return fail(`Extensions of Phase II total ${extensionDays} working days in all; Art. 10(3) second subparagraph EUMR allows at most 20.`);
        break;
      case 'stop-clock':
        if (phase === 'none' || phase === 'withdrawn') return beforeNotification();
        if (date === notifiedOn || date === openedOn) return fail(`The clock cannot stop on ${long(date)}: the period only begins the next working day.`);
        stop = { from: e.stoppedOn, until: e.restartedOn };
        break;
      case 'decision':
        if (phase === 'none' || phase === 'withdrawn') return beforeNotification();
        if (date === notifiedOn) return fail(`${name} on ${long(date)}, the day of notification: the Phase I period only begins the next working day.`);
        if (e.article === 'withdrawal') {
          phase = 'withdrawn';
          break;
        }
        if ((e.article === '6(1)(b)' || e.article === '6(2)') && phase === 'phase2') {
          return fail(`${name} on ${long(date)} is a Phase I decision, but Phase II was opened on ${long(openedOn)}: a Phase II decision is taken under Art. 8.`);
        }
        if (e.article.startsWith('8(') && phase === 'phase1') return fail(`${name} on ${long(date)} requires Phase II to have been opened first (Art. 6(1)(c)).`);
        if (e.article === '6(2)' && !phase1Commitments) return fail(`A decision under Art. 6(2) (clearance with commitments) on ${long(date)} needs Phase I commitments, and none are recorded.`);
        if (e.article === '8(2)' && !phase2Commitments) return fail(`A decision under Art. 8(2) (clearance with commitments) on ${long(date)} needs Phase II commitments, and none are recorded.`);
        phase = 'closed';
        closedBy = `${name} of ${long(date)}`;
        break;
    }
  }
  return { ok: true };
}

const US_EVENT_NAME: Record<UsEvent['type'], string> = {
  'filing-received': 'HSR filing', 'pull-and-refile': 'Pull-and-refile', 'second-request': 'Second request',
  'substantial-compliance': 'Substantial compliance', 'timing-agreement': 'Timing agreement',
  'early-termination': 'Early termination', closing: 'Closing',
};

export function validateUsSequence(events: readonly UsEvent[]): SequenceResult {
  const badDate = checkDates(events.map((e) => e.date));
  if (badDate) return badDate;
  const sorted = sortUsEvents(events);
  const firstFiling = sorted.find((e) => e.type === 'filing-received');
  let filedOn = '';
  let secondRequestOn = '';
  let compliedOn = '';
  let terminatedOn = '';
  let closedOn = '';

  for (const e of sorted) {
    const name = US_EVENT_NAME[e.type];
    const when = long(e.date);
    const needsFiling = () =>
      fail(firstFiling && dayNumberOf(firstFiling.date) > dayNumberOf(e.date)
        ? `${name} on ${when} comes before the HSR filing was received on ${long(firstFiling.date)}.`
        : `${name} on ${when} has no HSR filing before it: record the filing first.`);
    if (closedOn && e.type !== 'timing-agreement') return fail(`${name} on ${when} comes after the closing on ${long(closedOn)}.`);
    if (terminatedOn && e.type !== 'closing' && e.type !== 'timing-agreement') {
      return fail(`${name} on ${when} comes after early termination ended the waiting period on ${long(terminatedOn)}.`);
    }
    switch (e.type) {
      case 'filing-received':
        if (secondRequestOn) return fail(`A new HSR filing on ${when} after the second request of ${long(secondRequestOn)} is not supported: the waiting period now runs from substantial compliance.`);
        filedOn = e.date;
        break;
      case 'pull-and-refile':
        if (!filedOn) return needsFiling();
        if (e.date === filedOn) return fail(`Pull-and-refile on ${when} is the same day the filing was received.`);
        if (secondRequestOn) return fail(`Pull-and-refile on ${when} comes after the second request of ${long(secondRequestOn)}: once a second request issues, the waiting period runs from substantial compliance.`);
        filedOn = e.date;
        break;
      case 'second-request':
        if (!filedOn) return needsFiling();
        if (secondRequestOn) return fail(`A second request was already issued on ${long(secondRequestOn)}.`);
        if (e.date === filedOn) return fail(`Second request on ${when} is the same day the filing was received.`);
        secondRequestOn = e.date;
        break;
      case 'substantial-compliance':
        if (!secondRequestOn) {
          const later = sorted.find((x) => x.type === 'second-request');
          return fail(later
            ? `Substantial compliance on ${when} comes before the second request was issued on ${long(later.date)}.`
            : `Substantial compliance on ${when} is recorded, but no second request was issued.`);
        }
        if (compliedOn) return fail(`Substantial compliance was already recorded on ${long(compliedOn)}.`);
        if (e.date === secondRequestOn) return fail(`Substantial compliance on ${when} is the same day the second request was issued.`);
        compliedOn = e.date;
        break;
      case 'early-termination':
        if (!filedOn) return needsFiling();
        if (e.date === filedOn) return fail(`Early termination on ${when} is the same day the filing was received.`);
        terminatedOn = e.date;
        break;
      case 'closing':
        if (firstFiling && dayNumberOf(e.date) < dayNumberOf(firstFiling.date)) {
          return fail(`Closing on ${when} comes before the HSR filing was received on ${long(firstFiling.date)}.`);
        }
        closedOn = e.date;
        break;
      case 'timing-agreement':
        break;
    }
  }
  return { ok: true };
}
