// The case timeline's input from the reviews as the Reviews tab computes them: each period runs
// from the event that started it (the first line of its trace) to its deadline; stop-the-clocks
// become suspensions. Shared by the page and the documents so both draw the same picture.

import { buildCaseTimeline, type CaseTimelineModel, type TimelineReviewInput } from '@/lib/timeline/model';
import type { ReviewView } from './get-case-reviews';
import { EVENT_LABELS } from './schemas';

export function timelineInput(r: Pick<ReviewView, 'title' | 'events' | 'computed'>): TimelineReviewInput {
  return {
    title: r.title,
    events: r.events.filter((e) => e.type !== 'manual-deadline' && e.type !== 'stop-clock').map((e) => ({ label: e.label || EVENT_LABELS[e.type], date: e.occurredOn })),
    deadlines: r.computed.deadlines
      .filter((d) => d.state !== 'superseded')
      .map((d) => ({ label: d.label, date: d.date, state: d.state, start: d.trace[0]?.kind === 'event' ? d.trace[0].date : null })),
    suspensions: r.events.filter((e) => e.type === 'stop-clock').map((e) => ({ from: e.occurredOn, to: e.restartedOn })),
  };
}

export function caseTimeline(reviews: readonly Pick<ReviewView, 'title' | 'events' | 'computed'>[], longStopDate: string | null, today: string): CaseTimelineModel {
  return buildCaseTimeline({ reviews: reviews.map(timelineInput), longStopDate, today });
}
