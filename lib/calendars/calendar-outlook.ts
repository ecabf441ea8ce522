import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { holidayCalendarYears } from '@/db/schema';
import { canGlobal, type SessionUser } from '@/lib/access';
import { requireCalendarAdmin } from './list-calendar-years';
import { calendarRunOutNotice, describeRule, lastOfficialYear, provisionalEuYears, type Holiday } from '@/lib/deadlines';

/**
 * What the Commission calendar looks like beyond its official years: the provisional years the
 * engine derives from the stored ones (with the rules, so an admin can check them) and the
 * reminder shown from 90 days before the last official year runs out.
 */
export async function euCalendarOutlook(opts: { actor: SessionUser; today: string }) {
  requireCalendarAdmin(opts.actor);
  const db = await getDb();
  const rows = await db
    .select({ year: holidayCalendarYears.year, holidays: holidayCalendarYears.holidays })
    .from(holidayCalendarYears)
    .where(eq(holidayCalendarYears.kind, 'eu-commission'));
  const derived = provisionalEuYears(Object.fromEntries(rows.map((r) => [r.year, r.holidays])));
  const lastOfficial = lastOfficialYear(rows.map((r) => r.year));
  return {
    lastOfficial,
    derivedFrom: derived.from,
    rules: derived.rules.map(describeRule),
    provisional: Object.entries(derived.years).map(([year, y]) => ({ year: Number(year), holidays: y.holidays as Holiday[], source: y.info.source, note: y.info.note ?? '' })),
    notice: calendarRunOutNotice(lastOfficial, opts.today),
  };
}

/** Only the reminder, for an administrator's every page (null for others): the years, no derivation. */
export async function euCalendarNotice(opts: { actor: SessionUser; today: string }): Promise<string | null> {
  if (!canGlobal(opts.actor, 'manage-catalogues')) return null;
  const db = await getDb();
  const rows = await db.select({ year: holidayCalendarYears.year }).from(holidayCalendarYears).where(eq(holidayCalendarYears.kind, 'eu-commission'));
  return calendarRunOutNotice(lastOfficialYear(rows.map((r) => r.year)), opts.today);
}
