import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { useTestDatabase } from '../fixtures/db';
import { checklistWorld, itemView } from './checklists-setup';
import { assignItem } from '@/lib/checklists/assign-item';
import { listAuditEvents } from '@/lib/audit/list-events';
import { listNotifications } from '@/lib/notifications/list-notifications';

useTestDatabase();

describe('a past due date needs explicit confirmation', () => {
  it('refuses 2020-01-01 unconfirmed (nothing saved, nobody told), accepts it confirmed and records the confirmation', async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    const base = { itemId, version: 0, preparerId: w.preparer.id, reviewerId: w.reviewer.id, dueDate: '2020-01-01' };
    const refused = await assignItem({ actor: w.preparer, caseId: w.caseId, input: base }).catch((e) => e);
    expect(refused).toBeInstanceOf(ZodError);
    expect((refused as ZodError).issues.map((i) => [i.path.join('.'), i.message])).toEqual([['dueDate', expect.stringMatching(/already passed.*Tick the box/)]]);
    expect((await itemView(w.preparer, w.caseId, w.checklistId, itemId)).item).toMatchObject({ dueDate: null, assignmentVersion: 0 });
    expect(await listNotifications({ actor: w.preparer })).toEqual([]);

    await assignItem({ actor: w.preparer, caseId: w.caseId, input: { ...base, confirmPastDue: true } });
    expect((await itemView(w.preparer, w.caseId, w.checklistId, itemId)).item).toMatchObject({ dueDate: '2020-01-01', assignmentVersion: 1 });
    const [event] = await listAuditEvents({ actor: w.preparer, caseId: w.caseId, filter: { action: 'checklist-item.assign' } });
    expect(event.changes).toMatchObject({ dueDate: { before: null, after: '2020-01-01' }, pastDueConfirmed: true });

    // Changing only the reviewer keeps the date confirmed before; no new confirmation is recorded.
    await assignItem({ actor: w.preparer, caseId: w.caseId, input: { ...base, version: 1, reviewerId: '', confirmPastDue: true } });
    const [later] = await listAuditEvents({ actor: w.preparer, caseId: w.caseId, filter: { action: 'checklist-item.assign' } });
    expect(later.changes).not.toHaveProperty('pastDueConfirmed');
    expect(later.changes).not.toHaveProperty('dueDate');
  });

  it('records nothing special for a future date', async () => {
    const w = await checklistWorld();
    await assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId: w.items[1].id, version: 0, preparerId: w.preparer.id, reviewerId: '', dueDate: '2099-01-31' } });
    const [event] = await listAuditEvents({ actor: w.preparer, caseId: w.caseId, filter: { action: 'checklist-item.assign' } });
    expect(event.changes).not.toHaveProperty('pastDueConfirmed');
  });
});
