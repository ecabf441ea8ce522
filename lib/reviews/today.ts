import type { ReviewAuthority } from './schemas';

const ZONES: Record<ReviewAuthority, string> = {
  'eu-commission': 'Europe/Brussels',
  'us-hsr': 'America/New_York',
  'uk-cma': 'Europe/London',
  'cn-samr': 'Asia/Shanghai',
  'de-bkarta': 'Europe/Berlin',
  'us-wa': 'America/Los_Angeles',
  'us-co': 'America/Denver',
  other: 'UTC',
};

// en-CA formats as YYYY-MM-DD. Built once per zone: a formatter costs far more to make than to use,
// and the case list asks for every case's "today".
const FORMATS = Object.fromEntries(
  Object.entries(ZONES).map(([authority, timeZone]) => [authority, new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })]),
) as Record<ReviewAuthority, Intl.DateTimeFormat>;

/** Today's date where the authority sits: a Brussels deadline is "today" by Brussels time. */
export function todayFor(authority: ReviewAuthority, now: Date = new Date()): string {
  return FORMATS[authority].format(now);
}
