import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffApproval, diffText } from '@/lib/checklists/approval-diff';

const join = (parts: { op: string; text: string }[], keep: string) => parts.filter((p) => p.op === 'same' || p.op === keep).map((p) => p.text).join('');

describe('approval diff', () => {
  it('rebuilds both texts exactly from the parts (same + removed = before, same + added = after)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const parts = diffText(a, b);
        expect(join(parts, 'removed')).toBe(a);
        expect(join(parts, 'added')).toBe(b);
      }),
    );
  });

  it('shows a changed word as removed then added, and keeps the rest', () => {
    expect(diffText('Turnover EUR 4.1bn in 2025.', 'Turnover EUR 4.3bn in 2025.')).toEqual([
      { op: 'same', text: 'Turnover EUR ' },
      { op: 'removed', text: '4.1bn' },
      { op: 'added', text: '4.3bn' },
      { op: 'same', text: ' in 2025.' },
    ]);
  });

  it('lists evidence added, removed and revised by name, and applicability', () => {
    const base = { title: 'T', answer: 'A', notApplicable: false, naReason: '' };
    const d = diffApproval(
      { ...base, evidence: [{ fileId: '1', fileName: 'Deck.pdf', revision: 1, sha256: 'a' }, { fileId: '2', fileName: 'old.csv', revision: 3, sha256: 'b' }] },
      { ...base, notApplicable: true, naReason: 'No EU nexus', evidence: [{ fileId: '3', fileName: 'deck.pdf', revision: 2, sha256: 'c' }, { fileId: '4', fileName: 'new.txt', revision: 1, sha256: 'd' }] },
    );
    expect(d.changed).toBe(true);
    expect(d.answer).toBeNull();
    expect(d.notApplicable).toEqual({ approved: 'Applicable', now: 'Not applicable: No EU nexus' });
    expect(d.evidence.map((e) => [e.fileName, e.change])).toEqual([
      ['deck.pdf', 'revised'],
      ['new.txt', 'added'],
      ['old.csv', 'removed'],
    ]);
    expect(diffApproval({ ...base, evidence: [] }, { ...base, evidence: [] }).changed).toBe(false);
  });
});
