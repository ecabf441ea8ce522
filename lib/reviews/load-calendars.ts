import { asc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { holidayCalendarYears } from '@/db/schema';
import { euCalendarWithProvisional, UK_ENGLAND_WALES_CALENDAR, usFederalHolidays, US_FEDERAL_FIRST_YEAR, US_FEDERAL_LAST_YEAR, type Calendar, type CalendarYearInfo, type Holiday } from '@/lib/deadlines';

export interface DbCalendars {
  eu: Calendar;
  us: Calendar;
  /** England & Wales bank holidays for the CMA's working days: the bundled gov.uk list. */
  uk: Calendar;
}

const US_GENERATED: CalendarYearInfo = {
  source: '5 U.S.C. 6103(a), observed days per 6103(b); generated from the statute',
  verified: true,
};

/**
 * The calendars every computation uses, read from the admin-edited rows. The Commission's has
 * the official years in the table plus the provisional years derived from them (marked as such
 * on every deadline that uses one); any other year makes the engine say so. The U.S. one is generated
 * from the statute for every year, and a row for a year replaces the generated list (an ad hoc
 * closure, say).
 */
export async function loadCalendars(db: Executor): Promise<DbCalendars> {
  const rows = await db.select().from(holidayCalendarYears).orderBy(asc(holidayCalendarYears.year));
  const info = (r: (typeof rows)[number]): CalendarYearInfo => ({ source: r.source, verified: r.verified, ...(r.note ? { note: r.note } : {}) });
  const euRows = rows.filter((r) => r.kind === 'eu-commission');
  const eu = euCalendarWithProvisional(
    Object.fromEntries(euRows.map((r) => [r.year, r.holidays])),
    { label: 'European Commission public holidays (Brussels)', yearInfo: Object.fromEntries(euRows.map((r) => [r.year, info(r)])) },
  );
  const usRows = new Map(rows.filter((r) => r.kind === 'us-federal').map((r) => [r.year, r]));
  const us: Calendar = {
    kind: 'us-federal',
    label: `U.S. legal public holidays (generated ${US_FEDERAL_FIRST_YEAR}–${US_FEDERAL_LAST_YEAR}, with admin corrections)`,
    holidays: (year): readonly Holiday[] | undefined => usRows.get(year)?.holidays ?? usFederalHolidays(year),
    yearInfo: (year) => {
      const row = usRows.get(year);
      if (row) return info(row);
      return usFederalHolidays(year) ? US_GENERATED : undefined;
    },
  };
  return { eu, us, uk: UK_ENGLAND_WALES_CALENDAR };
}
