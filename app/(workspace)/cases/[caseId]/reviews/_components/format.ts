import { parseIsoDate } from '@/lib/deadlines';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Thu 9 Apr 2026": legal dates are calendar days, so no Date or time zone is involved. */
export function shortDate(iso: string): string {
  const d = parseIsoDate(iso);
  return `${d.weekday.slice(0, 3)} ${d.day} ${SHORT_MONTHS[d.month - 1]} ${d.year}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "in 12 days (9 working days)", "today", "3 days overdue". */
export function remaining(d: { daysRemaining: number | null; workingDaysRemaining: number | null; state: string }): string | null {
  if (d.daysRemaining === null) return null;
  if (d.daysRemaining < 0) return `${plural(-d.daysRemaining, 'day')} overdue`;
  const wd = d.workingDaysRemaining !== null ? ` · ${plural(d.workingDaysRemaining, 'working day')} left` : '';
  if (d.daysRemaining === 0) return `today${wd}`;
  return `in ${plural(d.daysRemaining, 'day')}${wd}`;
}

export const STATE_LABELS: Record<string, { text: string; badge: string }> = {
  upcoming: { text: 'Running', badge: '' },
  overdue: { text: 'Overdue', badge: 'danger' },
  passed: { text: 'Passed', badge: '' },
  ended: { text: 'Ended', badge: 'ok' },
  superseded: { text: 'Superseded', badge: '' },
  suspended: { text: 'Clock stopped', badge: 'warn' },
  pending: { text: 'Awaiting an event', badge: 'warn' },
};
