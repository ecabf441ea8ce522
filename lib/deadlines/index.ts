// Public surface of the regulatory clocks. Pure: no database, no Next.js, no Node built-ins.

export { euPhase1Deadline, euPhase2Deadline } from './eu-deadlines';
export type { EuPhase1Input, EuPhase2Input } from './eu-deadlines';
export { hsrWaitingPeriodEnd, hsrSecondRequestEnd } from './hsr-waiting-period';
export type { HsrWaitingPeriodInput, HsrSecondRequestInput } from './hsr-waiting-period';

export { ukPhase1Deadline, ukPhase2Deadline, UK_PHASE1_WORKING_DAYS, UK_PHASE2_WEEKS, UK_PHASE2_MAX_EXTENSION_WEEKS } from './uk-cma';
export type { UkPhase1Input, UkPhase2Input } from './uk-cma';
export { samrPhase1Deadline, samrPhase2Deadline, SAMR_HOLIDAY_FLAG, SAMR_MAX_EXTENSION_DAYS } from './china-samr';
export type { SamrPhase1Input, SamrPhase2Input } from './china-samr';
export { bkartaPhase1Deadline, bkartaPhase2Deadline, addMonthsBgb, bonnHolidayName } from './germany-bkarta';
export type { BkartaPhase1Input, BkartaPhase2Input } from './germany-bkarta';
export { statePremergerCopyDue, statePremergerNexus, STATE_PREMERGER_ACTS, US_PREMERGER_STATES } from './us-state-premerger';
export type { UsPremergerState, StatePremergerAct, NexusAnswer, NexusInput } from './us-state-premerger';
export { UK_ENGLAND_WALES_BANK_HOLIDAYS } from './data/uk-bank-holidays';

export { workingDaysBetween, isWorkingDay, calendarFromRecord, euCalendarWithProvisional, EU_COMMISSION_CALENDAR, US_FEDERAL_CALENDAR, UK_ENGLAND_WALES_CALENDAR } from './calendar';
export { deriveEuHolidayRules, provisionalEuYears, provisionalEuHolidays, describeRule, easterSunday, provisionalSentence, calendarRunOutNotice, lastOfficialYear, PROVISIONAL_YEARS_AHEAD, RUN_OUT_NOTICE_DAYS } from './eu-provisional';
export type { EuHolidayRule, ProvisionalEuYears } from './eu-provisional';
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
  EuDeadlineResult,
  HsrKind,
  HsrResult,
  EasternInstant,
  Suspension,
} from './types';

export { computeUkTimeline } from './timeline-uk';
export { computeSamrTimeline } from './timeline-samr';
export { computeBkartaTimeline } from './timeline-bkarta';
export { computeUsStateTimeline } from './timeline-us-state';
export type { AuthorityEvent, AuthorityEventType } from './authority-events';
