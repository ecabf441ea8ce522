import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { createUser } from '../fixtures/factories';
import { addCaseMemberDirect, checklistWorld, itemView, readyItem } from './checklists-setup';
import { approveItem } from '@/lib/checklists/approve-item';
import { saveItemContent } from '@/lib/checklists/save-item-content';
import { transitionItem } from '@/lib/checklists/transition-item';
import { assignItem } from '@/lib/checklists/assign-item';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { listAuditEvents } from '@/lib/audit/list-events';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';

useTestDatabase();

const answer = (text: string) => ({ answer: text, notApplicable: false, naReason: '' });

describe('maker-checker sign-off', () => {
  it('refuses the preparer, a contributor, an admin, an auditor and non-members; allows an independent reviewer or counsel', async () => {
    const w = await checklistWorld();
    const { itemId, version } = await readyItem(w, 2);
    const hash = (await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).item.contentHash;
    const attempt = (actor: typeof w.preparer, contentHash = hash) => approveItem({ actor, caseId: w.caseId, input: { itemId, contentHash } });

    await expect(attempt(w.preparer)).rejects.toThrow(/You prepared this item/);
    await expect(attempt(w.admin)).rejects.toThrow(/Only a reviewer or counsel/);
    await expect(attempt(w.auditor)).rejects.toThrow(/Only a reviewer or counsel/);
    await expect(attempt(w.outsider)).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt(await createUser({ role: 'reviewer' }))).rejects.toBeInstanceOf(NotFoundError);

    // Counsel2 corrects the answer: as its last editor they may not approve it either.
    await saveItemContent({ actor: w.counsel2, caseId: w.caseId, input: { itemId, version, ...answer('Our answer, corrected.') } });
    const newHash = (await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).item.contentHash;
    await expect(attempt(w.counsel2, newHash)).rejects.toThrow(/You contributed to this item/);
    await expect(attempt(w.preparer, newHash)).rejects.toThrow(/You prepared this item/);
    expect((await itemView(w.counsel2, w.caseId, w.checklistId, itemId)).can.approveBlocker).toMatch(/You contributed/);
    expect((await itemView(w.counsel2, w.caseId, w.checklistId, itemId)).can.approve).toBe(false);

    // A third counsel on the case is independent and may approve.
    const counsel3 = await createUser({ role: 'counsel' });
    await addCaseMemberDirect(w.caseId, counsel3.id, w.preparer.id);
    expect((await itemView(counsel3, w.caseId, w.checklistId, itemId)).can.approve).toBe(true);
    const ok = await attempt(counsel3, newHash);
    expect(ok).toMatchObject({ status: 'approved', contentHash: newHash });
    for (const actor of [w.preparer, w.counsel2, w.admin, w.auditor]) expect((await itemView(actor, w.caseId, w.checklistId, itemId)).can.approve).toBe(false);
  });

  it('lets the reviewer approve, records approver, time and hash, and notifies the preparer', async () => {
    const w = await checklistWorld();
    const { itemId } = await readyItem(w, 3);
    const { item } = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    await approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: item.contentHash } });
    const view = await itemView(w.preparer, w.caseId, w.checklistId, itemId);
    expect(view.item.status).toBe('approved');
    expect(view.approval).toMatchObject({ approverName: 'Rita Reviewer', contentHash: item.contentHash });
    expect(view.approval?.approvedAt).toBeInstanceOf(Date);
    expect((await listNotifications({ actor: w.preparer })).map((n) => n.kind)).toContain('approved');
    expect(await listAuditEvents({ actor: w.preparer, caseId: w.caseId, filter: { action: 'checklist-item.approve' } })).toHaveLength(1);
  });

  it('refuses an approval of content the approver has not seen', async () => {
    const w = await checklistWorld();
    const { itemId } = await readyItem(w, 4);
    await expect(approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: 'a'.repeat(64) } })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('approval lapse', () => {
  it('lapses on an item change: back to ready for review, audited, approver notified', async () => {
    const w = await checklistWorld();
    const { itemId } = await readyItem(w, 5);
    const { item } = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    const { version } = await approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: item.contentHash } });
    const res = await saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version, ...answer('Changed after approval.') } });
    expect(res).toMatchObject({ status: 'ready-for-review', lapsed: true });
    const view = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    expect(view.approval).toBeNull();
    expect(view.lapsedApprovals[0].lapseReason).toMatch(/content changed \(answer\)/);
    expect(await listAuditEvents({ actor: w.reviewer, caseId: w.caseId, filter: { action: 'checklist-item.approval-lapse' } })).toHaveLength(1);
    expect((await listNotifications({ actor: w.reviewer })).map((n) => n.kind)).toContain('approval-lapsed');
  });

  it('does not lapse when a save changes nothing', async () => {
    const w = await checklistWorld();
    const { itemId, version } = await readyItem(w, 6, 'Same');
    const { item } = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    await approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: item.contentHash } });
    const res = await saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version, ...answer('Same') } });
    expect(res).toMatchObject({ changed: false, lapsed: false, status: 'approved' });
  });
});

