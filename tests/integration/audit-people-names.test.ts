import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { checklistWorld } from './checklists-setup';
import { recordAudit } from '@/lib/audit';
import { listAuditEvents } from '@/lib/audit/list-events';

useTestDatabase();

describe('Activity names people, never their ids', () => {
  it('shows the approver of an older lapse entry (written with the id only) by name, and the actor by name', async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    // The shape lapse events had before names were written beside ids: kept as it was in the trail.
    await w.db.transaction((tx) =>
      recordAudit(tx, w.preparer, {
        action: 'checklist-item.approval-lapse',
        entityType: 'checklist_item',
        entityId: itemId,
        caseId: w.caseId,
        changes: { approvedBy: w.reviewer.id, approvedAt: '2026-11-02T10:00:00.000Z', reason: 'content changed (answer)', contributors: [w.preparer.id, w.counsel2.id] },
      }),
    );
    const [lapse] = await listAuditEvents({ actor: w.reviewer, caseId: w.caseId, filter: { action: 'checklist-item.approval-lapse' } });
    expect(lapse.actorName).toBe('Paula Preparer');
    expect(lapse.changesShown).toEqual({ approvedBy: 'Rita Reviewer', approvedAt: '2026-11-02T10:00:00.000Z', reason: 'content changed (answer)', contributors: ['Paula Preparer', 'Carl Colleague'] });
    // The stored event is untouched: the hash chain covers the ids as written.
    expect(lapse.changes).toMatchObject({ approvedBy: w.reviewer.id });
    // Ids of things that are not people (the item, the checklist) are left as they are.
    const [created] = await listAuditEvents({ actor: w.reviewer, caseId: w.caseId, filter: { action: 'checklist.create' } });
    expect(created.changesShown).toMatchObject({ templateId: (created.changes as { templateId: string }).templateId });
  });
});
