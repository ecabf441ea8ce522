import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ITEM_STATUSES } from '@/lib/checklists/schemas';
import { canTransition, nextStatus, type ItemEvent } from '@/lib/checklists/state-machine';
import { approvalBlocker, withContributor } from '@/lib/access';

const MEMBER = { isMember: true, archived: false };
const OUTSIDER = { isMember: false, archived: false };

const EVENTS: ItemEvent[] = ['edit', 'submit', 'withdraw', 'request-changes', 'approve', 'lapse'];

describe('item state machine', () => {
  it('follows the documented path', () => {
    let s = nextStatus('not-started', 'edit');
    expect(s).toEqual({ ok: true, status: 'in-progress' });
    expect(nextStatus('in-progress', 'submit')).toEqual({ ok: true, status: 'ready-for-review' });
    expect(nextStatus('ready-for-review', 'request-changes')).toEqual({ ok: true, status: 'changes-requested' });
    expect(nextStatus('changes-requested', 'submit')).toEqual({ ok: true, status: 'ready-for-review' });
    expect(nextStatus('ready-for-review', 'approve')).toEqual({ ok: true, status: 'approved' });
    expect(nextStatus('approved', 'edit')).toEqual({ ok: true, status: 'ready-for-review' });
    s = nextStatus('approved', 'lapse');
    expect(s).toEqual({ ok: true, status: 'ready-for-review' });
  });

  it('only approves from ready for review, and nothing but an edit or lapse leaves approved', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ITEM_STATUSES), fc.constantFrom(...EVENTS), (from, event) => {
        const r = nextStatus(from, event);
        expect(r.ok).toBe(canTransition(from, event));
        if (r.ok && r.status === 'approved') expect([from, event]).toEqual(['ready-for-review', 'approve']);
        if (from === 'approved' && r.ok) expect(['edit', 'lapse']).toContain(event);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
      }),
    );
  });
});

describe('maker-checker rule', () => {
  const item = { preparerId: 'p', contributors: ['p', 'e', 'f'] };
  it('refuses by role, membership, preparer and every contributor, and allows an independent member', () => {
    expect(approvalBlocker({ id: 'a', role: 'admin' }, OUTSIDER, item)).toMatch(/reviewer or counsel/);
    expect(approvalBlocker({ id: 'a', role: 'admin' }, MEMBER, item)).toMatch(/reviewer or counsel/);
    expect(approvalBlocker({ id: 'u', role: 'auditor' }, MEMBER, item)).toMatch(/reviewer or counsel/);
    expect(approvalBlocker({ id: 'r', role: 'reviewer' }, OUTSIDER, item)).toMatch(/member/);
    expect(approvalBlocker({ id: 'p', role: 'counsel' }, MEMBER, item)).toMatch(/prepared/);
    expect(approvalBlocker({ id: 'e', role: 'reviewer' }, MEMBER, item)).toMatch(/You contributed/);
    // Not only the last editor: an earlier contributor is refused too (the hand-off).
    expect(approvalBlocker({ id: 'f', role: 'counsel' }, MEMBER, { preparerId: 'x', contributors: ['f', 'x'] })).toMatch(/You contributed/);
    // An administrator who is a contributor and a member is still refused (no override).
    expect(approvalBlocker({ id: 'e', role: 'admin' }, MEMBER, item)).not.toBeNull();
    expect(approvalBlocker({ id: 'r', role: 'reviewer' }, MEMBER, item)).toBeNull();
    expect(approvalBlocker({ id: 'c', role: 'counsel' }, MEMBER, item)).toBeNull();
  });

  it('adds a contributor once, keeping the order of first contribution', () => {
    expect(withContributor([], 'a')).toEqual(['a']);
    expect(withContributor(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(withContributor(['a'], 'b')).toEqual(['a', 'b']);
  });
});
