// Turns bundled or admin-edited holiday data into the one Calendar interface, and answers
// "is this a working day?" with the year coverage checked on every lookup.

import { EU_COMMISSION_HOLIDAYS } from './data/eu-commission-holidays';
import { UK_ENGLAND_WALES_BANK_HOLIDAYS } from './data/uk-bank-holidays';
import { provisionalEuYears } from './eu-provisional';
import { dayNumberOf, isWeekend, toIsoDate, yearOf, type DayNumber } from './dates';
import { DeadlineInputError, MissingCalendarError } from './errors';
import { US_FEDERAL_FIRST_YEAR, US_FEDERAL_LAST_YEAR, usFederalHolidays } from './us-federal-holidays';
import type { Calendar, CalendarInput, CalendarKind, CalendarYearInfo, Holiday, HolidayRecord, IsoDate } from './types';

const UK_BY_YEAR = new Map(UK_ENGLAND_WALES_BANK_HOLIDAYS.map((y) => [y.year, y]));

/**
 * The Commission's calendar from its official years, extended by the provisional years derived
 * from them (eu-provisional.ts). Used for the bundled data and for the admin-edited rows alike.
 */
export function euCalendarWithProvisional(
  official: HolidayRecord,
  meta: { label: string; yearInfo?: Readonly<Record<number, CalendarYearInfo>> },
): Calendar {
  const base = calendarFromRecord('eu-commission', official, meta);
  const provisional = provisionalEuYears(official).years;
  return {
    kind: 'eu-commission',
    label: meta.label,
    holidays: (year) => base.holidays(year) ?? provisional[year]?.holidays,
    yearInfo: (year) => base.yearInfo?.(year) ?? provisional[year]?.info,
  };
}

export const EU_COMMISSION_CALENDAR: Calendar = euCalendarWithProvisional(
  Object.fromEntries(EU_COMMISSION_HOLIDAYS.map((y) => [y.year, y.holidays])),
  {
    label: 'European Commission public holidays (Brussels), bundled',
    yearInfo: Object.fromEntries(EU_COMMISSION_HOLIDAYS.map((y) => [y.year, { source: y.source, verified: y.verified, ...(y.note ? { note: y.note } : {}) }])),
  },
);

export const US_FEDERAL_CALENDAR: Calendar = {
  kind: 'us-federal',
  label: `U.S. legal public holidays, 5 U.S.C. 6103 (generated ${US_FEDERAL_FIRST_YEAR}–${US_FEDERAL_LAST_YEAR})`,
  holidays: usFederalHolidays,
  yearInfo: (year) =>
    usFederalHolidays(year) && {
      source: '5 U.S.C. 6103(a), observed days per 6103(b); generated from the statute',
      verified: true,
    },
};

export const UK_ENGLAND_WALES_CALENDAR: Calendar = {
  kind: 'uk-england-wales',
  label: 'England and Wales bank holidays (gov.uk), bundled',
  holidays: (year) => UK_BY_YEAR.get(year)?.holidays,
  yearInfo: (year) => {
    const entry = UK_BY_YEAR.get(year);
    return entry && { source: entry.source, verified: entry.verified, note: entry.note };
  },
};

export const BUNDLED_CALENDARS: Record<CalendarKind, Calendar> = {
  'eu-commission': EU_COMMISSION_CALENDAR,
  'us-federal': US_FEDERAL_CALENDAR,
  'uk-england-wales': UK_ENGLAND_WALES_CALENDAR,
};

/**
 * Builds a Calendar from admin-edited rows. Every date is validated and must lie in the year it
 * is filed under, so a typo in the admin screen cannot silently move a holiday to another year.
 */
