import { describe, expect, it } from 'vitest';
import { assignmentSchema, PAST_DUE_MESSAGE, utcToday } from '@/lib/checklists/schemas';

const U1 = '6f1c2a0e-8a53-4c0b-9a52-3f5d2b7c9e10';
const sent = (dueDate: string, confirmPastDue = false) => ({ preparerId: U1, reviewerId: '', dueDate, confirmPastDue });
const dueDateErrors = (r: ReturnType<typeof assignmentSchema.safeParse>) => (r.error?.issues ?? []).filter((i) => i.path[0] === 'dueDate').map((i) => i.message);

function shift(days: number) {
  const d = new Date(`${utcToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('a past due date needs confirmation (the same schema in the form and the action)', () => {
  it('refuses a date before today (UTC) unless confirmed, with a message next to the date', () => {
    expect(dueDateErrors(assignmentSchema.safeParse(sent('2020-01-01')))).toEqual([PAST_DUE_MESSAGE]);
    expect(dueDateErrors(assignmentSchema.safeParse(sent(shift(-1))))).toEqual([PAST_DUE_MESSAGE]);
    expect(assignmentSchema.parse(sent('2020-01-01', true))).toEqual({ preparerId: U1, reviewerId: null, dueDate: '2020-01-01', confirmPastDue: true });
  });

  it('needs no confirmation for today, a later date or no date; an unticked box arrives as false', () => {
    for (const d of [utcToday(), shift(1), '']) expect(assignmentSchema.safeParse(sent(d)).success).toBe(true);
    // The box is not rendered until the date is past: the form then sends its default (false), or nothing.
    expect(assignmentSchema.parse({ preparerId: '', reviewerId: '', dueDate: shift(30) }).confirmPastDue).toBe(false);
    expect(assignmentSchema.safeParse({ preparerId: '', reviewerId: '', dueDate: null, confirmPastDue: false }).success).toBe(true);
  });

  it('does not take a string for the tick (only what a checkbox serialises)', () => {
    expect(assignmentSchema.safeParse({ ...sent('2020-01-01'), confirmPastDue: 'on' }).success).toBe(false);
  });
});

describe('adopting a template version', () => {
  it('refuses a stamp that is not the one a page renders, telling the person to review again', async () => {
    const { adoptTemplateSchema } = await import('@/lib/checklists/schemas');
    const r = adoptTemplateSchema.safeParse({ checklistId: U1, toVersion: 2, version: 0, itemsStamp: '' });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['Reload the page and review the changes again.']);
    expect(adoptTemplateSchema.safeParse({ checklistId: U1, toVersion: 0, version: 0, itemsStamp: 'a'.repeat(64) }).success).toBe(false);
  });
});
