import { sha256Hex } from '@/lib/audit/canonical';
import type { TemplateItem } from './schemas';
import { compareTemplateItems, type TemplateChange } from './template-diff';

/** The fields of a checklist item the plan reads. */
export interface PlanItem {
  id: string;
  position: number;
  section: string;
  title: string;
  guidance: string;
  reference: string;
  isCustom: boolean;
  removedFromTemplateVersion: number | null;
}

/**
 * What adopting a template version does to a checklist, decided before anything is written (the
 * page shows exactly this, and the verb carries it out):
 * - items the new version has and the checklist lacks are added, in the template's order;
 * - items unchanged keep everything: answer, evidence, assignment, approval;
 * - items whose section, title, guidance or reference changed take the new wording; an approval in
 *   force lapses ("template changed"), since the reviewer signed off against other instructions;
 * - items the new version dropped are KEPT and marked "not in template vN": their answers, evidence
 *   and sign-off are part of the case record and its audit trail, so adoption never deletes them;
 *   counsel decides what to do with them like any other item;
 * - custom items are the case's own and are not compared.
 * Kept items stay after the item they followed, so a section reads as it did.
 */
export function planAdoption<I extends PlanItem>(items: readonly I[], target: readonly TemplateItem[]) {
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const fromTemplate = ordered.filter((i) => !i.isCustom && i.removedFromTemplateVersion === null);
  const cmp = compareTemplateItems(fromTemplate, target);
  const changed: TemplateChange<I, TemplateItem>[] = cmp.changed;
  const removed = new Set(cmp.removed.map((i) => i.id));

  // The new order: the template's, then every item it does not place, right after its predecessor.
  type Slot = { item: I } | { added: TemplateItem };
  const slots: Slot[] = target.map((t, j) => (cmp.continues[j] ? { item: cmp.continues[j]! } : { added: t }));
  const placed = new Set(cmp.continues.filter((x): x is I => !!x).map((x) => x.id));
  ordered.forEach((it, k) => {
    if (placed.has(it.id)) return;
    const prev = k > 0 ? ordered[k - 1].id : null;
    const at = prev === null ? -1 : slots.findIndex((s) => 'item' in s && s.item.id === prev);
    slots.splice(at + 1, 0, { item: it });
    placed.add(it.id);
  });
  return {
    unchanged: cmp.unchanged.map((u) => u.before),
    changed,
    added: cmp.added,
    removed: cmp.removed,
    order: slots,
    isRemoved: (id: string) => removed.has(id),
  };
}

/**
 * A fingerprint of every item's versions: the adoption is refused when any item changed after the
 * person reviewed what adopting would do.
 */
export function itemsStamp(items: readonly { id: string; version: number; assignmentVersion: number; status: string }[]) {
  const parts = [...items].sort((a, b) => (a.id < b.id ? -1 : 1)).map((i) => `${i.id}:${i.version}:${i.assignmentVersion}:${i.status}`);
  return sha256Hex(parts.join('\n'));
}
