/** A calendar date as 'YYYY-MM-DD'. Never a Date: legal days have no time zone. */
export type IsoDate = string;

export type CalendarKind = 'eu-commission' | 'us-federal' | 'uk-england-wales';

export interface Holiday {
  date: IsoDate;
  name: string;
}

/** Provenance of one year of a calendar, shown next to any deadline that relied on it. */
export interface CalendarYearInfo {
  source: string;
  verified: boolean;
  note?: string;
  /** Derived from the official years' rules because the official list is not yet published. */
  provisional?: boolean;
}

/**
 * A holiday calendar. The bundled ones are defaults; the app passes calendars edited by an
 * admin (loaded from the database) through the same interface. `holidays(year)` returns
 * undefined for a year the calendar does not cover, which makes every computation that needs
 * that year throw MissingCalendarError instead of guessing.
 */
export interface Calendar {
  kind: CalendarKind;
  label: string;
  holidays(year: number): readonly Holiday[] | undefined;
  yearInfo?(year: number): CalendarYearInfo | undefined;
}

/** Holidays keyed by year, e.g. rows loaded from the admin table. */
export type HolidayRecord = Readonly<Record<number, readonly Holiday[]>>;

export type CalendarInput = Calendar | HolidayRecord;

export type TraceKind =
  | 'event'
  | 'start'
  | 'counted'
  | 'weekend'
  | 'holiday'
  | 'suspended'
  | 'rolled'
  | 'end';

/**
 * One line of the day-by-day audit trail. `dayNumber` is set on, and only on, the days that
 * count towards the period, so a reviewer can check the count by filtering on it.
 */
export interface TraceStep {
  date: IsoDate;
  kind: TraceKind;
  note: string;
  dayNumber?: number;
}

export interface DeadlineResult {
  deadline: IsoDate;
  trace: TraceStep[];
  explanation: string[];
  citation: string;
  /** Provenance of each calendar year the computation looked at. */
  calendarYears: Array<{ year: number } & CalendarYearInfo>;
  /** Years whose calendar is provisional (not yet published); always set by the EU clocks. */
  provisionalYears?: number[];
}

/** An EU period: says which years it relied on provisionally (empty when all were official). */
export type EuDeadlineResult = DeadlineResult & { provisionalYears: number[] };

export type HsrKind = 'standard' | 'cash-tender' | 'bankruptcy';

export interface EasternInstant {
  /** e.g. "11:59 p.m. Eastern Daylight Time (EDT) on Monday 16 March 2026" */
  description: string;
  /** The same instant in UTC, e.g. '2026-03-17T03:59:00Z'. */
  iso: string;
  zone: 'EST' | 'EDT';
}

export interface HsrResult {
  endsOn: IsoDate;
  /** Initial waiting period only: which filing started it (16 CFR 803.10(a) / 801.30). */
  startRule?: 'both-filings' | 'section-801-30' | 'acquiring-only';
  endsAt: EasternInstant;
  trace: TraceStep[];
  explanation: string[];
  citation: string;
  calendarYears: Array<{ year: number } & CalendarYearInfo>;
}

export interface Suspension {
  stoppedOn: IsoDate;
  restartedOn: IsoDate;
}
