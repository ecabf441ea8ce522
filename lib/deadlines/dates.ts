// Calendar arithmetic on integer day numbers (days since 1970-01-01, proleptic Gregorian).
// JavaScript Date is avoided entirely: local-time parsing has shifted legal deadlines by a day
// in other systems, and integers make "day after" and "30th day" exact.

import { InvalidDateError } from './errors';
import type { IsoDate } from './types';

export type DayNumber = number;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const WEEKDAY_NAMES = [
  'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
export function dayFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function partsFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Parses 'YYYY-MM-DD' strictly: '2026-02-30', '2026-2-3' and '2026-02-03T00:00' are refused,
 * because a date silently rolled over (30 Feb → 2 Mar) would move a deadline.
 */
export function dayNumberOf(input: unknown): DayNumber {
  if (typeof input !== 'string') throw new InvalidDateError(input, "expected a 'YYYY-MM-DD' string");
  const match = ISO_PATTERN.exec(input);
  if (!match) throw new InvalidDateError(input, "expected the form 'YYYY-MM-DD', e.g. '2026-03-16'");
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2199) throw new InvalidDateError(input, 'year must be between 1900 and 2199');
  if (month < 1 || month > 12) throw new InvalidDateError(input, `there is no month ${month}`);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    throw new InvalidDateError(input, `${MONTH_NAMES[month - 1]} ${year} has ${last} days`);
  }
  return dayFromParts(year, month, day);
}

export function toIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = partsFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function yearOf(dayNumber: DayNumber): number {
  return partsFromDay(dayNumber).year;
}

/** 0 = Sunday … 6 = Saturday. 1 January 1970 was a Thursday. */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: DayNumber): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

export function weekdayName(dayNumber: DayNumber): string {
  return WEEKDAY_NAMES[weekdayOf(dayNumber)];
}

/** "Thursday 1 June 2023": the form lawyers write in letters and the Commission uses. */
export function formatLong(dayNumber: DayNumber): string {
  const { year, month, day } = partsFromDay(dayNumber);
  return `${weekdayName(dayNumber)} ${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** The n-th given weekday of a month (n = 1…5), or the last one when n = -1. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): DayNumber {
  if (n === -1) {
    const last = dayFromParts(year, month, daysInMonth(year, month));
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = dayFromParts(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addCalendarDays needs a whole number of days, got ${days}`);
  return toIsoDate(dayNumberOf(date) + days);
}

/** Signed number of calendar days from `from` to `to` (0 when equal). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

export interface ParsedDate {
  iso: IsoDate;
  year: number;
  month: number;
  day: number;
  weekday: string;
  /** "Thursday 1 June 2023" */
  long: string;
}

/** Public validator for form input: throws InvalidDateError with a reason a user can act on. */
export function parseIsoDate(input: unknown): ParsedDate {
  const dayNumber = dayNumberOf(input);
  const { year, month, day } = partsFromDay(dayNumber);
  return { iso: toIsoDate(dayNumber), year, month, day, weekday: weekdayName(dayNumber), long: formatLong(dayNumber) };
}
