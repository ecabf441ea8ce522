import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../fixtures/db';
import { createUser } from '../fixtures/factories';
import { addCaseMemberDirect, checklistWorld, itemView, readyItem } from './checklists-setup';
import { checklistApprovals } from '@/db/schema';
import { approveItem } from '@/lib/checklists/approve-item';
import { assignItem } from '@/lib/checklists/assign-item';
import { addComment } from '@/lib/checklists/comments/add-comment';
import { retractComment, RETRACTED_EXCERPT } from '@/lib/checklists/comments/retract-comment';
import { getChecklist } from '@/lib/checklists/get-checklist';
import { listMyItems } from '@/lib/checklists/list-my-items';
import { saveItemContent } from '@/lib/checklists/save-item-content';
import { transitionItem } from '@/lib/checklists/transition-item';
import { uploadEvidence } from '@/lib/evidence/upload-evidence';
import { listAuditEvents } from '@/lib/audit/list-events';
import { loadChecklistFacts } from '@/lib/documents/sources/checklists';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/core/errors';

useTestDatabase();

const enc = (s: string) => new TextEncoder().encode(s);
const answer = (text: string) => ({ answer: text, notApplicable: false, naReason: '' });
type World = Awaited<ReturnType<typeof checklistWorld>>;

async function approve(w: World, actor: World['preparer'], itemId: string, confirmOpenThreads = false) {
  const { item } = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
  return approveItem({ actor, caseId: w.caseId, input: { itemId, contentHash: item.contentHash, confirmOpenThreads } });
}

describe('contributors, not the last editor', () => {
  it('refuses the author of the answer after a hand-off to a colleague who only attached a file', async () => {
    const w = await checklistWorld();
    const itemId = w.items[1].id;
    // Counsel (Paula) writes the answer, hands the item to counsel2 and sends it for review.
    await assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, preparerId: w.preparer.id, reviewerId: w.reviewer.id, dueDate: '' } });
    await saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, ...answer('EU-wide turnover: EUR 4.1bn.') } });
    await assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 1, preparerId: w.counsel2.id, reviewerId: w.reviewer.id, dueDate: '' } });
    await transitionItem({ actor: w.preparer, caseId: w.caseId, input: { itemId, expectedStatus: 'in-progress', action: 'submit' } });
    // Counsel2 attaches a 3-byte file: now the last editor, and no longer the hand-off's author.
    await uploadEvidence({ actor: w.counsel2, caseId: w.caseId, itemId, fileName: 'ack.txt', bytes: enc('ack') });

    const asPaula = await itemView(w.preparer, w.caseId, w.checklistId, itemId);
    expect(asPaula.can.approve).toBe(false);
    expect(asPaula.can.approveBlocker).toMatch(/You contributed to this item/);
    expect(asPaula.item.contributors.map((c) => c.name)).toEqual(['Paula Preparer', 'Carl Colleague']);
    await expect(approve(w, w.preparer, itemId)).rejects.toThrow(/You contributed to this item/);
    await expect(approve(w, w.counsel2, itemId)).rejects.toThrow(/You prepared this item/);
    await expect(approve(w, w.admin, itemId)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).item.status).toBe('ready-for-review');

    // The reviewer wrote nothing: they may approve, and the contributors start afresh.
    await approve(w, w.reviewer, itemId);
    const after = await itemView(w.preparer, w.caseId, w.checklistId, itemId);
    expect(after.approval).toMatchObject({ approverName: 'Rita Reviewer' });
    expect(after.item.contributors).toEqual([]);
    const [event] = await listAuditEvents({ actor: w.preparer, caseId: w.caseId, filter: { action: 'checklist-item.approve' } });
    expect(event.changes).toMatchObject({ contributors: [w.preparer.id, w.counsel2.id] });
  });

  it('refuses an administrator who is a case member and contributed, and a custom item’s author', async () => {
    const w = await checklistWorld();
    const { itemId } = await readyItem(w, 2);
    // A reviewer who once changed the answer stays refused after someone else edits last.
    const counsel3 = await createUser({ role: 'counsel', name: 'Cora Third' });
    await addCaseMemberDirect(w.caseId, counsel3.id, w.preparer.id);
    const v = (await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).item.version;
    await saveItemContent({ actor: counsel3, caseId: w.caseId, input: { itemId, version: v, ...answer('Edited by Cora.') } });
    await saveItemContent({ actor: w.counsel2, caseId: w.caseId, input: { itemId, version: v + 1, ...answer('Edited by Carl last.') } });
    await expect(approve(w, counsel3, itemId)).rejects.toThrow(/You contributed/);
    await expect(approve(w, w.counsel2, itemId)).rejects.toThrow(/You contributed/);
    await addCaseMemberDirect(w.caseId, w.admin.id, w.preparer.id);
    await expect(approve(w, w.admin, itemId)).rejects.toThrow(/Only a reviewer or counsel/);
    expect(await approve(w, w.reviewer, itemId)).toMatchObject({ status: 'approved' });
  });
});

