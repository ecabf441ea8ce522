import { describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../fixtures/db';
import { checklistWorld, itemView } from './checklists-setup';
import { addComment } from '@/lib/checklists/comments/add-comment';
import { editComment } from '@/lib/checklists/comments/edit-comment';
import { retractComment } from '@/lib/checklists/comments/retract-comment';
import { setThreadResolved } from '@/lib/checklists/comments/resolve-thread';
import { listNotifications, countUnread } from '@/lib/notifications/list-notifications';
import { markAllRead, markRead } from '@/lib/notifications/mark-read';
import { listAuditEvents } from '@/lib/audit/list-events';
import { ForbiddenError, NotFoundError } from '@/lib/core/errors';
import { assignItem } from '@/lib/checklists/assign-item';

useTestDatabase();

describe('comment threads', () => {
  it('threads replies, notifies @mentioned members only, and resolves and reopens', async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    const root = await addComment({ actor: w.reviewer, caseId: w.caseId, input: { itemId, body: 'Please check the fee tier, @Paula Preparer. @Otto Outsider should not hear of this.' } });
    await addComment({ actor: w.preparer, caseId: w.caseId, input: { itemId, parentId: root.id, body: 'Done — see https://example.com/fees.\nSecond line.' } });
    const mentions = (await listNotifications({ actor: w.preparer })).filter((n) => n.kind === 'mentioned');
    expect(mentions).toHaveLength(1);
    expect(mentions[0].actorName).toBe('Rita Reviewer');
    expect(await listNotifications({ actor: w.outsider })).toHaveLength(0);
    await setThreadResolved({ actor: w.preparer, caseId: w.caseId, threadId: root.id, resolved: true });
    let [thread] = (await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).threads;
    expect(thread.resolvedByName).toBe('Paula Preparer');
    expect(thread.replies[0].body).toContain('Second line.');
    await setThreadResolved({ actor: w.reviewer, caseId: w.caseId, threadId: root.id, resolved: false });
    [thread] = (await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).threads;
    expect(thread.resolvedAt).toBeNull();
    await expect(addComment({ actor: w.auditor, caseId: w.caseId, input: { itemId, body: 'Auditors read only' } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addComment({ actor: w.outsider, caseId: w.caseId, input: { itemId, body: 'Hello' } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps markup as text and refuses invisible characters', async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    await addComment({ actor: w.reviewer, caseId: w.caseId, input: { itemId, body: '<script>alert(1)</script> is what they sent' } });
    expect((await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).threads[0].body).toBe('<script>alert(1)</script> is what they sent');
    await expect(addComment({ actor: w.reviewer, caseId: w.caseId, input: { itemId, body: 'hidden\u200Bspace' } })).rejects.toThrow(/invisible/);
    await expect(addComment({ actor: w.reviewer, caseId: w.caseId, input: { itemId, body: '   ' } })).rejects.toThrow(/required/);
  });

  it('lets the author edit for ten minutes (marked edited), never anyone else', async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    const c = await addComment({ actor: w.reviewer, caseId: w.caseId, input: { itemId, body: 'Frist draft' } });
    await expect(editComment({ actor: w.preparer, caseId: w.caseId, input: { commentId: c.id, version: 0, body: 'Hijack' } })).rejects.toBeInstanceOf(ForbiddenError);
    const e = await editComment({ actor: w.reviewer, caseId: w.caseId, input: { commentId: c.id, version: 0, body: 'First draft, @Carl Colleague' } });
    const [thread] = (await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).threads;
    expect(thread.editedAt).not.toBeNull();
    expect(thread.body).toBe('First draft, @Carl Colleague');
    expect((await listNotifications({ actor: w.counsel2 })).map((n) => n.kind)).toEqual(['mentioned']);
    const trail = await listAuditEvents({ actor: w.reviewer, caseId: w.caseId, filter: { action: 'comment.edit' } });
    expect(trail[0].changes).toMatchObject({ body: { before: 'Frist draft', after: 'First draft, @Carl Colleague' } });
    vi.useFakeTimers({ now: Date.now() + 11 * 60 * 1000, toFake: ['Date'] });
    try {
      await expect(editComment({ actor: w.reviewer, caseId: w.caseId, input: { commentId: c.id, version: e.version, body: 'Too late' } })).rejects.toThrow(/10 minutes/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hides a retracted comment from view but keeps it in the database and the audit trail', async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    const c = await addComment({ actor: w.reviewer, caseId: w.caseId, input: { itemId, body: 'Said in haste' } });
    await expect(retractComment({ actor: w.preparer, caseId: w.caseId, commentId: c.id })).rejects.toBeInstanceOf(ForbiddenError);
    await retractComment({ actor: w.reviewer, caseId: w.caseId, commentId: c.id });
    const [thread] = (await itemView(w.preparer, w.caseId, w.checklistId, itemId)).threads;
    expect(thread.body).toBeNull();
    expect(thread.retractedByName).toBe('Rita Reviewer');
    const trail = await listAuditEvents({ actor: w.auditor, caseId: w.caseId, filter: { action: 'comment.' } });
    expect(trail.find((t) => t.action === 'comment.retract')?.changes).toMatchObject({ body: 'Said in haste' });
    expect(trail.find((t) => t.action === 'comment.create')?.changes).toMatchObject({ body: 'Said in haste' });
    const refusal = await w.db.execute(sql`delete from checklist_comments`).then(() => 'accepted', (e: Error & { cause?: Error }) => e.cause?.message ?? e.message);
    expect(refusal).toMatch(/cannot be changed/);
  });
});

describe('notifications', () => {
  it('creates overdue notices once, counts unread, and marks one or all read', async () => {
    const w = await checklistWorld();
    await assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId: w.items[0].id, version: 0, preparerId: w.preparer.id, reviewerId: w.reviewer.id, dueDate: '2020-01-31', confirmPastDue: true } });
    await assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId: w.items[1].id, version: 0, preparerId: w.preparer.id, reviewerId: w.reviewer.id, dueDate: '2020-02-28', confirmPastDue: true } });
    expect(await countUnread({ actor: w.preparer })).toBe(2);
    const list = await listNotifications({ actor: w.preparer });
    expect(list.map((n) => n.kind)).toEqual(['item-overdue', 'item-overdue']);
    expect(await countUnread({ actor: w.preparer })).toBe(2);
    await markRead({ actor: w.preparer, notificationId: list[0].id });
    expect(await countUnread({ actor: w.preparer })).toBe(1);
    await expect(markRead({ actor: w.reviewer, notificationId: list[1].id })).rejects.toBeInstanceOf(NotFoundError);
    await markAllRead({ actor: w.preparer });
    expect(await countUnread({ actor: w.preparer })).toBe(0);
    expect(await listNotifications({ actor: w.preparer })).toHaveLength(2);
  });
});
