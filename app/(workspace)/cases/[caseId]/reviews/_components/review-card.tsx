import Link from 'next/link';
import type { ReviewView } from '@/lib/reviews/get-case-reviews';
import { EventForm } from './event-form';
import { ReviewDetails } from './review-details';
import { ReviewTimeline } from './review-timeline';
import styles from './reviews.module.css';

const COUNTING: Record<ReviewView['authority'], string> = {
  'eu-commission': 'Counted in Commission working days (IR (EU) 2023/914 Arts. 7, 8, 24), with the Brussels holiday calendar.',
  'us-hsr': 'Counted in calendar days, ending at 11:59 p.m. Eastern; a last day on a weekend or federal holiday rolls to the next business day.',
  'uk-cma': 'Phase 1 in working days (England & Wales bank holidays, gov.uk); Phase 2 in calendar days from the reference (Enterprise Act 2002 ss. 34ZA, 39).',
  'cn-samr': 'Calendar days from acceptance or the further-review decision (AML Arts. 30–32). Holiday treatment unverified: see each deadline.',
  'de-bkarta': 'Months from receipt of the complete notification (§ 40 GWB; BGB §§ 187–188); a last day on a Bonn holiday or weekend moves on (unverified).',
  'us-wa': 'Copy of the HSR form due to the attorney general the day the HSR notification is filed (RCW 19.420.020).',
  'us-co': 'Copy of the HSR form due to the attorney general the day the HSR notification is filed (C.R.S. 6-4.5).',
  other: 'Deadlines entered by hand: the app does not compute them.',
};

export function ReviewCard(props: { caseId: string; review: ReviewView; editable: boolean; isAdmin: boolean }) {
  const { review, caseId, editable } = props;
  const headingId = `review-${review.id}`;
  const problem = review.computed.problem;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className={styles.reviewHead}>
        <h2 id={headingId}>{review.title}</h2>
        {review.note ? <span className={styles.meta}>{review.note}</span> : null}
        <span className="spacer" />
        {editable ? (
          <ReviewDetails
            key={`${review.id}-${review.version}`}
            caseId={caseId}
            review={{ ...review, eventCount: review.events.length }}
          />
        ) : null}
      </div>
      <p className={styles.meta}>{COUNTING[review.authority]}</p>
      {problem ? (
        <div className="form-error" role="alert">
          <strong>{problem.kind === 'missing-calendar' ? 'Deadlines cannot be computed yet.' : 'The recorded events no longer add up.'}</strong> {problem.message}
          {problem.kind === 'missing-calendar' ? (
            review.authority === 'uk-cma' ? (
              ' The bank holidays ship with the app from gov.uk/bank-holidays; the maintainers add each year as it is published.'
            ) : props.isAdmin ? (
              <>
                {' '}
                <Link href="/admin/calendars">Open holiday calendars</Link>
              </>
            ) : (
              ' Ask an administrator to add it.'
            )
          ) : (
            ' Correct or remove the event at fault below.'
          )}
        </div>
      ) : null}
      {review.computed.warnings.map((w, i) => (
        <p key={i} className="warning" role="status">
          {w}
        </p>
      ))}
      <ReviewTimeline caseId={caseId} review={review} editable={editable} />
      {editable ? (
        <div className={styles.panel}>
          <h3>{review.authority === 'other' ? 'Add a deadline' : 'Record an event'}</h3>
          <EventForm caseId={caseId} reviewId={review.id} authority={review.authority} reviewTitle={review.title} />
        </div>
      ) : null}
    </section>
  );
}