describe('approved content kept and shown after a lapse', () => {
  it('stores the approved answer and evidence; after a lapse the item shows the diff and re-review everywhere', async () => {
    const w = await checklistWorld();
    const { itemId, version } = await readyItem(w, 3, 'Turnover in the EU was EUR 4.1bn in 2025.');
    await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'accounts.txt', bytes: enc('v1') });
    await approve(w, w.reviewer, itemId);
    const [kept] = await w.db.select().from(checklistApprovals).where(eq(checklistApprovals.itemId, itemId));
    expect(kept.content).toMatchObject({ answer: 'Turnover in the EU was EUR 4.1bn in 2025.', evidence: [{ fileName: 'accounts.txt', revision: 1 }] });

    const v = (await itemView(w.preparer, w.caseId, w.checklistId, itemId)).item.version;
    expect(v).toBe(version + 1); // the approval moved the content version on
    await saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: v, ...answer('Turnover in the EU was EUR 4.3bn in 2025.') } });
    await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'accounts.txt', bytes: enc('v2') });
    await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'ack.txt', bytes: enc('ack') });

    const view = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    expect(view.item.reReview).toBe(true);
    const diff = view.sinceApproval!.diff;
    expect(diff.answer).toEqual([
      { op: 'same', text: 'Turnover in the EU was EUR ' },
      { op: 'removed', text: '4.1bn' },
      { op: 'added', text: '4.3bn' },
      { op: 'same', text: ' in 2025.' },
    ]);
    expect(diff.evidence.map((e) => [e.fileName, e.change, e.approved?.revision ?? null, e.now?.revision ?? null])).toEqual([
      ['accounts.txt', 'revised', 1, 2],
      ['ack.txt', 'added', null, 1],
    ]);

    const rows = await getChecklist({ actor: w.reviewer, caseId: w.caseId, checklistId: w.checklistId, filter: 're-review' });
    expect(rows.items.map((i) => i.id)).toEqual([itemId]);
    expect(rows.items[0].reReview).toBe(true);
    const mine = await listMyItems({ actor: w.reviewer });
    expect(mine.find((i) => i.id === itemId)).toMatchObject({ role: 'review', reReview: true });
    const [lapse] = await listAuditEvents({ actor: w.reviewer, caseId: w.caseId, filter: { action: 'checklist-item.approval-lapse' } });
    expect(lapse.changes).toMatchObject({ approvedByName: 'Rita Reviewer' });

    // The sign-off report carries the same change, for the PDF.
    const facts = await loadChecklistFacts(w.reviewer, w.caseId);
    const reported = facts.checklists[0].items.find((i) => i.title === w.items[3].title)!;
    expect(reported.status).toBe('Approval lapsed — re-review');
    expect(reported.sinceApproval).toMatchObject({ approver: 'Rita Reviewer', contentKept: true, reason: expect.stringMatching(/content changed/) });
    expect(reported.sinceApproval!.answer).toEqual(diff.answer);
    expect(reported.sinceApproval!.evidence).toEqual([
      { fileName: 'accounts.txt', change: 'revised', approvedRevision: 1, nowRevision: 2 },
      { fileName: 'ack.txt', change: 'added', approvedRevision: null, nowRevision: 1 },
    ]);
    expect(facts.checklists[0].items.filter((i) => i.sinceApproval)).toHaveLength(1);
  });
});

