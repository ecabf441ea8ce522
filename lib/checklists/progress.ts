import type { ItemStatus } from './schemas';

export interface Progress {
  approved: number;
  total: number;
}

/** Approved over total, overall and per section in the order sections first appear. */
export function progressBySection(items: { section: string; status: ItemStatus }[]) {
  const overall: Progress = { approved: 0, total: 0 };
  const sections = new Map<string, Progress>();
  for (const it of items) {
    const s = sections.get(it.section) ?? { approved: 0, total: 0 };
    const done = it.status === 'approved' ? 1 : 0;
    s.total++;
    s.approved += done;
    overall.total++;
    overall.approved += done;
    sections.set(it.section, s);
  }
  return { overall, sections: [...sections].map(([section, p]) => ({ section, ...p })) };
}

/** Today in UTC as YYYY-MM-DD: due dates are calendar dates, overdue from the day after. */
export function todayIso(now = new Date()) {
  return now.toISOString().slice(0, 10);
}

export function isOverdue(item: { dueDate: string | null; status: ItemStatus }, today = todayIso()) {
  return !!item.dueDate && item.dueDate < today && item.status !== 'approved';
}
