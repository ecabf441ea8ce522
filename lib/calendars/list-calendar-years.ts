import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { holidayCalendarYears, users } from '@/db/schema';
import { canGlobal, type SessionUser } from '@/lib/access';
import { provisionalEuYears, usFederalHolidays } from '@/lib/deadlines';
import { ForbiddenError, NotFoundError } from '@/lib/core/errors';
import { CALENDAR_KINDS, type CalendarKindValue } from './schemas';

export function requireCalendarAdmin(actor: SessionUser) {
  if (!canGlobal(actor, 'manage-catalogues')) throw new ForbiddenError('Only an administrator can edit holiday calendars.');
}

const FIELDS = {
  id: holidayCalendarYears.id,
  kind: holidayCalendarYears.kind,
  year: holidayCalendarYears.year,
  holidays: holidayCalendarYears.holidays,
  source: holidayCalendarYears.source,
  verified: holidayCalendarYears.verified,
  note: holidayCalendarYears.note,
  version: holidayCalendarYears.version,
  updatedAt: holidayCalendarYears.updatedAt,
  updatedByName: users.name,
};

/** Every stored year of both calendars, for the admin page. */
export async function listCalendarYears(opts: { actor: SessionUser }) {
  requireCalendarAdmin(opts.actor);
  const db = await getDb();
  return db
    .select(FIELDS)
    .from(holidayCalendarYears)
    .leftJoin(users, eq(users.id, holidayCalendarYears.updatedBy))
    .orderBy(asc(holidayCalendarYears.kind), asc(holidayCalendarYears.year));
}

/**
 * One year for the edit form. A U.S. year with no stored correction starts from the generated
 * list, so an admin corrects it rather than retyping it.
 */
export async function getCalendarYear(opts: { actor: SessionUser; kind: string; year: number }) {
  requireCalendarAdmin(opts.actor);
  if (!(CALENDAR_KINDS as readonly string[]).includes(opts.kind) || !Number.isInteger(opts.year)) throw new NotFoundError('This calendar year');
  const kind = opts.kind as CalendarKindValue;
  const db = await getDb();
  const [row] = await db
    .select(FIELDS)
    .from(holidayCalendarYears)
    .leftJoin(users, eq(users.id, holidayCalendarYears.updatedBy))
    .where(and(eq(holidayCalendarYears.kind, kind), eq(holidayCalendarYears.year, opts.year)));
  if (row) return { stored: true as const, provisional: false, ...row };
  if (kind === 'eu-commission') {
    // A provisional year opens pre-filled with the derived list: the admin checks it against the
    // Official Journal, names the publication and saves it, which makes it official.
    const official = await db
      .select({ year: holidayCalendarYears.year, holidays: holidayCalendarYears.holidays })
      .from(holidayCalendarYears)
      .where(eq(holidayCalendarYears.kind, 'eu-commission'));
    const derived = provisionalEuYears(Object.fromEntries(official.map((r) => [r.year, r.holidays]))).years[opts.year];
    if (!derived) throw new NotFoundError('This calendar year');
    return { stored: false as const, provisional: true, kind, year: opts.year, holidays: derived.holidays, source: '', verified: false, note: '', version: null };
  }
  const generated = usFederalHolidays(opts.year);
  if (!generated) throw new NotFoundError('This calendar year');
  return {
    stored: false as const,
    provisional: false,
    kind,
    year: opts.year,
    holidays: [...generated],
    source: '5 U.S.C. 6103(a), observed days per 6103(b); generated from the statute',
    verified: true,
    note: '',
    version: null,
  };
}
