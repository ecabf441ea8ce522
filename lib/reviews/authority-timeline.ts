// The timeline of a review of one of the kinds beyond the EU and HSR, from its stored events:
// one place that picks the engine, shared by the Reviews tab, the dashboard, the feed and the
// sequence check, so all of them compute the same dates.

import { computeBkartaTimeline, computeSamrTimeline, computeUkTimeline, computeUsStateTimeline, type TimelineItem } from '@/lib/deadlines';
import type { DbCalendars } from './load-calendars';
import { authorityEvents, type EventFields } from './engine-events';
import type { ReviewAuthority } from './schemas';

export function authorityTimeline(authority: ReviewAuthority, rows: readonly EventFields[], calendars: DbCalendars, asOf?: string): TimelineItem[] | null {
  const options = asOf ? { asOf } : {};
  const events = authorityEvents(rows);
  switch (authority) {
    case 'uk-cma':
      return computeUkTimeline(events, calendars.uk, options);
    case 'cn-samr':
      return computeSamrTimeline(events, options);
    case 'de-bkarta':
      return computeBkartaTimeline(events, options);
    case 'us-wa':
      return computeUsStateTimeline('WA', events, options);
    case 'us-co':
      return computeUsStateTimeline('CO', events, options);
    default:
      return null;
  }
}
