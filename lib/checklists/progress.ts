import type { ItemStatus } from './schemas';
import { todayIso } from '@/lib/core/dates';

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


/** Due dates are calendar dates (UTC), overdue from the day after. */
export function isOverdue(item: { dueDate: string | null; status: ItemStatus }, today = todayIso()) {
  return !!item.dueDate && item.dueDate < today && item.status !== 'approved';
}
