import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { createCaseWith, createUser } from '../fixtures/factories';
import { seedEuCalendar } from '@/lib/seed/calendars';
import { toResult } from '@/lib/core/action-result';
import { listAuditEvents } from '@/lib/audit/list-events';
import { getCalendarYear, listCalendarYears } from '@/lib/calendars/list-calendar-years';
import { removeCalendarYear, saveCalendarYear } from '@/lib/calendars/save-calendar-year';
import { loadReviewFacts } from '@/lib/documents/sources/reviews';
import { buildFeed } from '@/lib/feeds/build-feed';
import { createFeedToken } from '@/lib/feeds/feed-token';
import { parseIcs, unescapeText } from '../unit/feeds/ics-parser';
import { holidaysToText } from '@/lib/calendars/schemas';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/core/errors';
import { getCaseReviews } from '@/lib/reviews/get-case-reviews';
import { listUpcomingDeadlines } from '@/lib/reviews/list-upcoming-deadlines';
import { addReviewEvent } from '@/lib/reviews/save-review-event';
import { createReview } from '@/lib/reviews/save-review';
import type { SessionUser } from '@/lib/access';

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

  it('a notification of 30 Nov 2026 gets a provisional Phase I date; entering the official 2027 list recomputes it and audits the case', async () => {
    const { counsel, caseId } = await reviewWith('eu-commission', 'notification', '2026-11-30');
    const provisional = await deadline(counsel, caseId, 'eu-phase1', '2026-12-01');
    // Day 1 Tue 1 Dec; 24–31 Dec closure and Fri 1 Jan 2027 (provisional) skipped; day 25 Wed 13 Jan 2027.
    expect(provisional).toMatchObject({ date: '2027-01-13', provisionalYears: [2027] });
    expect(provisional?.explanation).toContainEqual(expect.stringMatching(/^Provisional: 2027 calendar not yet published/));
    const home = await listUpcomingDeadlines({ actor: counsel, asOf: '2026-12-28' });
    expect(home.problems).toEqual([]);
    // The PDFs' reviews source and the calendar feed say it too.
    const [facts] = await loadReviewFacts(counsel, caseId);
    expect(facts.deadlines.find((d) => d.date === '2027-01-13')?.label).toBe('Phase I deadline (provisional: 2027 calendar not yet published)');
    const { token } = await createFeedToken({ actor: counsel });
    const ics = parseIcs((await buildFeed({ token, caseId, origin: 'https://merger.example' })).body);
    const phase1 = ics.events.find((e) => e.UID.value.endsWith('.eu-phase1@merger-review'))!;
    expect(unescapeText(phase1.DESCRIPTION.value)).toContain('Provisional: 2027 calendar not yet published; the date may move');

    const derived = await getCalendarYear({ actor: admin, kind: 'eu-commission', year: 2027 });
    expect(derived).toMatchObject({ stored: false, provisional: true, version: null });
    expect(derived.holidays.map((h) => h.date)).toContain('2027-03-29'); // Easter Monday 2027
    const saved = await saveCalendarYear({
      actor: admin,
      input: { kind: 'eu-commission', year: 2027, source: 'Test entry', verified: false, holidays: `${holidaysToText(derived.holidays)}\n2027-01-04 Extra closure (test)`, version: null },
    });
    expect(saved.recomputed).toBeGreaterThanOrEqual(1);
    const official = await deadline(counsel, caseId, 'eu-phase1', '2026-12-01');
    expect(official).toMatchObject({ date: '2027-01-14', provisionalYears: [] });
    expect(official?.explanation.some((l) => l.includes('The 2027 holiday calendar is not verified. Source: Test entry.'))).toBe(true);

    const events = await listAuditEvents({ actor: admin });
    const recomputed = events.find((a) => a.action === 'review.deadlines-recomputed' && a.caseId === caseId);
    expect(recomputed?.changes).toMatchObject({
      reason: 'Commission 2027 holiday calendar entered as the official list',
      deadlines: expect.arrayContaining([{ label: 'Phase I deadline', from: '2027-01-13', to: '2027-01-14', provisionalFrom: [2027], provisionalTo: [] }]),
    });
    expect(events.find((a) => a.action === 'calendar.year-create')?.changes).toMatchObject({ year: 2027, recomputedDeadlines: saved.recomputed });
  });

  it('a year before the first official one still has no calendar: the engine names it', async () => {
    const { counsel, caseId } = await reviewWith('eu-commission', 'notification', '2022-12-01');
    const [review] = (await getCaseReviews({ actor: counsel, caseId, asOf: '2022-12-02' })).reviews;
    expect(review.computed.deadlines).toEqual([]);
    expect(review.computed.problem).toEqual({
      kind: 'missing-calendar',
      year: 2022,
      message: 'No Commission holiday calendar for 2022: add it under Admin → Holiday calendars before this deadline can be computed.',
    });
    const home = await listUpcomingDeadlines({ actor: counsel, asOf: '2022-12-02' });
    expect(home.problems.map((p) => p.message)).toEqual([review.computed.problem!.message]);
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
