import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { createCaseWith, createUser } from '../fixtures/factories';
import { seedEuCalendar } from '@/db/seed/calendars';
import { toResult } from '@/lib/action-result';
import { listAuditEvents } from '@/lib/audit/list-events';
import { getCalendarYear, listCalendarYears } from '@/lib/calendars/list-calendar-years';
import { removeCalendarYear, saveCalendarYear } from '@/lib/calendars/save-calendar-year';
import { holidaysToText } from '@/lib/calendars/schemas';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { getCaseReviews } from '@/lib/reviews/get-case-reviews';
import { listUpcomingDeadlines } from '@/lib/reviews/list-upcoming-deadlines';
import { addReviewEvent } from '@/lib/reviews/save-review-event';
import { createReview } from '@/lib/reviews/save-review';
import type { SessionUser } from '@/lib/auth/permissions';

const db = useTestDatabase();
let admin: SessionUser;
beforeAll(async () => {
  await seedEuCalendar(db.db);
  await seedEuCalendar(db.db); // idempotent: a second run adds nothing
  admin = await createUser({ role: 'admin', name: 'Ada Admin' });
});

async function reviewWith(authority: 'eu-commission' | 'us-hsr', type: 'notification' | 'filing-received', date: string) {
  const counsel = await createUser({ role: 'counsel' });
  const caseId = await createCaseWith({ counsel });
  const { id: reviewId } = await createReview({ actor: counsel, caseId, input: { authority } });
  await addReviewEvent({ actor: counsel, caseId, reviewId, input: { type, date } });
  return { counsel, caseId };
}

const deadline = async (actor: SessionUser, caseId: string, key: string, asOf: string) =>
  (await getCaseReviews({ actor, caseId, asOf })).reviews[0].computed.deadlines.find((d) => d.key === key);

