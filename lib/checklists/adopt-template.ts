import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistItems, checklists, checklistTemplateVersions, users } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { itemsStamp, planAdoption } from './adoption-plan';
import { hashOfItem, lapseApproval } from './item-store';
import { adoptTemplateSchema, type AdoptTemplateInput } from './schemas';
import { nextStatus } from './state-machine';
import { type SessionUser, requireCaseAbility } from '@/lib/access';

export const TEMPLATE_CHANGED = 'template changed';

/**
 * Brings a checklist up to a newer version of its template, as planned by `planAdoption` (which
 * says what happens to added, changed and removed items). The person reviewed that plan over the
 * checklist's version and a stamp of all its items: if anyone changed either since, nothing is
 * adopted and the refusal names who and when. Items are locked for the whole adoption, so an edit
 * racing it waits, then finds the item's version moved and is refused naming the adoption.
 */
export async function adoptTemplate(opts: { actor: SessionUser; caseId: string; input: AdoptTemplateInput }) {
  const { actor, caseId } = opts;
  const data = adoptTemplateSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [list] = await tx.select().from(checklists).where(and(eq(checklists.id, data.checklistId), eq(checklists.caseId, caseId))).for('update');
    if (!list) throw new NotFoundError('This checklist');
    if (!list.templateId || list.templateVersionNumber === null) throw new ValidationError('This checklist was not made from a template.');
    if (list.version !== data.version) {
      const [who] = await tx.select({ name: users.name }).from(users).where(eq(users.id, list.updatedBy));
      throw new ConflictError({ changedBy: who?.name ?? 'another user', changedAt: list.updatedAt.toISOString(), currentVersion: list.version, current: { templateVersion: `version ${list.templateVersionNumber}` } });
    }
    if (data.toVersion <= list.templateVersionNumber) throw new ValidationError(`This checklist already uses version ${list.templateVersionNumber} of its template.`);
    const [target] = await tx
      .select()
      .from(checklistTemplateVersions)
      .where(and(eq(checklistTemplateVersions.templateId, list.templateId), eq(checklistTemplateVersions.number, data.toVersion)));
    if (!target) throw new ValidationError(`The template has no version ${data.toVersion}.`);

    // Locked in id order (as every other multi-item writer would), so two writers never deadlock.
    const items = await tx.select().from(checklistItems).where(eq(checklistItems.checklistId, list.id)).orderBy(asc(checklistItems.id)).for('update');
    if (itemsStamp(items) !== data.itemsStamp) {
      const [latest] = [...items].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
      const [who] = latest ? await tx.select({ name: users.name }).from(users).where(eq(users.id, latest.updatedBy)) : [];
      throw new ConflictError({
        changedBy: who?.name ?? 'another user',
        changedAt: (latest?.updatedAt ?? list.updatedAt).toISOString(),
        currentVersion: list.version,
        current: { item: latest?.title ?? '—', note: 'An item changed after you reviewed the adoption: review it again.' },
      });
    }

    const plan = planAdoption(items, target.items);
    const now = new Date();
    let lapsed = 0;
    for (const { before, after } of plan.changed) {
      const values = { section: after.section, title: after.title, guidance: after.guidance, reference: after.reference };
      const changes = diffFields(before, values);
      const wasApproved = before.status === 'approved';
      const move = nextStatus(before.status, 'lapse');
      const status = wasApproved && move.ok ? move.status : before.status;
      await tx
        .update(checklistItems)
        .set({ ...values, status, updatedBy: actor.id, updatedAt: now, version: before.version + 1 })
        .where(eq(checklistItems.id, before.id));
      await recordAudit(tx, actor, {
        action: 'checklist-item.adopt-template',
        entityType: 'checklist_item',
        entityId: before.id,
        caseId,
        changes: { ...changes, templateVersion: { before: list.templateVersionNumber, after: target.number }, ...(status !== before.status ? { status: { before: before.status, after: status } } : {}) },
      });
      if (wasApproved && (await lapseApproval(tx, actor, { id: before.id, caseId, title: after.title }, TEMPLATE_CHANGED, await hashOfItem(tx, { ...before, ...values })))) lapsed++;
    }
    for (const it of plan.removed) {
      await tx.update(checklistItems).set({ removedFromTemplateVersion: target.number }).where(eq(checklistItems.id, it.id));
    }
    // Positions follow the plan's order; new items are written in their place.
    const added: string[] = [];
    for (const [position, slot] of plan.order.entries()) {
      if ('item' in slot) {
        if (slot.item.position !== position) await tx.update(checklistItems).set({ position }).where(eq(checklistItems.id, slot.item.id));
        continue;
      }
      const t = slot.added;
      const [row] = await tx
        .insert(checklistItems)
        .values({ checklistId: list.id, caseId, position, section: t.section, title: t.title, guidance: t.guidance, reference: t.reference, createdBy: actor.id, updatedBy: actor.id })
        .returning({ id: checklistItems.id });
      added.push(row.id);
      await recordAudit(tx, actor, { action: 'checklist-item.create', entityType: 'checklist_item', entityId: row.id, caseId, changes: { section: t.section, title: t.title, checklistId: list.id, templateVersion: target.number } });
    }
    const [saved] = await tx
      .update(checklists)
      .set({ templateVersionId: target.id, templateVersionNumber: target.number, updatedBy: actor.id, updatedAt: now, version: list.version + 1 })
      .where(and(eq(checklists.id, list.id), eq(checklists.version, data.version)))
      .returning({ version: checklists.version });
    await recordAudit(tx, actor, {
      action: 'checklist.adopt-template',
      entityType: 'checklist',
      entityId: list.id,
      caseId,
      changes: {
        name: list.name,
        templateVersion: { before: list.templateVersionNumber, after: target.number },
        added: plan.added.map((i) => i.title),
        changed: plan.changed.map((c) => c.after.title),
        removed: plan.removed.map((i) => i.title),
        approvalsLapsed: lapsed,
      },
    });
    return { version: saved.version, added: added.length, changed: plan.changed.length, removed: plan.removed.length, lapsed };
  });
}

