import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistItems } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser, withContributor } from '@/lib/access';
import { hashOfItem, itemConflict, lapseApproval, loadItem } from './item-store';
import { saveItemContentSchema, type ItemContentInput } from './schemas';
import { nextStatus } from './state-machine';

/**
 * Saves an item's answer (and, for custom items, its title) or marks it not applicable with a
 * reason, over the version the user opened. A change to an approved item makes the approval lapse.
 */
export async function saveItemContent(opts: { actor: SessionUser; caseId: string; input: ItemContentInput & { itemId: string; version: number } }) {
  const { actor, caseId } = opts;
  const data = saveItemContentSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const before = await loadItem(tx, caseId, data.itemId, { lock: true });
    const values = {
      title: before.isCustom && data.title ? data.title : before.title,
      answer: data.answer,
      notApplicable: data.notApplicable,
      naReason: data.notApplicable ? data.naReason : '',
    };
    const changes = diffFields(before, values);
    if (Object.keys(changes).length === 0) return { version: before.version, status: before.status, changed: false, lapsed: false };
    if (before.version !== data.version) throw await itemConflict(tx, before, 'content');
    const move = nextStatus(before.status, 'edit');
    const status = move.ok ? move.status : before.status;
    const now = new Date();
    const [row] = await tx
      .update(checklistItems)
      .set({
        ...values,
        status,
        // Whoever first works on an unassigned item becomes its preparer.
        preparerId: before.preparerId ?? actor.id,
        lastEditedBy: actor.id,
        lastEditedAt: now,
        contributors: withContributor(before.contributors, actor.id),
        updatedBy: actor.id,
        updatedAt: now,
        version: before.version + 1,
      })
      .where(and(eq(checklistItems.id, before.id), eq(checklistItems.version, data.version)))
      .returning({ version: checklistItems.version });
    if (!row) throw await itemConflict(tx, before, 'content');
    await recordAudit(tx, actor, {
      action: 'checklist-item.update',
      entityType: 'checklist_item',
      entityId: before.id,
      caseId,
      changes: { ...changes, ...(status !== before.status ? { status: { before: before.status, after: status } } : {}), ...(before.preparerId ? {} : { preparerId: { before: null, after: actor.id } }) },
    });
    let lapsed = false;
    if (before.status === 'approved') {
      const newHash = await hashOfItem(tx, { id: before.id, ...values });
      lapsed = await lapseApproval(tx, actor, { id: before.id, caseId, title: values.title }, `content changed (${Object.keys(changes).join(', ')})`, newHash);
    }
    return { version: row.version, status, changed: true, lapsed };
  });
}
