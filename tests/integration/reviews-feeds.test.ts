import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { createCaseWith, createUser } from '../fixtures/factories';
import { parseIcs, unescapeText } from '../unit/feeds/ics-parser';
import { users } from '@/db/schema';
import { seedEuCalendar } from '@/lib/seed/calendars';
import { listAuditEvents } from '@/lib/audit/list-events';
import { addMember, removeMember } from '@/lib/cases/members';
import { NotFoundError } from '@/lib/core/errors';
import { buildFeed } from '@/lib/feeds/build-feed';
import { feedResponse } from '@/lib/feeds/feed-response';
import { createFeedToken, getFeedStatus, revokeFeedToken } from '@/lib/feeds/feed-token';
import { addReviewEvent } from '@/lib/reviews/save-review-event';
import { createReview } from '@/lib/reviews/save-review';
import type { SessionUser } from '@/lib/access';

const db = useTestDatabase();
const origin = 'https://merger.example';
let counsel: SessionUser;
let colleague: SessionUser;
let caseId: string;
let otherCaseId: string;

beforeAll(async () => {
  await seedEuCalendar(db.db);
  counsel = await createUser({ role: 'counsel' });
  colleague = await createUser({ role: 'reviewer' });
  caseId = await createCaseWith({ counsel, members: [colleague], input: { codename: 'HELIOS' } });
  otherCaseId = await createCaseWith({ counsel, input: { codename: 'SELENE' } });
  const eu = await createReview({ actor: counsel, caseId, input: { authority: 'eu-commission', caseNumber: 'M.12345' } });
  await addReviewEvent({ actor: counsel, caseId, reviewId: eu.id, input: { type: 'notification', date: '2026-03-02' } });
  const us = await createReview({ actor: counsel, caseId: otherCaseId, input: { authority: 'us-hsr' } });
  await addReviewEvent({ actor: counsel, caseId: otherCaseId, reviewId: us.id, input: { type: 'filing-received', date: '2026-03-02' } });
});

const feed = async (token: string, id?: string) => parseIcs((await buildFeed({ token, caseId: id, origin })).body);

describe('calendar feeds behind a secret address', () => {
  it('stores only a hash of the token and audits its creation', async () => {
    const { token } = await createFeedToken({ actor: counsel });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await db.db.select({ t: users.calendarToken }).from(users).where(eq(users.id, counsel.id));
    expect(row.t).toMatch(/^[0-9a-f]{64}$/);
    expect(row.t).not.toContain(token);
    expect(await getFeedStatus({ actor: counsel })).toEqual({ active: true });
    const admin = await createUser({ role: 'admin' });
    expect((await listAuditEvents({ actor: admin, filter: { action: 'calendar-feed.' } })).some((a) => a.entityId === counsel.id)).toBe(true);
  });

  it('serves "my cases" and one case, with stable UIDs, all-day EU dates and an HSR instant', async () => {
    const { token } = await createFeedToken({ actor: counsel });
    const mine = await feed(token);
    const summaries = mine.events.map((e) => unescapeText(e.SUMMARY.value));
    expect(summaries).toEqual(expect.arrayContaining(['HELIOS · Phase I deadline', 'HELIOS · Last day to offer Phase I commitments', 'SELENE · HSR waiting period']));
    const phase1 = mine.events.find((e) => unescapeText(e.SUMMARY.value) === 'HELIOS · Phase I deadline')!;
    expect(phase1.DTSTART).toMatchObject({ params: { VALUE: 'DATE' }, value: '20260409' });
    expect(phase1.UID.value).toMatch(/^[0-9a-f-]{36}\.eu-phase1@merger-review$/);
    expect(unescapeText(phase1.DESCRIPTION.value)).toContain('25 working days');
    expect(phase1.URL.value).toBe(`${origin}/cases/${caseId}/reviews`);
    const hsr = mine.events.find((e) => unescapeText(e.SUMMARY.value) === 'SELENE · HSR waiting period')!;
    expect(hsr.DTSTART.value).toBe('20260402T035900Z');
    const again = await feed(token);
    expect(again.events.map((e) => e.UID.value)).toEqual(mine.events.map((e) => e.UID.value));

    const one = await feed(token, caseId);
    expect(unescapeText(one.calendar['X-WR-CALNAME'].value)).toBe('Merger Review — HELIOS');
    expect(one.events.every((e) => unescapeText(e.SUMMARY.value).startsWith('HELIOS'))).toBe(true);
  });

  it('answers 404 for a revoked, regenerated-away, malformed or unknown token', async () => {
    const { token: first } = await createFeedToken({ actor: counsel });
    const { token: second } = await createFeedToken({ actor: counsel });
    await expect(buildFeed({ token: first, origin })).rejects.toBeInstanceOf(NotFoundError);
    expect((await feed(second)).events.length).toBeGreaterThan(0);
    await revokeFeedToken({ actor: counsel });
    await expect(buildFeed({ token: second, origin })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getFeedStatus({ actor: counsel })).toEqual({ active: false });
    for (const token of ['x', 'A'.repeat(43), `${'A'.repeat(42)}!`]) await expect(buildFeed({ token, origin })).rejects.toBeInstanceOf(NotFoundError);
    const res = await feedResponse(new Request(`${origin}/api/feeds/${second}/my-cases.ics`), second);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('Not found');
  });

  it('checks membership at request time: a case the user leaves disappears and its own feed is 404', async () => {
    const { token } = await createFeedToken({ actor: colleague });
    expect((await feed(token, caseId)).events.length).toBeGreaterThan(0);
    await expect(buildFeed({ token, caseId: otherCaseId, origin })).rejects.toBeInstanceOf(NotFoundError);
    expect((await feed(token)).events.every((e) => unescapeText(e.SUMMARY.value).startsWith('HELIOS'))).toBe(true);
    await removeMember({ actor: counsel, caseId, userId: colleague.id });
    await expect(buildFeed({ token, caseId, origin })).rejects.toBeInstanceOf(NotFoundError);
    expect((await feed(token)).events).toEqual([]);
    await addMember({ actor: counsel, caseId, input: { email: colleague.email } });
    expect((await feed(token, caseId)).events.length).toBeGreaterThan(0);
  });

  it('a disabled account’s feed is 404', async () => {
    const { token } = await createFeedToken({ actor: colleague });
    await db.db.update(users).set({ status: 'disabled' }).where(eq(users.id, colleague.id));
    await expect(buildFeed({ token, origin })).rejects.toBeInstanceOf(NotFoundError);
    await db.db.update(users).set({ status: 'active' }).where(eq(users.id, colleague.id));
  });

  it('the HTTP answer is text/calendar, private and uncached', async () => {
    const { token } = await createFeedToken({ actor: counsel });
    const res = await feedResponse(new Request(`${origin}/api/feeds/${token}/cases/${caseId}.ics`), token, caseId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect((await res.text()).startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
});
