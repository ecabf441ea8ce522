// Provisional Commission calendars (issue #15 §1). Sources: the Commission decisions on public
// holidays for staff in Brussels (2023: Decision 2021/C 201 I/02, CELEX 32021D0528(01), recital 2
// "In 2023, Easter Sunday falls on 9 April"; 2024: Decision 2022/C 440/05, CELEX 32022D1121(01),
// recital 2 "Easter Sunday falls on 31 March"), and the bundled official lists 2023–2026.
import { describe, expect, it } from 'vitest';
import {
  calendarRunOutNotice,
  describeRule,
  lastOfficialYear,
  deriveEuHolidayRules,
  easterSunday,
  EU_COMMISSION_HOLIDAYS,
  euCalendarWithProvisional,
  euPhase1Deadline,
  euPhase2Deadline,
  MissingCalendarError,
  provisionalEuHolidays,
  provisionalEuYears,
  type HolidayRecord,
} from '@/lib/deadlines';
import { dayNumberOf, isWeekend, toIsoDate } from '@/lib/deadlines/dates';

const OFFICIAL: HolidayRecord = Object.fromEntries(EU_COMMISSION_HOLIDAYS.map((y) => [y.year, y.holidays]));
const weekdayDates = (list: readonly { date: string }[]) => list.map((h) => h.date).filter((d) => !isWeekend(dayNumberOf(d)));

describe('Easter Sunday', () => {
  it('matches the dates the Commission decisions state', () => {
    expect(toIsoDate(easterSunday(2023))).toBe('2023-04-09');
    expect(toIsoDate(easterSunday(2024))).toBe('2024-03-31');
    // Easter Monday in the bundled lists: 21 April 2025, 6 April 2026.
    expect(toIsoDate(easterSunday(2025))).toBe('2025-04-20');
    expect(toIsoDate(easterSunday(2026))).toBe('2026-04-05');
    expect(toIsoDate(easterSunday(2027))).toBe('2027-03-28');
  });
});

describe('rules derived from the official years', () => {
  it('finds the fixed dates, the Easter-relative days and the end-of-year closure', () => {
    const rules = deriveEuHolidayRules(EU_COMMISSION_HOLIDAYS);
    expect(rules.map(describeRule)).toEqual([
      '1 January (New Year’s Day)',
      '2 January (Day after New Year’s Day)',
      '1 May (Labour Day)',
      '9 May (Anniversary of the Schuman Declaration)',
      '21 July (Belgian National Day)',
      '15 August (Assumption)',
      '1 November (All Saints’ Day)',
      '2 November (All Souls’ Day)',
      '24 December, end-of-year closure (Commission year-end closure)',
      '25 December, end-of-year closure (Christmas Day)',
      ...[26, 27, 28, 29, 30, 31].map((d) => `${d} December, end-of-year closure (Commission year-end closure)`),
      'Easter Sunday − 3 days (Maundy Thursday)',
      'Easter Sunday − 2 days (Good Friday)',
      'Easter Sunday + 1 day (Easter Monday)',
      'Easter Sunday + 39 days (Ascension Day)',
      'Easter Sunday + 40 days (Day after Ascension Day)',
      'Easter Sunday + 50 days (Whit Monday)',
    ]);
  });

  it.each([2023, 2024, 2025, 2026])('predicts the official %i list from the other three years (leave one out)', (year) => {
    const others = EU_COMMISSION_HOLIDAYS.filter((y) => y.year !== year);
    const predicted = provisionalEuHolidays(deriveEuHolidayRules(others), year);
    const official = EU_COMMISSION_HOLIDAYS.find((y) => y.year === year)!.holidays;
    expect(weekdayDates(predicted)).toEqual(weekdayDates(official));
  });

  it('does not mistake a date that two Easters hit for a fixed holiday (6 April: 2023 Maundy Thursday, 2026 Easter Monday)', () => {
    const rules = deriveEuHolidayRules(EU_COMMISSION_HOLIDAYS);
    expect(rules.some((r) => r.kind === 'fixed' && r.month === 4 && r.day === 6)).toBe(false);
  });

  it('derives nothing from a single official year: it cannot tell a fixed date from an Easter-relative one', () => {
    expect(deriveEuHolidayRules(EU_COMMISSION_HOLIDAYS.slice(0, 1))).toEqual([]);
    expect(provisionalEuYears({ 2026: OFFICIAL[2026] }).years).toEqual({});
  });
});

