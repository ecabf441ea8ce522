// Provisional Commission holiday calendars for the years after the last official list.
//
// The Commission publishes each year's list in the Official Journal (IR (EU) 2023/914 Art. 24),
// often only weeks ahead, while counsel must plan Phase I and Phase II dates (and long-stop dates
// years out) today. The lists repeat a small set of rules: fixed dates (1 May, 9 May, 21 July…),
// days fixed relative to Easter Sunday (Maundy Thursday, Good Friday, Easter Monday, Ascension and
// the day after, Whit Monday) and the end-of-year closure (24–31 December). Those rules are
// DERIVED from the official years held, not typed in, so an admin correction to an official year
// flows into every provisional year; each provisional year and every deadline depending on one is
// labelled as such until the official list is entered.

import { dayFromParts, dayNumberOf, isWeekend, partsFromDay, toIsoDate, weekdayOf, type DayNumber } from './dates';
import type { CalendarYearInfo, Holiday, HolidayRecord, IsoDate } from './types';

/** Provisional years offered after the last official one: enough to plan long-stop dates. */
export const PROVISIONAL_YEARS_AHEAD = 5;

export type EuHolidayRule =
  | { kind: 'fixed'; month: number; day: number; name: string; closure: boolean; listedIn: number[] }
  | { kind: 'easter'; offset: number; name: string; listedIn: number[] };

/** Easter Sunday (Gregorian), by the Meeus/Jones/Butcher algorithm. */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day);
}

function ruleDay(rule: EuHolidayRule, year: number): DayNumber {
  return rule.kind === 'fixed' ? dayFromParts(year, rule.month, rule.day) : easterSunday(year) + rule.offset;
}

type OfficialYear = { year: number; holidays: readonly Holiday[] };

/**
 * A rule is kept when every official year lists its date whenever that date is a weekday (the
 * Commission leaves weekend dates out, e.g. 1 January 2023, a Sunday). An Easter rule must be
 * listed in at least two years; a fixed date in at least one year that no Easter rule explains —
 * otherwise 6 April would pass as a fixed holiday (Maundy Thursday 2023, Easter Monday 2026). One
 * official year cannot tell a fixed date from an Easter-relative one, so it yields no rules.
 */
export function deriveEuHolidayRules(official: readonly OfficialYear[]): EuHolidayRule[] {
  const years = [...official].sort((a, b) => a.year - b.year);
  if (years.length < 2) return [];
  const listed = new Map(years.map((y) => [y.year, new Map(y.holidays.map((h) => [h.date, h.name]))]));
  const consistent = (rule: EuHolidayRule) =>
    years.every((y) => {
      const day = ruleDay(rule, y.year);
      return isWeekend(day) || listed.get(y.year)!.has(toIsoDate(day));
    });

  const offsets = new Set<number>();
  const fixed = new Set<string>();
  for (const y of years) {
    const easter = easterSunday(y.year);
    for (const h of y.holidays) {
      const { month, day } = partsFromDay(dayNumberOf(h.date));
      offsets.add(dayNumberOf(h.date) - easter);
      fixed.add(`${month}-${day}`);
    }
  }
  const listedYears = (rule: EuHolidayRule) => years.filter((y) => listed.get(y.year)!.has(toIsoDate(ruleDay(rule, y.year)))).map((y) => y.year);

  const easterRules: EuHolidayRule[] = [...offsets]
    .sort((a, b) => a - b)
    .map((offset): EuHolidayRule => ({ kind: 'easter', offset, name: '', listedIn: [] }))
    .filter(consistent)
    .map((r) => ({ ...r, listedIn: listedYears(r) }))
    .filter((r) => r.listedIn.length >= 2);
  const explainedByEaster = (year: number, date: string) => easterRules.some((r) => toIsoDate(ruleDay(r, year)) === date);

  const fixedRules: EuHolidayRule[] = [...fixed]
    .map((key) => key.split('-').map(Number))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([month, day]): EuHolidayRule => ({ kind: 'fixed', month, day, name: '', closure: month === 12 && day >= 24, listedIn: [] }))
    .filter(consistent)
    .map((r) => ({ ...r, listedIn: listedYears(r) }))
    .filter((r) => r.listedIn.some((y) => !explainedByEaster(y, toIsoDate(ruleDay(r, y)))));

  const rules = [...fixedRules, ...easterRules];
  // The name from the latest year in which this rule alone produced the date ("Ascension Day",
  // not 2024's "Ascension Day; Anniversary of the Schuman Declaration").
  return rules.map((rule) => {
    const alone = [...rule.listedIn].reverse().find((y) => rules.filter((o) => ruleDay(o, y) === ruleDay(rule, y)).length === 1);
    const year = alone ?? rule.listedIn[rule.listedIn.length - 1];
    return { ...rule, name: listed.get(year)!.get(toIsoDate(ruleDay(rule, year)))! };
  });
}

