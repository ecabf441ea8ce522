// HSR waiting periods end at 11:59 p.m. Eastern Time (16 CFR 803.10). The UTC instant depends on
// whether Eastern Time is on daylight saving, computed here from the statute rather than from the
// host's time-zone database, which may be absent or stale on a server.
// 15 U.S.C. 260a: since 2007 DST runs from the 2nd Sunday of March to the 1st Sunday of November;
// 1987–2006 it ran from the 1st Sunday of April to the last Sunday of October. Both changes
// happen at 2:00 a.m., so at 11:59 p.m. on a changeover Sunday the new offset already applies.

import { dayNumberOf, formatLong, nthWeekdayOfMonth, toIsoDate, yearOf, type DayNumber } from './dates';
import { DeadlineInputError } from './errors';
import type { EasternInstant, IsoDate } from './types';

const SUNDAY = 0;

function daylightSavingRange(year: number): { from: DayNumber; until: DayNumber } {
  if (year >= 2007) {
    return { from: nthWeekdayOfMonth(year, 3, SUNDAY, 2), until: nthWeekdayOfMonth(year, 11, SUNDAY, 1) };
  }
  if (year >= 1987) {
    return { from: nthWeekdayOfMonth(year, 4, SUNDAY, 1), until: nthWeekdayOfMonth(year, 10, SUNDAY, -1) };
  }
  throw new DeadlineInputError(`Eastern Time offsets before 1987 are not supported (${year}).`);
}

/** Whether 11:59 p.m. Eastern on `day` falls in daylight saving time. */
export function isEasternDaylightAt2359(day: DayNumber): boolean {
  const { from, until } = daylightSavingRange(yearOf(day));
  return day >= from && day < until;
}

export function elevenFiftyNinePmEastern(date: IsoDate): EasternInstant {
  const day = dayNumberOf(date);
  const daylight = isEasternDaylightAt2359(day);
  // 23:59 at UTC−4 is 03:59 UTC the next day; at UTC−5, 04:59 UTC the next day.
  const utcHour = daylight ? '03' : '04';
  const zone = daylight ? 'EDT' : 'EST';
  const zoneName = daylight ? 'Eastern Daylight Time' : 'Eastern Standard Time';
  return {
    description: `11:59 p.m. ${zoneName} (${zone}) on ${formatLong(day)}`,
    iso: `${toIsoDate(day + 1)}T${utcHour}:59:00Z`,
    zone,
  };
}
