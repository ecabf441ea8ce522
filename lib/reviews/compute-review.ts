// Turns a review's stored events into what people see: the engine's timeline, with days
// remaining counted from today and each deadline classed as upcoming, overdue, passed or ended.
// No database here: the caller passes the calendars it loaded, so every screen, feed and list
// computes the same dates from the same rows.

import {
  computeEuTimeline,
  computeUsTimeline,
  daysBetween,
  EventSequenceError,
  InvalidDateError,
  MissingCalendarError,
  workingDaysBetween,
  type TimelineItem,
  type TraceStep,
} from '@/lib/deadlines';
import { elevenFiftyNinePmEastern } from '@/lib/deadlines/eastern-time';
import type { DbCalendars } from './load-calendars';
import { authorityTimeline } from './authority-timeline';
import { euStartDayProblem } from './check-sequence';
import { euEvents, usEvents, type EventFields } from './engine-events';
import type { ReviewAuthority } from './schemas';

export interface ReviewEventRow extends EventFields {
  id: string;
  label: string;
  note: string;
  done: boolean;
}

export type DeadlineState = 'upcoming' | 'overdue' | 'passed' | 'ended' | 'superseded' | 'suspended' | 'pending';

export interface DeadlineView {
  key: string;
  label: string;
  date: string | null;
  state: DeadlineState;
  /** Calendar days from today to the deadline (negative once past); null without a date. */
  daysRemaining: number | null;
  /** EU only: Commission working days after today up to and including the deadline. */
  workingDaysRemaining: number | null;
  /** HSR periods end at 11:59 p.m. Eastern: the instant, for the page and the calendar feed. */
  endsAt: { description: string; iso: string } | null;
  trace: TraceStep[];
  explanation: string[];
  citation: string;
  /** EU: years whose Commission calendar is provisional (not yet published) that this date depends on. */
  provisionalYears: number[];
}

/** "provisional: 2027 calendar not yet published" — the one wording the page, feed and PDFs share. */
export function provisionalLabel(years: readonly number[]): string | null {
  if (years.length === 0) return null;
  return `provisional: ${years.join(', ')} ${years.length === 1 ? 'calendar' : 'calendars'} not yet published`;
}

export interface ComputedReview {
  deadlines: DeadlineView[];
  /** Shown beside the events: e.g. a closing recorded before the waiting period ended. */
  warnings: string[];
  /** The engine's message when nothing can be computed (a missing calendar year names the year). */
  problem: { kind: 'missing-calendar' | 'sequence'; message: string; year?: number } | null;
}

// Items that echo a recorded event (the decision, the closing): shown as the event itself.
const ECHO = (key: string) => key === 'eu-decision' || key === 'closing' || key === 'eu-closing' || key === 'hsr-early-termination' || key.startsWith('eu-withdrawal-');
// A date that passes with nothing recorded after it means someone must act or record what happened.
const OVERDUE_WHEN_PAST = (key: string) =>
  key === 'eu-phase1' || key === 'eu-phase2' || key === 'hsr-timing-agreement' || key.startsWith('manual-') || /^(uk|cn|de)-phase[12]$/.test(key) || /^us-(wa|co)-copy$/.test(key);
const HSR_PERIOD = (key: string) => key.startsWith('hsr-waiting') || key === 'hsr-second-request';

function timeline(authority: ReviewAuthority, events: readonly ReviewEventRow[], calendars: DbCalendars, asOf?: string): TimelineItem[] {
  const options = asOf ? { asOf } : {};
  if (authority === 'eu-commission') return computeEuTimeline(euEvents(events), calendars.eu, options);
  if (authority === 'us-hsr') return computeUsTimeline(usEvents(events), calendars.us, options);
  const other = authorityTimeline(authority, events, calendars, asOf);
  if (other) return other;
  return events
    .filter((e) => e.type === 'manual-deadline')
    .map((e) => ({
      key: `manual-${e.id}`,
      label: e.label,
      date: e.occurredOn,
      status: e.done ? 'ended' : asOf && e.occurredOn < asOf ? 'ended' : 'running',
      trace: [],
      explanation: [`Entered by hand: ${e.label} on ${e.occurredOn}. The app does not compute this date.`, ...(e.done ? ['Marked as done.'] : []), ...(e.note ? [e.note] : [])],
      citation: 'Entered by hand',
    }));
}

function stateOf(item: TimelineItem, openWithoutToday: boolean, today: string): DeadlineState {
  if (item.status === 'superseded') return 'superseded';
  if (item.status === 'suspended') return 'suspended';
  if (item.date === null) return item.status === 'ended' ? 'ended' : 'pending';
  if (!openWithoutToday) return 'ended';
  if (item.date >= today) return 'upcoming';
  return OVERDUE_WHEN_PAST(item.key) ? 'overdue' : 'passed';
}

export function computeReview(opts: { authority: ReviewAuthority; events: readonly ReviewEventRow[]; calendars: DbCalendars; today: string }): ComputedReview {
  const { authority, events, calendars, today } = opts;
  let withToday: TimelineItem[];
  let open: Set<string>;
  const startDay = authority === 'eu-commission' ? euStartDayProblem(events, calendars.eu) : null;
  if (startDay) return { deadlines: [], warnings: [], problem: { kind: 'sequence', message: startDay } };
  try {
    withToday = timeline(authority, events, calendars, today);
    // Without "today", an item still running is one that no recorded event has closed.
    open = new Set(timeline(authority, events, calendars).filter((i) => i.status === 'running').map((i) => i.key));
  } catch (error) {
    if (error instanceof MissingCalendarError) return { deadlines: [], warnings: [], problem: { kind: 'missing-calendar', message: error.message, year: error.year } };
    if (error instanceof EventSequenceError || error instanceof InvalidDateError) return { deadlines: [], warnings: [], problem: { kind: 'sequence', message: error.message } };
    throw error;
  }
  const warnings = withToday.filter((i) => ECHO(i.key)).flatMap((i) => i.explanation.filter((line) => line.startsWith('Warning')));
  const deadlines = withToday
    .filter((i) => !ECHO(i.key))
    .map((item): DeadlineView => {
      const state = stateOf(item, open.has(item.key), today);
      const live = state === 'upcoming' || state === 'overdue';
      return {
        key: item.key,
        label: item.label,
        date: item.date,
        state,
        daysRemaining: item.date && live ? daysBetween(today, item.date) : null,
        workingDaysRemaining: authority === 'eu-commission' && item.date && live ? workingDaysSafe(today, item.date, calendars) : null,
        endsAt: authority === 'us-hsr' && item.date && HSR_PERIOD(item.key) ? elevenFiftyNinePmEastern(item.date) : null,
        trace: item.trace,
        explanation: item.explanation,
        citation: item.citation,
        provisionalYears: item.provisionalYears ?? [],
      };
    });
  return { deadlines, warnings, problem: null };
}

// Today may sit in a year with no Commission calendar yet (e.g. an overdue 2026 deadline read
// in 2027): the count is then left out rather than guessed.
function workingDaysSafe(today: string, date: string, calendars: DbCalendars): number | null {
  try {
    return workingDaysBetween(today, date, calendars.eu);
  } catch (error) {
    if (error instanceof MissingCalendarError) return null;
    throw error;
  }
}
