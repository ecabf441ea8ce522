import { getDb } from '@/db/client';
import { requireCaseAbility } from '@/lib/access';
import { NotFoundError } from '@/lib/core/errors';
import { provisionalLabel } from '@/lib/reviews/compute-review';
import { deadlinesForCases, type CaseDeadline } from '@/lib/reviews/deadlines-for-cases';
import { userForFeedToken } from './feed-token';
import { serializeIcs, type IcsEvent } from './ics';

const PROD_ID = '-//Merger Review//Regulatory deadlines//EN';
const STATE_NOTE: Partial<Record<CaseDeadline['state'], string>> = {
  overdue: 'OVERDUE: the date has passed and nothing is recorded after it.',
  passed: 'This date has passed.',
  ended: 'Ended: a later event closed this period.',
};

function toEvent(d: CaseDeadline, origin: string): IcsEvent {
  const provisional = provisionalLabel(d.provisionalYears);
  const lines = [
    `${d.authorityTitle}: ${d.label}.`,
    ...(provisional ? [`P${provisional.slice(1)}; the date may move when the Commission publishes its holiday list.`] : []),
    ...(d.endsAt ? [`Ends at ${d.endsAt.description}.`] : []),
    ...(STATE_NOTE[d.state] ? [STATE_NOTE[d.state]!] : []),
    '',
    ...d.explanation,
    '',
    `Basis: ${d.citation}`,
  ];
  return {
    // review id + deadline key: stable while the review lives, so a moved deadline replaces the old event.
    uid: `${d.reviewId}.${d.key}@merger-review`,
    // The codename, not the case name: calendars sync to third-party services.
    summary: `${d.codename} · ${d.label}`,
    description: lines.join('\n'),
    url: `${origin}/cases/${d.caseId}/reviews`,
    start: d.endsAt ? { utc: d.endsAt.iso } : { date: d.date! },
    categories: ['Merger review', d.authorityTitle],
  };
}

const listed = (d: CaseDeadline) => d.date !== null && d.state !== 'superseded';

/**
 * The ICS feed behind a secret address: "my cases" (caseId omitted) or one case. Membership is
 * checked now, not when the address was made, so a user taken off a case stops seeing it; an
 * unknown or revoked token, or a case outside the wall, is NotFoundError (404).
 */
export async function buildFeed(opts: { token: string; caseId?: string; origin: string; now?: Date }) {
  const db = await getDb();
  const user = await userForFeedToken(db, opts.token);
  if (!user) throw new NotFoundError('This feed');
  let name = 'Merger Review — my cases';
  if (opts.caseId !== undefined) {
    const access = await requireCaseAbility(db, user, opts.caseId, 'read');
    name = `Merger Review — ${access.codename}`;
  }
  const { deadlines } = await deadlinesForCases(db, user, opts.caseId !== undefined ? { caseIds: [opts.caseId] } : {});
  const events = deadlines.filter(listed).sort((a, b) => a.date!.localeCompare(b.date!)).map((d) => toEvent(d, opts.origin));
  return {
    name,
    body: serializeIcs({ prodId: PROD_ID, name, description: 'Regulatory review deadlines computed by Merger Review.', generatedAt: opts.now ?? new Date(), events }),
  };
}