describe('provisional years', () => {
  const { years } = provisionalEuYears(OFFICIAL);

  it('covers the five years after the last official one, each marked provisional with its source', () => {
    expect(Object.keys(years).map(Number)).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(years[2027].info).toMatchObject({ provisional: true, verified: false });
    expect(years[2027].info.source).toMatch(/derived from the official 2023, 2024, 2025 and 2026 Commission lists/);
    expect(years[2027].info.note).toMatch(/^Provisional: 2027 calendar not yet published/);
  });

  it('gives 2027 the Easter days of Easter Sunday 28 March and the weekday closure days', () => {
    expect(years[2027].holidays.map((h) => h.date)).toEqual([
      '2027-01-01', '2027-03-25', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-07', '2027-05-17',
      '2027-07-21', '2027-11-01', '2027-11-02', '2027-12-24', '2027-12-27', '2027-12-28', '2027-12-29', '2027-12-30', '2027-12-31',
    ]);
  });

  it('warns about a Tuesday 24 December (2030), as 2024’s deadlines suggest 23 December closed too', () => {
    expect(years[2030].info.note).toMatch(/24 December 2030 is a Tuesday/);
    expect(years[2027].info.note).not.toMatch(/Tuesday/);
  });

  it('starts after an official year an admin entered, and refuses years before the first official one', () => {
    const calendar = euCalendarWithProvisional({ ...OFFICIAL, 2027: years[2027].holidays }, { label: 'edited' });
    expect(calendar.yearInfo?.(2027)?.provisional).toBeUndefined();
    expect(calendar.yearInfo?.(2028)?.provisional).toBe(true);
    expect(calendar.holidays(2032)).toBeDefined();
    expect(calendar.holidays(2033)).toBeUndefined();
    expect(calendar.holidays(2022)).toBeUndefined();
  });

  it('fills the years between the official ones when an admin enters a far year first', () => {
    const calendar = euCalendarWithProvisional({ ...OFFICIAL, 2029: years[2029].holidays }, { label: 'edited' });
    expect([2027, 2028, 2030, 2034].map((y) => calendar.yearInfo?.(y)?.provisional)).toEqual([true, true, true, true]);
    expect(calendar.yearInfo?.(2029)?.provisional).toBeUndefined();
    expect(calendar.holidays(2035)).toBeUndefined();
    expect(lastOfficialYear([2023, 2024, 2025, 2026, 2029])).toBe(2026);
  });
});

describe('deadlines depending on a provisional year', () => {
  it('a notification of 30 November 2026 gets a Phase I deadline, marked provisional (issue #15 "done when")', () => {
    // Day 1 Tue 1 Dec 2026; 24–31 Dec closure and 1 Jan 2027 skipped; day 25 is Wed 13 Jan 2027.
    const result = euPhase1Deadline({ notifiedOn: '2026-11-30' });
    expect(result.deadline).toBe('2027-01-13');
    expect(result.provisionalYears).toEqual([2027]);
    expect(result.explanation).toContainEqual(expect.stringMatching(/^Provisional: 2027 calendar not yet published/));
    const end = result.trace.find((s) => s.kind === 'end')!;
    expect(end.note).toMatch(/provisional: 2027 calendar not yet published/);
    expect(result.trace.find((s) => s.date === '2027-01-01')!.note).toMatch(/New Year’s Day \(provisional: 2027/);
  });

  it('a deadline inside official years has provisionalYears = []', () => {
    expect(euPhase1Deadline({ notifiedOn: '2026-06-01' }).provisionalYears).toEqual([]);
    expect(euPhase2Deadline({ openedOn: '2025-06-02' }).provisionalYears).toEqual([]);
  });

  it('Phase II reaching two provisional years lists both', () => {
    const result = euPhase2Deadline({ openedOn: '2027-10-01', extraWorkingDays: 35 });
    expect(result.provisionalYears).toEqual([2027, 2028]);
    expect(result.explanation).toContainEqual(expect.stringMatching(/^Provisional: 2027, 2028 calendars not yet published/));
  });

  it('still refuses a year with no rule', () => {
    expect(() => euPhase1Deadline({ notifiedOn: '2022-12-01' })).toThrow(MissingCalendarError);
    expect(() => euPhase1Deadline({ notifiedOn: '2031-12-01' })).toThrow(MissingCalendarError);
  });
});

describe('the administrators’ reminder', () => {
  it('appears 90 days before the last official year runs out, and stays after it', () => {
    expect(calendarRunOutNotice(2026, '2026-10-01')).toBeNull(); // 91 days left
    expect(calendarRunOutNotice(2026, '2026-10-02')).toMatch(/^The last official Commission holiday calendar is 2026; it runs out on 31 December 2026 \(in 90 days\)/);
    expect(calendarRunOutNotice(2026, '2026-12-03')).toMatch(/in 28 days\). Deadlines after it use the provisional 2027 calendar/);
    expect(calendarRunOutNotice(2026, '2027-01-05')).toMatch(/it ran out on 31 December 2026/);
    expect(calendarRunOutNotice(null, '2026-12-03')).toBeNull();
  });
});
