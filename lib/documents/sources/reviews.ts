import { getDb } from '@/db/client';
import type { SessionUser } from '@/lib/access';
import { provisionalLabel } from '@/lib/reviews/compute-review';
import { getCaseReviews, type ReviewView } from '@/lib/reviews/get-case-reviews';
import { getEuJurisdiction } from '@/lib/reviews/get-eu-jurisdiction';
import { getHsrAssessment } from '@/lib/reviews/get-hsr-assessment';
import { loadHsrTables } from '@/lib/reviews/hsr-tables';
import { EVENT_LABELS } from '@/lib/reviews/schemas';
import { caseTimeline } from '@/lib/reviews/case-timeline';
import { todayFor } from '@/lib/reviews/today';
import type { CaseTimelineModel } from '@/lib/timeline/model';
import type { HsrFacts, ReviewFacts, TurnoverFacts } from '../model';

// The PDF shows what the page shows: a date resting on an unpublished calendar says so beside it.
function withProvisional(label: string, years: readonly number[]): string {
  const note = provisionalLabel(years);
  return note ? `${label} (${note})` : label;
}

function reviewFacts(r: ReviewView): ReviewFacts {
  return {
    authority: r.authority,
    title: r.title,
    caseNumber: r.authority === 'eu-commission' ? '' : r.caseNumber, // the EU title already carries it
    events: r.events.map((e) => ({ label: e.label || EVENT_LABELS[e.type], date: e.occurredOn, note: e.note })),
    deadlines: r.computed.deadlines
      .filter((d) => d.state !== 'superseded')
      .map((d) => ({ label: withProvisional(d.label, d.provisionalYears), date: d.date, state: d.state, endsAt: d.endsAt?.description ?? null, citation: d.citation })),
    problem: r.computed.problem?.message ?? null,
  };
}

export async function loadReviewFacts(actor: SessionUser, caseId: string): Promise<ReviewFacts[]> {
  const { reviews } = await getCaseReviews({ actor, caseId });
  return reviews.map(reviewFacts);
}

/** The case timeline (every review against the long-stop date) as the Reviews tab draws it. */
export async function loadCaseTimeline(actor: SessionUser, caseId: string, longStopDate: string | null): Promise<CaseTimelineModel> {
  const { reviews } = await getCaseReviews({ actor, caseId });
  return caseTimeline(reviews, longStopDate, todayFor('other'));
}

const CONCLUSIONS: Record<string, string> = {
  'met-1-2': 'the thresholds of Article 1(2) EUMR are met: the concentration has an EU dimension.',
  'met-1-3': 'the thresholds of Article 1(3) EUMR are met: the concentration has an EU dimension.',
  'not-met': 'neither Article 1(2) nor Article 1(3) EUMR is met on the figures entered.',
  incomplete: 'incomplete: turnover figures are missing.',
  error: 'the figures entered could not be assessed.',
};

export async function loadTurnoverFacts(actor: SessionUser, caseId: string): Promise<TurnoverFacts> {
  const j = await getEuJurisdiction({ actor, caseId });
  return {
    parties: j.parties.map((p) => ({
      name: p.name,
      role: p.role,
      counted: p.counted,
      worldwideEurM: p.worldwideEurM === null ? null : Number(p.worldwideEurM),
      euEurM: p.euEurM === null ? null : Number(p.euEurM),
      memberStates: Object.entries(p.byMemberState).map(([code, v]) => ({ code, eurM: Number(v) })).sort((a, b) => a.code.localeCompare(b.code)),
    })),
    conclusion: CONCLUSIONS[j.result.result] ?? j.result.result,
    reasons: j.result.reasons,
    missing: j.result.missing,
  };
}

export async function loadHsrFacts(actor: SessionUser, caseId: string): Promise<HsrFacts> {
  const h = await getHsrAssessment({ actor, caseId });
  if (h.status !== 'ok') return { status: h.status, message: h.message, assessment: null, filingDate: null, filingDateSource: null, closingDate: null, thresholds: null };
  const tables = await loadHsrTables(await getDb());
  const t = tables.find((x) => x.year === h.assessment.reportabilityTable.year);
  return {
    status: 'ok',
    message: null,
    assessment: h.assessment,
    filingDate: h.filingDate,
    filingDateSource: h.filingDateSource,
    closingDate: h.closingDate,
    thresholds: t ? { year: t.year, sizeOfTransactionUsd: t.sizeOfTransactionUsd, noSizeOfPersonAboveUsd: t.noSizeOfPersonAboveUsd } : null,
  };
}