describe('the item workflow', () => {
  it('enforces the state machine in the verbs, including not applicable with its own sign-off', async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    const step = (actor: typeof w.preparer, expectedStatus: Parameters<typeof transitionItem>[0]['input']['expectedStatus'], action: 'submit' | 'withdraw' | 'request-changes') =>
      transitionItem({ actor, caseId: w.caseId, input: { itemId, expectedStatus, action, reason: action === 'request-changes' ? 'Cite the source.' : undefined } });
    await expect(step(w.preparer, 'not-started', 'withdraw')).rejects.toThrow(/Only an item waiting for review/);
    await expect(step(w.preparer, 'not-started', 'submit')).rejects.toThrow(/Assign a reviewer/);
    await assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, preparerId: w.preparer.id, reviewerId: w.reviewer.id, dueDate: '2030-01-31' } });
    await expect(step(w.preparer, 'not-started', 'submit')).rejects.toThrow(/Write an answer/);
    const na = await saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, answer: '', notApplicable: true, naReason: 'No fee: not the acquiring side.' } });
    expect(na.status).toBe('in-progress');
    expect((await step(w.preparer, 'in-progress', 'submit')).status).toBe('ready-for-review');
    expect((await listNotifications({ actor: w.reviewer })).map((n) => n.kind)).toEqual(['review-requested']);
    await expect(step(w.preparer, 'ready-for-review', 'request-changes')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(step(w.auditor, 'ready-for-review', 'request-changes')).rejects.toBeInstanceOf(ForbiddenError);
    expect((await step(w.reviewer, 'ready-for-review', 'request-changes')).status).toBe('changes-requested');
    await expect(step(w.reviewer, 'changes-requested', 'request-changes')).rejects.toBeInstanceOf(ValidationError);
    // A step taken on a page showing an old status is refused, naming who moved it.
    const stale = await step(w.reviewer, 'ready-for-review', 'request-changes').catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.info.changedBy).toBe('Rita Reviewer');
    await step(w.preparer, 'changes-requested', 'submit');
    const { item } = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    // The reason for the changes is an open thread: approving over it is confirmed explicitly.
    expect((await approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: item.contentHash, confirmOpenThreads: true } })).status).toBe('approved');
    expect((await itemView(w.preparer, w.caseId, w.checklistId, itemId)).item.notApplicable).toBe(true);
    await expect(step(w.preparer, 'approved', 'submit')).rejects.toBeInstanceOf(ValidationError);
    // A second approval is refused, naming who approved first.
    const again = await approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: item.contentHash, confirmOpenThreads: true } }).catch((e) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect(again.info.changedBy).toBe('Rita Reviewer');
  });

  it('requires a reason to mark an item not applicable, and refuses hostile text', async () => {
    const w = await checklistWorld();
    const itemId = w.items[1].id;
    await expect(saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, answer: '', notApplicable: true, naReason: '' } })).rejects.toThrow(/reason/);
    await expect(saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, ...answer('evil\u202Etxt.exe') } })).rejects.toThrow(/invisible or direction-changing/);
    await expect(saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, ...answer('<script>alert(1)</script>') } })).rejects.toThrow(/script tags/);
  });

  it('refuses a stale answer, naming who changed what, and keeps the newer work', async () => {
    const w = await checklistWorld();
    const itemId = w.items[2].id;
    await saveItemContent({ actor: w.counsel2, caseId: w.caseId, input: { itemId, version: 0, ...answer('Theirs') } });
    const err = await saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, ...answer('Mine') } }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.info).toMatchObject({ changedBy: 'Carl Colleague', currentVersion: 1, current: { answer: 'Theirs', lastChange: expect.stringMatching(/update \(answer/) } });
    expect((await itemView(w.preparer, w.caseId, w.checklistId, itemId)).item.answer).toBe('Theirs');
  });

  it('keeps assignment, workflow steps and evidence from making a half-typed answer stale', async () => {
    const w = await checklistWorld();
    const itemId = w.items[3].id;
    const opened = (await itemView(w.preparer, w.caseId, w.checklistId, itemId)).item;
    await assignItem({ actor: w.counsel2, caseId: w.caseId, input: { itemId, version: opened.assignmentVersion, preparerId: w.preparer.id, reviewerId: w.reviewer.id, dueDate: '2031-01-01' } });
    await expect(assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: opened.assignmentVersion, preparerId: w.preparer.id, reviewerId: '', dueDate: '' } })).rejects.toBeInstanceOf(ConflictError);
    const saved = await saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: opened.version, ...answer('Typed while others assigned') } });
    expect(saved.changed).toBe(true);
  });

  it('keeps reviewers, auditors and admins from editing content; assignees must be able to do the work', async () => {
    const w = await checklistWorld();
    const itemId = w.items[3].id;
    for (const actor of [w.reviewer, w.auditor, w.admin]) {
      await expect(saveItemContent({ actor, caseId: w.caseId, input: { itemId, version: 0, ...answer('x') } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(saveItemContent({ actor: w.outsider, caseId: w.caseId, input: { itemId, version: 0, ...answer('x') } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, preparerId: '', reviewerId: '', dueDate: '2026-02-30' } })).rejects.toThrow(/does not exist in the calendar/);
    const err = await assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, preparerId: w.reviewer.id, reviewerId: w.auditor.id, dueDate: '' } }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fieldErrors).toMatchObject({ preparerId: expect.stringMatching(/counsel/), reviewerId: expect.stringMatching(/reviewer or counsel/) });
    await expect(assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, preparerId: w.outsider.id, reviewerId: '', dueDate: '' } })).rejects.toBeInstanceOf(ValidationError);
  });
});
