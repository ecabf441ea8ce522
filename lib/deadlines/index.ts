// Public surface of the regulatory clocks. Pure: no database, no Next.js, no Node built-ins.

export { euPhase1Deadline, euPhase2Deadline } from './eu-deadlines';
export type { EuPhase1Input, EuPhase2Input } from './eu-deadlines';
export { hsrWaitingPeriodEnd, hsrSecondRequestEnd } from './hsr-waiting-period';
export type { HsrWaitingPeriodInput, HsrSecondRequestInput } from './hsr-waiting-period';

export { workingDaysBetween, isWorkingDay, calendarFromRecord, EU_COMMISSION_CALENDAR, US_FEDERAL_CALENDAR } from './calendar';
export { addCalendarDays, daysBetween, parseIsoDate } from './dates';
export type { ParsedDate } from './dates';
export { usFederalHolidays, US_FEDERAL_FIRST_YEAR, US_FEDERAL_LAST_YEAR } from './us-federal-holidays';
export { EU_COMMISSION_HOLIDAYS } from './data/eu-commission-holidays';
export type { EuHolidayYear } from './data/eu-commission-holidays';

export { MissingCalendarError, InvalidDateError, DeadlineInputError, EventSequenceError } from './errors';

export { validateEuSequence, validateUsSequence } from './sequence';
export { computeEuTimeline } from './timeline-eu';
export { computeUsTimeline } from './timeline-us';
export { EU_DECISION_ARTICLES } from './events';
export type { EuEvent, UsEvent, EuDecisionArticle, SequenceResult, TimelineItem, TimelineStatus, TimelineOptions } from './events';

export type {
  IsoDate,
  Calendar,
  CalendarKind,
  CalendarInput,
  CalendarYearInfo,
  Holiday,
  HolidayRecord,
  TraceKind,
  TraceStep,
  DeadlineResult,
  HsrKind,
  HsrResult,
  EasternInstant,
  Suspension,
} from './types';
