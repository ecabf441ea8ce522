import type { TemplateItem } from './schemas';

/*
 * Template items carry no id of their own: an item is the same item in two versions when its
 * section and title match (ignoring case and spacing), or failing that when its title alone matches
 * one unpaired item on each side (the item moved to another section). A renamed item reads as one
 * removed and one added — which is what a lawyer sees too: a differently worded question.
 */

export const TEMPLATE_FIELDS = ['section', 'title', 'guidance', 'reference'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];
type Fields = Pick<TemplateItem, TemplateField>;

export interface TemplateChange<A extends Fields = Fields, B extends Fields = Fields> {
  before: A;
  after: B;
  fields: TemplateField[];
}

export interface TemplateComparison<A extends Fields = Fields, B extends Fields = Fields> {
  unchanged: { before: A; after: B }[];
  changed: TemplateChange<A, B>[];
  added: B[];
  removed: A[];
  /** For each item of `after`, in order, the item of `before` it continues (null when added). */
  continues: (A | null)[];
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

export function compareTemplateItems<A extends Fields, B extends Fields>(before: readonly A[], after: readonly B[]): TemplateComparison<A, B> {
  const pairOf = new Map<number, number>(); // after index -> before index
  const taken = new Set<number>();
  const pass = (keyOf: (i: Fields) => string, unique: boolean) => {
    const queues = new Map<string, number[]>();
    before.forEach((b, i) => {
      if (taken.has(i)) return;
      const k = keyOf(b);
      queues.set(k, [...(queues.get(k) ?? []), i]);
    });
    const wanted = new Map<string, number>();
    if (unique) after.forEach((a, j) => !pairOf.has(j) && wanted.set(keyOf(a), (wanted.get(keyOf(a)) ?? 0) + 1));
    after.forEach((a, j) => {
      if (pairOf.has(j)) return;
      const k = keyOf(a);
      const q = queues.get(k);
      if (!q?.length || (unique && (q.length !== 1 || wanted.get(k) !== 1))) return;
      const i = q.shift()!;
      pairOf.set(j, i);
      taken.add(i);
    });
  };
  pass((i) => `${norm(i.section)}\u0000${norm(i.title)}`, false);
  pass((i) => norm(i.title), true);

  const out: TemplateComparison<A, B> = { unchanged: [], changed: [], added: [], removed: [], continues: [] };
  after.forEach((a, j) => {
    const i = pairOf.get(j);
    if (i === undefined) {
      out.added.push(a);
      out.continues.push(null);
      return;
    }
    const b = before[i];
    out.continues.push(b);
    const fields = TEMPLATE_FIELDS.filter((f) => b[f] !== a[f]);
    if (fields.length) out.changed.push({ before: b, after: a, fields });
    else out.unchanged.push({ before: b, after: a });
  });
  before.forEach((b, i) => !taken.has(i) && out.removed.push(b));
  return out;
}

export const TEMPLATE_FIELD_LABELS: Record<TemplateField, string> = { section: 'Section', title: 'Title', guidance: 'Guidance', reference: 'Reference' };
