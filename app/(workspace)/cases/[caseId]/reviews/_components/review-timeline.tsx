import type { ReactNode } from 'react';
import { parseIsoDate } from '@/lib/deadlines';
import { provisionalLabel, type DeadlineView } from '@/lib/reviews/compute-review';
import type { ReviewView } from '@/lib/reviews/get-case-reviews';
import { DECISION_LABELS, EVENT_LABELS, EXTENSION_AMOUNTS, HSR_KIND_LABELS } from '@/lib/reviews/schemas';
import { DeadlineTrace } from './deadline-trace';
import { EventActions } from './event-actions';
import { plural, remaining, shortDate, STATE_LABELS } from './format';
import styles from './reviews.module.css';

type Event = ReviewView['events'][number];

function eventTitle(e: Event): string {
  const base = EVENT_LABELS[e.type];
  switch (e.type) {
    case 'commitments':
      return `${base} — Phase ${e.phase === 2 ? 'II' : 'I'}`;
    case 'extension':
      return `${base} — ${plural(e.workingDays ?? 0, 'working day')}${e.extensionByAgreement ? ', agreed with the Commission' : ''}`;
    case 'decision':
      return e.article ? DECISION_LABELS[e.article as keyof typeof DECISION_LABELS] : base;
    case 'filing-received':
      return (
        `${base} — ${HSR_KIND_LABELS[(e.hsrKind ?? 'standard') as keyof typeof HSR_KIND_LABELS]}` +
        (e.section80130 ? ', 16 CFR 801.30' : '') +
        (e.acquiredReceivedOn ? `; acquired person filed ${shortDate(e.acquiredReceivedOn)}` : '')
      );
    case 'stop-clock':
      return e.restartedOn ? `${base} — restarted ${shortDate(e.restartedOn)}` : `${base} — no restart recorded yet`;
    case 'uk-extension':
    case 'samr-extension':
    case 'bkarta-extension':
      return `${base} — ${plural(e.amount ?? 0, EXTENSION_AMOUNTS[e.type]?.unit === 'weeks' ? 'week' : 'day')}`;
    default:
      return base;
  }
}

interface Row {
  sort: string;
  order: number;
  node: ReactNode;
}

/**
 * One chronological list per review: what happened (events), what follows from it (computed
 * deadlines, each with "How computed") and where today falls between them.
 */
export function ReviewTimeline(props: { caseId: string; review: ReviewView; editable: boolean }) {
  const { review, caseId, editable } = props;
  const manual = new Map(review.events.filter((e) => e.type === 'manual-deadline').map((e) => [`manual-${e.id}`, e]));
  const actionsFor = (e: Event, name: string) =>
    editable ? <EventActions caseId={caseId} reviewId={review.id} authority={review.authority} event={e} name={name} /> : null;

  const rows: Row[] = [];
  for (const e of review.events) {
    if (e.type === 'manual-deadline') continue; // shown as its deadline, with the same controls
    const title = eventTitle(e);
    rows.push({
      sort: e.occurredOn,
      order: 0,
      node: (
        <li key={e.id} className={`${styles.item} ${styles.event}`}>
          <span className={styles.date}>{shortDate(e.occurredOn)}</span>
          <span className={styles.dot} aria-hidden="true" />
          <div>
            <span className={styles.kind}>Event</span>
            <span className={styles.title}>{title}</span>
            {actionsFor(e, `${title} of ${shortDate(e.occurredOn)}`)}
            <p className={styles.sub}>
              Recorded by {e.updatedByName}
              {e.note ? ` · ${e.note}` : ''}
            </p>
          </div>
        </li>
      ),
    });
  }
  for (const d of review.computed.deadlines) {
    const source = manual.get(d.key);
    rows.push({ sort: d.date ?? '9999-12-31', order: 2, node: <DeadlineItem key={d.key} deadline={d} actions={source ? actionsFor(source, `${d.label} of ${shortDate(source.occurredOn)}`) : null} /> });
  }
  if (rows.length) {
    rows.push({
      sort: review.today,
      order: 1,
      node: (
        <li key="today" className={`${styles.item} ${styles.today}`} aria-label={`Today, ${shortDate(review.today)}`}>
          <span className={styles.date}>{shortDate(review.today)}</span>
          <span className={styles.dot} aria-hidden="true" />
          <span className={styles.todayLabel}>Today</span>
        </li>
      ),
    });
  }
  rows.sort((a, b) => a.sort.localeCompare(b.sort) || a.order - b.order);
  if (rows.length === 0) return <p className="muted">No events recorded yet.</p>;
  return (
    <ol className={styles.timeline} aria-label={`Timeline: ${review.title}`}>
      {rows.map((r) => r.node)}
    </ol>
  );
}

function DeadlineItem({ deadline: d, actions }: { deadline: DeadlineView; actions: ReactNode }) {
  const state = STATE_LABELS[d.state];
  const countdown = remaining(d);
  const provisional = provisionalLabel(d.provisionalYears);
  return (
    <li className={`${styles.item} ${styles[d.state] ?? ''}`} data-deadline={d.key}>
      <span className={styles.date}>{d.date ? shortDate(d.date) : '—'}</span>
      <span className={styles.dot} aria-hidden="true" />
      <div>
        <span className={styles.kind}>Deadline</span>
        <span className={styles.title}>{d.label}</span> <span className={`badge ${state.badge}`}>{state.text}</span>
        {provisional ? (
          <>
            {' '}
            <span className="badge warn" data-provisional="true">
              Provisional
            </span>
          </>
        ) : null}
        {actions}
        <p className={styles.sub}>
          {d.endsAt ? `Ends at ${d.endsAt.description}` : d.date ? `${parseIsoDate(d.date).long}, end of day` : d.explanation[0]}
          {countdown ? (
            <>
              {' · '}
              <span className={styles.countdown}>{countdown}</span>
            </>
          ) : null}
          {provisional ? ` · ${provisional}` : null}
        </p>
        <DeadlineTrace deadline={d} />
      </div>
    </li>
  );
}
