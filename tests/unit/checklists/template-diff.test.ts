import { describe, expect, it } from 'vitest';
import { compareTemplateItems } from '@/lib/checklists/template-diff';

const item = (section: string, title: string, guidance = '', reference = '') => ({ section, title, guidance, reference });

describe('comparing two template versions', () => {
  it('names items added, removed and changed (with the fields), and pairs the rest as unchanged', () => {
    const v1 = [item('Parties', 'Acquiring person'), item('Parties', 'Acquired entity', 'Legal name'), item('Fees', 'Filing fee'), item('Docs', 'Item 4(c) documents', '', '4(c)')];
    const v2 = [item('Parties', 'Acquiring person'), item('Parties', 'Acquired entity', 'Legal name and address'), item('Documents', 'Item 4(c) documents', '', '4(c)'), item('Docs', 'Item 4(d) documents')];
    const c = compareTemplateItems(v1, v2);
    expect(c.unchanged.map((u) => u.after.title)).toEqual(['Acquiring person']);
    expect(c.changed.map((x) => [x.after.title, x.fields])).toEqual([
      ['Acquired entity', ['guidance']],
      // Moved to another section: still the same item, its section changed.
      ['Item 4(c) documents', ['section']],
    ]);
    expect(c.added.map((a) => a.title)).toEqual(['Item 4(d) documents']);
    expect(c.removed.map((r) => r.title)).toEqual(['Filing fee']);
    expect(c.continues.map((x) => x?.title ?? null)).toEqual(['Acquiring person', 'Acquired entity', 'Item 4(c) documents', null]);
  });

  it('matches case and spacing loosely but reports the re-wording; a renamed item is removed + added', () => {
    const c = compareTemplateItems([item('A', 'Board  minutes'), item('A', 'Old name')], [item('a', 'Board minutes'), item('A', 'New name')]);
    expect(c.changed.map((x) => x.fields)).toEqual([['section', 'title']]);
    expect(c.added.map((a) => a.title)).toEqual(['New name']);
    expect(c.removed.map((r) => r.title)).toEqual(['Old name']);
  });

  it('pairs repeated titles in order, and does not guess when a moved title is ambiguous', () => {
    const c = compareTemplateItems([item('A', 'Other'), item('B', 'Other')], [item('A', 'Other'), item('B', 'Other'), item('C', 'Other')]);
    expect(c.unchanged).toHaveLength(2);
    expect(c.added.map((a) => a.section)).toEqual(['C']);
    const ambiguous = compareTemplateItems([item('A', 'Other'), item('B', 'Other')], [item('C', 'Other'), item('D', 'Other')]);
    expect([ambiguous.changed.length, ambiguous.added.length, ambiguous.removed.length]).toEqual([0, 2, 2]);
  });

  it('finds nothing to report between a version and itself, and every item accounted for once', () => {
    const v = [item('A', 'x'), item('A', 'y', 'g'), item('B', 'x')];
    const same = compareTemplateItems(v, v.map((i) => ({ ...i })));
    expect([same.changed, same.added, same.removed]).toEqual([[], [], []]);
    const c = compareTemplateItems(v, [item('B', 'x'), item('C', 'z')]);
    expect(c.unchanged.length + c.changed.length + c.removed.length).toBe(3);
    expect(c.unchanged.length + c.changed.length + c.added.length).toBe(2);
  });
});
