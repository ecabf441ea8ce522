import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMentions, matchMembers, mentionQueryAt } from '@/lib/checklists/mentions';
import { safeHref, segmentText } from '@/lib/checklists/rich-text';
import { itemContentHash } from '@/lib/checklists/content-hash';
import { isOverdue, progressBySection } from '@/lib/checklists/progress';

const members = [
  { id: '1', name: 'Ann' },
  { id: '2', name: 'Ann Lee' },
  { id: '3', name: 'Rafael Reviewer' },
];

describe('mentions', () => {
  it('matches full names case-insensitively, longest first, at word ends', () => {
    expect(findMentions('cc @Ann Lee and @rafael reviewer.', members).sort()).toEqual(['2', '3']);
    expect(findMentions('@Ann, please', members)).toEqual(['1']);
    expect(findMentions('@Annabel is not a member', members)).toEqual([]);
    expect(findMentions('mail ann@example.com', members)).toEqual([]);
  });

  it('finds the query being typed and the members it matches', () => {
    expect(mentionQueryAt('Hello @Raf', 10)).toEqual({ query: 'Raf', start: 6 });
    expect(mentionQueryAt('x@y', 3)).toBeNull();
    expect(mentionQueryAt('no mention', 10)).toBeNull();
    expect(matchMembers(members, 'lee').map((m) => m.id)).toEqual(['2']);
    expect(matchMembers(members, '').length).toBe(3);
  });
});

describe('rich text', () => {
  it('keeps markup as text and links only http(s)', () => {
    const segs = segmentText('<b>hi</b> see https://example.com/a?b=1. and javascript:alert(1)\nnext @Ann');
    expect(segs[0]).toEqual({ kind: 'text', text: '<b>hi</b> see ' });
    expect(segs[1]).toEqual({ kind: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' });
    expect(segs.some((s) => s.kind === 'link' && s.href.startsWith('javascript'))).toBe(false);
    expect(segs.filter((s) => s.kind === 'break')).toHaveLength(1);
    expect(segmentText('hi @Ann', members).at(-1)).toEqual({ kind: 'mention', text: '@Ann' });
    expect(safeHref('http://')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
  });

  it('never loses or adds text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const joined = segmentText(s, members)
          .map((x) => (x.kind === 'break' ? '\n' : x.text))
          .join('');
        expect(joined).toBe(s.replace(/\r\n/g, '\n'));
      }),
    );
  });
});

describe('content hash and progress', () => {
  const base = { title: 'T', answer: 'A', notApplicable: false, naReason: '', evidence: [{ fileName: 'a.pdf', sha256: '1' }, { fileName: 'b.pdf', sha256: '2' }] };
  it('is independent of evidence order and changes with any content', () => {
    const h = itemContentHash(base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(itemContentHash({ ...base, evidence: [...base.evidence].reverse() })).toBe(h);
    for (const changed of [{ title: 'T2' }, { answer: 'A ' }, { notApplicable: true, naReason: 'x' }, { evidence: [{ fileName: 'a.pdf', sha256: '3' }] }]) {
      expect(itemContentHash({ ...base, ...changed })).not.toBe(h);
    }
  });

  it('counts approved over total per section, and overdue only for unapproved items', () => {
    const p = progressBySection([
      { section: 'A', status: 'approved' },
      { section: 'B', status: 'in-progress' },
      { section: 'A', status: 'ready-for-review' },
    ]);
    expect(p.overall).toEqual({ approved: 1, total: 3 });
    expect(p.sections).toEqual([{ section: 'A', approved: 1, total: 2 }, { section: 'B', approved: 0, total: 1 }]);
    expect(isOverdue({ dueDate: '2026-01-01', status: 'in-progress' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ dueDate: '2026-01-02', status: 'in-progress' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ dueDate: '2026-01-01', status: 'approved' }, '2026-01-02')).toBe(false);
  });
});
