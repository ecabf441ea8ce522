import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/core/errors';
import { getCaseReviews } from '@/lib/reviews/get-case-reviews';
import { getEuJurisdiction } from '@/lib/reviews/get-eu-jurisdiction';
import { getHsrAssessment } from '@/lib/reviews/get-hsr-assessment';
import { caseTimeline } from '@/lib/reviews/case-timeline';
import { todayFor } from '@/lib/reviews/today';
import { loadCase } from '../load-case';
import { AddReviewForm } from './_components/add-review-form';
import { CaseTimeline } from './_components/case-timeline';
import { HsrHelperSection } from './_components/hsr-helper';
import { JurisdictionSection } from './_components/jurisdiction-section';
import { ReviewCard } from './_components/review-card';

export const metadata = { title: 'Reviews' };

export default async function ReviewsPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { user, detail } = await loadCase(caseId);
  const [reviews, hsr, jurisdiction] = await Promise.all([
    getCaseReviews({ actor: user, caseId }),
    getHsrAssessment({ actor: user, caseId }),
    getEuJurisdiction({ actor: user, caseId }),
  ]).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const { editable } = reviews;
  const timeline = caseTimeline(reviews.reviews, detail.case.longStopDate, todayFor('other'));
  return (
    <>
      <CaseTimeline model={timeline} />
      {reviews.reviews.length === 0 ? (
        <section className="card">
          <h2>Regulatory reviews</h2>
          <p className="muted">
            No review recorded yet. Add one per authority: the U.S. agencies (HSR), the European Commission, or any other authority whose deadlines you
            enter by hand.
          </p>
        </section>
      ) : null}
      {reviews.reviews.map((r) => (
        <ReviewCard key={r.id} caseId={caseId} review={r} editable={editable} isAdmin={user.role === 'admin'} />
      ))}
      {editable ? (
        <section className="card" aria-labelledby="add-review">
          <h2 id="add-review">Add a review</h2>
          <AddReviewForm caseId={caseId} taken={reviews.reviews.map((r) => r.authority)} />
        </section>
      ) : null}
      <HsrHelperSection helper={hsr} />
      <JurisdictionSection caseId={caseId} view={jurisdiction} editable={editable} />
      <p className="muted">
        Put these deadlines in Outlook or Google Calendar: <Link href="/account/calendar">set up your calendar feed</Link>.
      </p>
    </>
  );
}