describe('approving over open threads; requesting changes with a reason', () => {
  it('needs explicit confirmation with an open thread, and records it', async () => {
    const w = await checklistWorld();
    const { itemId } = await readyItem(w, 4);
    await addComment({ actor: w.reviewer, caseId: w.caseId, input: { itemId, body: 'Is the 2024 figure audited?' } });
    const refused = approve(w, w.reviewer, itemId);
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toThrow(/One comment thread is still open/);
    expect((await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).item.status).toBe('ready-for-review');
    expect(await approve(w, w.reviewer, itemId, true)).toMatchObject({ status: 'approved', openThreads: 1 });
    expect((await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).approval).toMatchObject({ openThreads: 1 });
    const [event] = await listAuditEvents({ actor: w.reviewer, caseId: w.caseId, filter: { action: 'checklist-item.approve' } });
    expect(event.changes).toMatchObject({ openThreadsConfirmed: 1 });
  });

  it('refuses "request changes" without a reason; the reason becomes a comment the preparer is told', async () => {
    const w = await checklistWorld();
    const { itemId } = await readyItem(w, 5);
    const ask = (reason?: string) => transitionItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, expectedStatus: 'ready-for-review', action: 'request-changes', reason } });
    await expect(ask()).rejects.toThrow(/The reason is required/);
    await expect(ask('   ')).rejects.toThrow(/The reason is required/);
    expect((await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).item.status).toBe('ready-for-review');
    await ask('Cite the board minutes of 3 March.');
    const view = await itemView(w.preparer, w.caseId, w.checklistId, itemId);
    expect(view.item.status).toBe('changes-requested');
    expect(view.threads.map((t) => [t.authorName, t.body])).toEqual([['Rita Reviewer', 'Cite the board minutes of 3 March.']]);
    const notice = (await listNotifications({ actor: w.preparer })).find((n) => n.kind === 'changes-requested');
    expect(notice?.excerpt).toBe('Cite the board minutes of 3 March.');
  });
});

describe('retraction', () => {
  it('removes the text from every notification that quoted it; the audit trail keeps it', async () => {
    const w = await checklistWorld();
    const { itemId } = await readyItem(w, 6);
    const { id } = await addComment({ actor: w.reviewer, caseId: w.caseId, input: { itemId, body: 'Wrong figure, @Paula Preparer and @Carl Colleague' } });
    await transitionItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, expectedStatus: 'ready-for-review', action: 'request-changes', reason: 'Confidential aside to retract' } });
    const reasonId = (await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).threads.find((t) => t.body === 'Confidential aside to retract')!.id;
    await retractComment({ actor: w.reviewer, caseId: w.caseId, commentId: id });
    await retractComment({ actor: w.reviewer, caseId: w.caseId, commentId: reasonId });
    for (const who of [w.preparer, w.counsel2]) {
      const all = await listNotifications({ actor: who });
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((n) => n.kind === 'mentioned' || n.kind === 'changes-requested').every((n) => n.excerpt === RETRACTED_EXCERPT)).toBe(true);
      expect(JSON.stringify(all)).not.toMatch(/Wrong figure|Confidential aside/);
    }
    const trail = await listAuditEvents({ actor: w.reviewer, caseId: w.caseId, filter: { action: 'comment.retract' } });
    expect(trail.map((e) => (e.changes as { body: string }).body).sort()).toEqual(['Confidential aside to retract', 'Wrong figure, @Paula Preparer and @Carl Colleague']);
  });
});

describe('races (concurrent transactions)', () => {
  it('two reviewers approving at once: one wins, the other is told who approved and when', async () => {
    const w = await checklistWorld();
    const { itemId } = await readyItem(w, 7);
    const counsel3 = await createUser({ role: 'counsel', name: 'Cora Third' });
    await addCaseMemberDirect(w.caseId, counsel3.id, w.preparer.id);
    const { item } = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    const results = await Promise.allSettled([w.reviewer, counsel3].map((actor) => approveItem({ actor, caseId: w.caseId, input: { itemId, contentHash: item.contentHash } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    const winner = results[0].status === 'fulfilled' ? 'Rita Reviewer' : 'Cora Third';
    expect((lost.reason as ConflictError).info.changedBy).toBe(winner);
    expect(await w.db.select().from(checklistApprovals).where(eq(checklistApprovals.itemId, itemId))).toHaveLength(1);
  });

  it('an approval racing an edit: one wins, the other is refused naming the winner, nothing lost', async () => {
    const w = await checklistWorld();
    const { itemId, version } = await readyItem(w, 8, 'Original answer.');
    const { item } = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    const [approval, edit] = await Promise.allSettled([
      approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: item.contentHash } }),
      saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version, ...answer('Edited answer.') } }),
    ]);
    expect([approval.status, edit.status].sort()).toEqual(['fulfilled', 'rejected']);
    const after = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    if (approval.status === 'fulfilled') {
      expect((edit as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      expect((edit as PromiseRejectedResult).reason.info.changedBy).toBe('Rita Reviewer');
      expect(after.item).toMatchObject({ status: 'approved', answer: 'Original answer.' });
    } else {
      expect(approval.reason).toBeInstanceOf(ConflictError);
      expect(approval.reason.info.changedBy).toBe('Paula Preparer');
      expect(after.item).toMatchObject({ status: 'ready-for-review', answer: 'Edited answer.' });
      expect(after.approval).toBeNull();
    }
  });
});