describe('holiday calendars as data', () => {
  it('seeds the bundled Commission years with their source and verified flag', async () => {
    const years = await listCalendarYears({ actor: admin });
    expect(years.map((y) => `${y.kind} ${y.year} ${y.verified}`)).toEqual([
      'eu-commission 2023 true', 'eu-commission 2024 false', 'eu-commission 2025 false', 'eu-commission 2026 false',
    ]);
    const y2024 = years.find((y) => y.year === 2024)!;
    expect(y2024.note).toContain('through 15 August 2024');
    expect(y2024.note).toContain('23 December 2024');
  });

  it('an admin correction to a year moves the deadlines computed from it, and is audited', async () => {
    const { counsel, caseId } = await reviewWith('eu-commission', 'notification', '2026-03-02');
    expect((await deadline(counsel, caseId, 'eu-phase1', '2026-03-03'))?.date).toBe('2026-04-09');
    const y2026 = await getCalendarYear({ actor: admin, kind: 'eu-commission', year: 2026 });
    const holidays = `${holidaysToText(y2026.holidays)}\n2026-03-16 Extra closure (test)`;
    await saveCalendarYear({ actor: admin, input: { kind: 'eu-commission', year: 2026, source: y2026.source, verified: true, note: 'Checked against the OJ', holidays, version: y2026.version } });
    const moved = await deadline(counsel, caseId, 'eu-phase1', '2026-03-03');
    expect(moved?.date).toBe('2026-04-10');
    expect(moved?.trace.some((s) => s.kind === 'holiday' && s.note.includes('Extra closure (test)'))).toBe(true);
    const [event] = (await listAuditEvents({ actor: admin })).filter((a) => a.action === 'calendar.year-update');
    expect(event.changes).toMatchObject({ kind: 'eu-commission', year: 2026, verified: { before: false, after: true } });
  });

  it('a computation needing a missing year shows the engine’s message naming the year, until the year is added', async () => {
    // Phase I from 20 Nov 2026 runs past the year-end closure into 2027, which has no calendar.
    const { counsel, caseId } = await reviewWith('eu-commission', 'notification', '2026-11-20');
    const [review] = (await getCaseReviews({ actor: counsel, caseId, asOf: '2026-11-23' })).reviews;
    expect(review.computed.deadlines).toEqual([]);
    expect(review.computed.problem).toEqual({
      kind: 'missing-calendar',
      year: 2027,
      message: 'No Commission holiday calendar for 2027: add it under Admin → Holiday calendars before this deadline can be computed.',
    });
    const home = await listUpcomingDeadlines({ actor: counsel, asOf: '2026-11-23' });
    expect(home.problems.map((p) => p.message)).toEqual([review.computed.problem!.message]);

    await saveCalendarYear({
      actor: admin,
      input: { kind: 'eu-commission', year: 2027, source: 'Test entry', verified: false, holidays: '2027-01-01 New Year’s Day\n2027-01-04 Test closure', version: null },
    });
    const fixed = await deadline(counsel, caseId, 'eu-phase1', '2026-11-23');
    expect(fixed?.date).toMatch(/^2027-01-/);
    expect(fixed?.explanation.some((l) => l.includes('The 2027 holiday calendar is not verified. Source: Test entry.'))).toBe(true);
  });

  it('refuses bad lines at the field, a duplicate year, a stale save and non-admins', async () => {
    const bad = await toResult(() => saveCalendarYear({ actor: admin, input: { kind: 'eu-commission', year: 2028, source: 'x', holidays: '2028-02-30 Nonsense', version: null } }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { holidays: 'Line 1 (“2028-02-30 Nonsense”): write a real date and a name, e.g. “2028-05-01 Labour Day”.' } });
    const wrongYear = await toResult(() => saveCalendarYear({ actor: admin, input: { kind: 'eu-commission', year: 2028, source: 'x', holidays: '2029-01-01 New Year', version: null } }));
    expect(wrongYear).toMatchObject({ ok: false, fieldErrors: { holidays: expect.stringContaining('2029-01-01 is not in 2028') } });
    const twice = await toResult(() => saveCalendarYear({ actor: admin, input: { kind: 'eu-commission', year: 2028, source: 'x', holidays: '2028-01-01 A\n2028-01-01 B', version: null } }));
    expect(twice).toMatchObject({ ok: false, fieldErrors: { holidays: expect.stringContaining('listed twice') } });
    await expect(saveCalendarYear({ actor: admin, input: { kind: 'eu-commission', year: 2023, source: 'x', holidays: '', version: null } })).rejects.toBeInstanceOf(ValidationError);
    const y2025 = await getCalendarYear({ actor: admin, kind: 'eu-commission', year: 2025 });
    const input = { kind: 'eu-commission' as const, year: 2025, source: y2025.source, holidays: holidaysToText(y2025.holidays), version: y2025.version };
    await saveCalendarYear({ actor: admin, input: { ...input, note: 'first' } });
    await expect(saveCalendarYear({ actor: admin, input: { ...input, note: 'second' } })).rejects.toBeInstanceOf(ConflictError);
    const counsel = await createUser({ role: 'counsel' });
    await expect(saveCalendarYear({ actor: counsel, input: { ...input, version: 1 } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCalendarYears({ actor: counsel })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('U.S. years are generated; a correction overrides one year and can be reverted', async () => {
    // Filed Thu 2 Apr 2026: day 30 is Sat 2 May → Mon 4 May.
    const { counsel, caseId } = await reviewWith('us-hsr', 'filing-received', '2026-04-02');
    expect((await deadline(counsel, caseId, 'hsr-waiting', '2026-04-03'))?.date).toBe('2026-05-04');
    const generated = await getCalendarYear({ actor: admin, kind: 'us-federal', year: 2026 });
    expect(generated.stored).toBe(false);
    expect(generated.holidays).toHaveLength(11);
    await saveCalendarYear({
      actor: admin,
      input: { kind: 'us-federal', year: 2026, source: 'Executive order (test)', verified: true, holidays: `${holidaysToText(generated.holidays)}\n2026-05-04 Federal closure (test)`, version: null },
    });
    const rolled = await deadline(counsel, caseId, 'hsr-waiting', '2026-04-03');
    expect(rolled?.date).toBe('2026-05-05');
    await expect(removeCalendarYear({ actor: admin, kind: 'eu-commission', year: 2026, version: 1 })).rejects.toBeInstanceOf(ValidationError);
    await removeCalendarYear({ actor: admin, kind: 'us-federal', year: 2026, version: 0 });
    expect((await deadline(counsel, caseId, 'hsr-waiting', '2026-04-03'))?.date).toBe('2026-05-04');
    const actions = (await listAuditEvents({ actor: admin })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['calendar.year-create', 'calendar.year-delete']));
  });

  it('a calendar edit that puts a recorded event on a holiday is reported, not a crash', async () => {
    const { counsel, caseId } = await reviewWith('eu-commission', 'notification', '2026-06-01');
    const y2026 = await getCalendarYear({ actor: admin, kind: 'eu-commission', year: 2026 });
    await saveCalendarYear({ actor: admin, input: { kind: 'eu-commission', year: 2026, source: y2026.source, note: y2026.note, verified: y2026.verified, holidays: `${holidaysToText(y2026.holidays)}\n2026-06-01 Closure (test)`, version: y2026.version } });
    const [review] = (await getCaseReviews({ actor: counsel, caseId, asOf: '2026-06-02' })).reviews;
    expect(review.computed.problem).toMatchObject({ kind: 'sequence', message: expect.stringContaining('a Commission holiday (Closure (test))') });
  });
});
