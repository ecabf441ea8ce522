import type { ReviewAuthority } from './schemas';

const ZONES: Record<ReviewAuthority, string> = {
  'eu-commission': 'Europe/Brussels',
  'us-hsr': 'America/New_York',
  other: 'UTC',
};

/** Today's date where the authority sits: a Brussels deadline is "today" by Brussels time. */
export function todayFor(authority: ReviewAuthority, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONES[authority], year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