export function calendarFromRecord(
  kind: CalendarKind,
  record: HolidayRecord,
  meta: { label?: string; yearInfo?: Readonly<Record<number, CalendarYearInfo>> } = {},
): Calendar {
  const byYear = new Map<number, Holiday[]>();
  for (const [key, holidays] of Object.entries(record)) {
    const year = Number(key);
    if (!Number.isInteger(year)) throw new DeadlineInputError(`Holiday calendar year "${key}" is not a year.`);
    const checked = holidays.map((h) => {
      const day = dayNumberOf(h.date);
      if (yearOf(day) !== year) {
        throw new DeadlineInputError(`Holiday ${h.date} (${h.name}) is filed under ${year}; move it to ${yearOf(day)}.`);
      }
      return { date: toIsoDate(day), name: h.name };
    });
    byYear.set(year, checked);
  }
  return {
    kind,
    label: meta.label ?? `${kind} holidays (edited)`,
    holidays: (year) => byYear.get(year),
    yearInfo: (year) =>
      byYear.has(year) ? (meta.yearInfo?.[year] ?? { source: 'Admin-edited calendar', verified: false }) : undefined,
  };
}

function isCalendar(input: CalendarInput): input is Calendar {
  return typeof (input as Calendar).holidays === 'function';
}

/** Picks the calendar a computation uses, refusing a U.S. calendar for an EU clock and vice versa. */
export function resolveCalendar(kind: CalendarKind, input?: CalendarInput): Calendar {
  if (input === undefined) return BUNDLED_CALENDARS[kind];
  const calendar = isCalendar(input) ? input : calendarFromRecord(kind, input);
  if (calendar.kind !== kind) {
    throw new DeadlineInputError(`This deadline needs a ${kind} calendar, but a ${calendar.kind} calendar was passed.`);
  }
  return calendar;
}

/**
 * Per-computation lookup: indexes each year once and records which years were consulted, so the
 * result can show the source and verification status of every year it relied on.
 */
export class HolidayLookup {
  readonly calendar: Calendar;
  private readonly years = new Map<number, Map<IsoDate, string>>();

  constructor(calendar: Calendar) {
    this.calendar = calendar;
  }

  holidayName(day: DayNumber): string | undefined {
    const year = yearOf(day);
    let index = this.years.get(year);
    if (!index) {
      const list = this.calendar.holidays(year);
      if (!list) throw new MissingCalendarError(this.calendar.kind, year);
      index = new Map();
      for (const h of list) {
        const existing = index.get(h.date);
        index.set(h.date, existing ? `${existing}; ${h.name}` : h.name);
      }
      this.years.set(year, index);
    }
    return index.get(toIsoDate(day));
  }

  isWorkingDay(day: DayNumber): boolean {
    // The holiday lookup runs even on weekends so that a missing year is reported, not skipped.
    const holiday = this.holidayName(day);
    return !isWeekend(day) && holiday === undefined;
  }

  /** Consulted years whose calendar is provisional, in order. */
  provisionalYears(): number[] {
    return this.consultedYears().filter((y) => y.provisional).map((y) => y.year);
  }

  consultedYears(): Array<{ year: number } & CalendarYearInfo> {
    return [...this.years.keys()]
      .sort((a, b) => a - b)
      .map((year) => ({ year, ...(this.calendar.yearInfo?.(year) ?? { source: this.calendar.label, verified: false }) }));
  }
}

function kindOf(input: CalendarInput | undefined): CalendarKind {
  return input && isCalendar(input) ? input.kind : 'eu-commission';
}

/**
 * Working day (EU) or business day (US), depending on the calendar; the Commission's by default.
 * A plain holiday record is read as a Commission calendar: wrap U.S. data with
 * calendarFromRecord('us-federal', …).
 */
export function isWorkingDay(date: IsoDate, calendar?: CalendarInput): boolean {
  const lookup = new HolidayLookup(resolveCalendar(kindOf(calendar), calendar));
  return lookup.isWorkingDay(dayNumberOf(date));
}

/**
 * Working days after `from` up to and including `to` — "working days remaining" when `from` is
 * today and `to` a deadline (0 on the deadline itself). Negative when `to` is earlier.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar?: CalendarInput): number {
  const start = dayNumberOf(from);
  const end = dayNumberOf(to);
  const lookup = new HolidayLookup(resolveCalendar(kindOf(calendar), calendar));
  const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) if (lookup.isWorkingDay(day)) count += 1;
  return sign * count;
}