/** The holidays the rules give for a year, weekday dates only (as the Commission lists them). */
export function provisionalEuHolidays(rules: readonly EuHolidayRule[], year: number): Holiday[] {
  const byDate = new Map<string, string[]>();
  for (const rule of rules) {
    const day = ruleDay(rule, year);
    if (isWeekend(day) || partsFromDay(day).year !== year) continue;
    const date = toIsoDate(day);
    byDate.set(date, [...(byDate.get(date) ?? []), rule.name]);
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, names]) => ({ date, name: [...new Set(names)].join('; ') }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "21 July (Belgian National Day)" / "Easter Sunday + 39 days (Ascension Day)". */
export function describeRule(rule: EuHolidayRule): string {
  if (rule.kind === 'fixed') return `${rule.day} ${MONTHS[rule.month - 1]}${rule.closure ? ', end-of-year closure' : ''} (${rule.name})`;
  const sign = rule.offset < 0 ? '−' : '+';
  return `Easter Sunday ${sign} ${Math.abs(rule.offset)} ${Math.abs(rule.offset) === 1 ? "day" : "days"} (${rule.name})`;
}

export interface ProvisionalEuYears {
  rules: EuHolidayRule[];
  /** Official years the rules were derived from. */
  from: number[];
  years: Record<number, { holidays: Holiday[]; info: CalendarYearInfo }>;
}

/**
 * The provisional years: every year after the first official one that has no official list,
 * through five years after the last official one (an admin may enter a far year first). A year
 * before the first official one, or beyond the horizon, gets nothing: the engine keeps refusing a
 * year it has no rule for.
 */
export function provisionalEuYears(official: HolidayRecord, aheadYears = PROVISIONAL_YEARS_AHEAD): ProvisionalEuYears {
  const list = Object.entries(official).map(([year, holidays]) => ({ year: Number(year), holidays }));
  const from = list.map((y) => y.year).sort((a, b) => a - b);
  const rules = deriveEuHolidayRules(list);
  const years: ProvisionalEuYears['years'] = {};
  if (from.length === 0 || rules.length === 0) return { rules, from, years };
  const first = from[0];
  const last = from[from.length - 1];
  const span = from.length > 2 ? `${from.slice(0, -1).join(', ')} and ${last}` : from.join(' and ');
  for (let year = first + 1; year <= last + aheadYears; year += 1) {
    if (from.includes(year)) continue;
    const dec24 = weekdayOf(dayFromParts(year, 12, 24));
    years[year] = {
      holidays: provisionalEuHolidays(rules, year),
      info: {
        provisional: true,
        verified: false,
        source: `Provisional: derived from the official ${span} Commission lists (${rules.length} rules: fixed dates, Easter-relative days, end-of-year closure)`,
        note:
          `Provisional: ${year} calendar not yet published. Enter the official list under Admin → Holiday calendars once the Commission publishes it` +
          (dec24 === 2 ? `; 24 December ${year} is a Tuesday, and the Commission may then also close on Monday 23 December (as 2024's deadlines suggest).` : '.'),
      },
    };
  }
  return { rules, from, years };
}

/** The last year of the unbroken run of official years from the first: where provisional dates begin. */
export function lastOfficialYear(years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const held = new Set(years);
  let year = Math.min(...years);
  while (held.has(year + 1)) year += 1;
  return year;
}

/** The sentence every deadline that relies on provisional years carries. */
export function provisionalSentence(years: readonly number[]): string {
  const list = years.join(', ');
  return `Provisional: ${list} ${years.length === 1 ? 'calendar' : 'calendars'} not yet published. The Commission holidays for ${list} were derived from the official lists' rules (fixed dates, Easter-relative days, end-of-year closure); the date may move when the official list is entered.`;
}

/** How long before the last official year runs out administrators are told to enter the next. */
export const RUN_OUT_NOTICE_DAYS = 90;

/**
 * The administrators' reminder: from 90 days before 31 December of the last official year (and
 * after it, more urgently), deadlines rely more and more on provisional dates.
 */
export function calendarRunOutNotice(lastOfficialYear: number | null, today: IsoDate): string | null {
  if (lastOfficialYear === null) return null;
  const end = dayFromParts(lastOfficialYear, 12, 31);
  const todayDay = dayNumberOf(today);
  const left = end - todayDay;
  if (left > RUN_OUT_NOTICE_DAYS) return null;
  const next = lastOfficialYear + 1;
  const when = left >= 0 ? `runs out on 31 December ${lastOfficialYear} (in ${left} ${left === 1 ? 'day' : 'days'})` : `ran out on 31 December ${lastOfficialYear}`;
  return (
    `The last official Commission holiday calendar is ${lastOfficialYear}; it ${when}. Deadlines after it use the provisional ${next} calendar ` +
    `derived from the official years. Enter or confirm the official ${next} list as soon as the Commission publishes it.`
  );
}
