import { and, eq, gt, max, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistItems, checklists } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { NotFoundError } from '@/lib/core/errors';
import { customItemSchema, type CustomItemInput } from './schemas';

/** Counsel adds an item the template lacks: at the end of its section, or in a new section at the end. */
export async function addCustomItem(opts: { actor: SessionUser; caseId: string; input: CustomItemInput }) {
  const { actor, caseId } = opts;
  const data = customItemSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [list] = await tx.select({ id: checklists.id }).from(checklists).where(and(eq(checklists.id, data.checklistId), eq(checklists.caseId, caseId))).for('update');
    if (!list) throw new NotFoundError('This checklist');
    const [inSection] = await tx.select({ last: max(checklistItems.position) }).from(checklistItems).where(and(eq(checklistItems.checklistId, list.id), eq(checklistItems.section, data.section)));
    const [overall] = await tx.select({ last: max(checklistItems.position) }).from(checklistItems).where(eq(checklistItems.checklistId, list.id));
    const position = (inSection?.last ?? overall?.last ?? -1) + 1;
    await tx
      .update(checklistItems)
      .set({ position: sql`${checklistItems.position} + 1` })
      .where(and(eq(checklistItems.checklistId, list.id), gt(checklistItems.position, position - 1)));
    const values = { section: data.section, title: data.title, guidance: data.guidance, reference: data.reference };
    const [row] = await tx
      .insert(checklistItems)
      .values({ ...values, checklistId: list.id, caseId, position, isCustom: true, contributors: [actor.id], createdBy: actor.id, updatedBy: actor.id })
      .returning({ id: checklistItems.id });
    await recordAudit(tx, actor, { action: 'checklist-item.create', entityType: 'checklist_item', entityId: row.id, caseId, changes: { ...values, checklistId: list.id, custom: true } });
    return { id: row.id };
  });
}
