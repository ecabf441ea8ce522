// U.S. legal public holidays generated from 5 U.S.C. 6103(a), with the observed-day shifts of
// 6103(b) (Saturday → preceding Friday, Sunday → following Monday), which is how the federal
// agencies — and so the HSR business-day rule — treat them. Generated rather than typed in so
// that every year of the supported range is right, including the odd case where 1 January falls
// on a Saturday and the holiday is observed on 31 December of the year before.
// Not included: Inauguration Day (6103(c), D.C.-area employees only) and ad hoc closures by
// executive order (e.g. a national day of mourning). An admin can add those to an edited calendar.

import {
  dayFromParts,
  nthWeekdayOfMonth,
  toIsoDate,
  weekdayOf,
  type DayNumber,
} from './dates';
import type { Holiday } from './types';

/** Rules checked for this range: MLK Day exists from 1986, Juneteenth from 2021. */
export const US_FEDERAL_FIRST_YEAR = 1990;
export const US_FEDERAL_LAST_YEAR = 2100;

const MONDAY = 1;
const THURSDAY = 4;

function observed(day: DayNumber): DayNumber {
  const weekday = weekdayOf(day);
  if (weekday === 6) return day - 1;
  if (weekday === 0) return day + 1;
  return day;
}

function fixedHoliday(year: number, month: number, day: number, name: string): { day: DayNumber; name: string } {
  const actual = dayFromParts(year, month, day);
  const shifted = observed(actual);
  return { day: shifted, name: shifted === actual ? name : `${name} (observed)` };
}

/** Every holiday of `year`'s statute list, placed on its observed day (which may fall in another year). */
function statutoryHolidays(year: number): Array<{ day: DayNumber; name: string }> {
  const list = [
    fixedHoliday(year, 1, 1, 'New Year’s Day'),
    { day: nthWeekdayOfMonth(year, 1, MONDAY, 3), name: 'Birthday of Martin Luther King, Jr.' },
    { day: nthWeekdayOfMonth(year, 2, MONDAY, 3), name: 'Washington’s Birthday' },
    { day: nthWeekdayOfMonth(year, 5, MONDAY, -1), name: 'Memorial Day' },
    fixedHoliday(year, 7, 4, 'Independence Day'),
    { day: nthWeekdayOfMonth(year, 9, MONDAY, 1), name: 'Labor Day' },
    { day: nthWeekdayOfMonth(year, 10, MONDAY, 2), name: 'Columbus Day' },
    fixedHoliday(year, 11, 11, 'Veterans Day'),
    { day: nthWeekdayOfMonth(year, 11, THURSDAY, 4), name: 'Thanksgiving Day' },
    fixedHoliday(year, 12, 25, 'Christmas Day'),
  ];
  if (year >= 2021) list.push(fixedHoliday(year, 6, 19, 'Juneteenth National Independence Day'));
  return list;
}

/**
 * Holidays observed within calendar year `year`, sorted, or undefined outside the supported
 * range so that callers raise MissingCalendarError instead of extrapolating.
 */
export function usFederalHolidays(year: number): Holiday[] | undefined {
  if (!Number.isInteger(year) || year < US_FEDERAL_FIRST_YEAR || year > US_FEDERAL_LAST_YEAR) return undefined;
  const start = dayFromParts(year, 1, 1);
  const end = dayFromParts(year, 12, 31);
  // Next year's New Year's Day can be observed on 31 December of this one.
  const candidates = [...statutoryHolidays(year), ...statutoryHolidays(year + 1).slice(0, 1)];
  return candidates
    .filter((h) => h.day >= start && h.day <= end)
    .sort((a, b) => a.day - b.day)
    .map((h) => ({ date: toIsoDate(h.day), name: h.name }));
}
