import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { holidayCalendarYears, users } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { uniqueViolation } from '@/lib/core/db-errors';
import { requireCalendarAdmin } from './list-calendar-years';
import { loadCalendars } from '@/lib/reviews/load-calendars';
import { recomputeEuDependents } from './recompute-dependents';
import { calendarYearSchema, type CalendarYearInput } from './schemas';
import { parseVersion } from '@/lib/core/fields';

/**
 * Adds a year (version null) or corrects one (version = the one the admin opened). Every
 * deadline that reads the year changes with it, so the audit event keeps the full before/after;
 * for the Commission calendar the moved EU deadlines are audited on their cases too (a new
 * official year replaces a provisional one, and the years after it are derived afresh).
 */
export async function saveCalendarYear(opts: { actor: SessionUser; input: CalendarYearInput }) {
  requireCalendarAdmin(opts.actor);
  const data = calendarYearSchema.parse(opts.input);
  const { version, ...values } = data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const calendarsBefore = data.kind === 'eu-commission' ? await loadCalendars(tx) : null;
    const dependents = async (action: string) => (calendarsBefore ? (await recomputeEuDependents(tx, opts.actor, calendarsBefore, { year: data.year, action })).length : 0);
    const [before] = await tx
      .select()
      .from(holidayCalendarYears)
      .where(and(eq(holidayCalendarYears.kind, data.kind), eq(holidayCalendarYears.year, data.year)));
    if (version === null) {
      if (before) throw new ValidationError(`The ${data.year} calendar already exists; open it to correct it.`, { year: `${data.year} already exists: edit it instead.` });
      const [row] = await tx
        .insert(holidayCalendarYears)
        .values({ ...values, updatedBy: opts.actor.id })
        .returning({ id: holidayCalendarYears.id, version: holidayCalendarYears.version })
        .catch((error) => {
          if (uniqueViolation(error)) throw new ValidationError(`The ${data.year} calendar was just added by someone else; open it to correct it.`, { year: `${data.year} already exists.` });
          throw error;
        });
      const recomputed = await dependents(data.kind === 'eu-commission' ? 'entered as the official list' : 'added');
      await recordAudit(tx, opts.actor, { action: 'calendar.year-create', entityType: 'holiday_calendar_year', entityId: row.id, changes: { ...values, recomputedDeadlines: recomputed } });
      return { ...row, recomputed };
    }
    if (!before) throw new NotFoundError('This calendar year');
    const [row] = await tx
      .update(holidayCalendarYears)
      .set({ ...values, version: version + 1, updatedBy: opts.actor.id, updatedAt: new Date() })
      .where(and(eq(holidayCalendarYears.id, before.id), eq(holidayCalendarYears.version, version)))
      .returning({ id: holidayCalendarYears.id, version: holidayCalendarYears.version });
    if (!row) {
      const [who] = before.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, before.updatedBy)) : [];
      throw new ConflictError({
        changedBy: who?.name ?? 'the seed',
        changedAt: before.updatedAt.toISOString(),
        currentVersion: before.version,
        current: { source: before.source, verified: before.verified ? 'yes' : 'no', note: before.note, holidays: `${before.holidays.length} holidays` },
      });
    }
    const recomputed = await dependents('corrected');
    await recordAudit(tx, opts.actor, {
      action: 'calendar.year-update',
      entityType: 'holiday_calendar_year',
      entityId: row.id,
      changes: { kind: data.kind, year: data.year, ...diffFields(before as Record<string, unknown>, values), recomputedDeadlines: recomputed },
    });
    return { ...row, recomputed };
  });
}

/** Only a U.S. correction can be removed: the year falls back to the list generated from the statute. */
export async function removeCalendarYear(opts: { actor: SessionUser; kind: string; year: number; version: number }) {
  requireCalendarAdmin(opts.actor);
  if (opts.kind !== 'us-federal') {
    throw new ValidationError('A Commission calendar year cannot be removed, only corrected: deadlines in that year would stop being computable.');
  }
  const version = parseVersion(opts.version);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(holidayCalendarYears)
      .where(and(eq(holidayCalendarYears.kind, 'us-federal'), eq(holidayCalendarYears.year, opts.year), eq(holidayCalendarYears.version, version)))
      .returning();
    if (!gone) {
      const [current] = await tx.select().from(holidayCalendarYears).where(and(eq(holidayCalendarYears.kind, 'us-federal'), eq(holidayCalendarYears.year, opts.year)));
      if (!current) throw new NotFoundError('This calendar year');
      throw new ConflictError({ changedBy: 'another administrator', changedAt: current.updatedAt.toISOString(), currentVersion: current.version, current: { source: current.source } });
    }
    await recordAudit(tx, opts.actor, { action: 'calendar.year-delete', entityType: 'holiday_calendar_year', entityId: gone.id, changes: { kind: gone.kind, year: gone.year, holidays: gone.holidays, source: gone.source } });
  });
}
