import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistApprovals, checklistItems, checklists, checklistTemplates, checklistTemplateVersions, users } from '@/db/schema';
import { NotFoundError } from '@/lib/core/errors';
import { itemsStamp, planAdoption } from './adoption-plan';
import { can, type SessionUser, requireCaseAbility } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';

/**
 * What adopting the template's current version would do to this checklist, item by item, with the
 * approvals that would lapse, and the stamps the adoption must be made over (see adoptTemplate).
 */
export async function getAdoptionPreview(opts: { actor: SessionUser; caseId: string; checklistId: string }) {
  const { actor, caseId, checklistId } = opts;
  const db = await getDb();
  const access = await requireCaseAbility(db, actor, caseId, 'read');
  if (!isUuid(checklistId)) throw new NotFoundError('This checklist');
  const [list] = await db
    .select({ id: checklists.id, name: checklists.name, version: checklists.version, templateId: checklists.templateId, from: checklists.templateVersionNumber, templateName: checklistTemplates.name, latest: checklistTemplates.currentVersion })
    .from(checklists)
    .leftJoin(checklistTemplates, eq(checklistTemplates.id, checklists.templateId))
    .where(and(eq(checklists.id, checklistId), eq(checklists.caseId, caseId)));
  if (!list) throw new NotFoundError('This checklist');
  const base = { checklist: { id: list.id, name: list.name, version: list.version, templateName: list.templateName, fromVersion: list.from }, canAdopt: can(actor, 'edit', access) };
  const nothing = { target: null, itemsStamp: null, unchanged: 0, added: [], changed: [], removed: [] };
  if (!list.templateId || list.from === null || list.latest === null || list.latest <= list.from) return { ...base, ...nothing };
  const [target] = await db
    .select({ number: checklistTemplateVersions.number, note: checklistTemplateVersions.note, items: checklistTemplateVersions.items, createdAt: checklistTemplateVersions.createdAt })
    .from(checklistTemplateVersions)
    .where(and(eq(checklistTemplateVersions.templateId, list.templateId), eq(checklistTemplateVersions.number, list.latest)));
  const items = await db.select().from(checklistItems).where(eq(checklistItems.checklistId, list.id)).orderBy(asc(checklistItems.position));
  const plan = planAdoption(items, target.items);
  const changedIds = plan.changed.map((c) => c.before.id);
  const approvals = changedIds.length
    ? await db
        .select({ itemId: checklistApprovals.itemId, approvedAt: checklistApprovals.approvedAt, approverName: users.name })
        .from(checklistApprovals)
        .innerJoin(users, eq(users.id, checklistApprovals.approvedBy))
        .where(and(inArray(checklistApprovals.itemId, changedIds), isNull(checklistApprovals.lapsedAt)))
    : [];
  const approvalOf = (id: string) => approvals.find((a) => a.itemId === id) ?? null;
  const fields = (i: { section: string; title: string; guidance: string; reference: string }) => ({ section: i.section, title: i.title, guidance: i.guidance, reference: i.reference });
  return {
    ...base,
    target: { number: target.number, note: target.note, createdAt: target.createdAt },
    itemsStamp: itemsStamp(items),
    unchanged: plan.unchanged.length,
    added: plan.added.map(fields),
    changed: plan.changed.map((c) => ({ id: c.before.id, before: fields(c.before), after: fields(c.after), fields: c.fields, approval: approvalOf(c.before.id) })),
    removed: plan.removed.map((i) => ({ id: i.id, ...fields(i), status: i.status, hasAnswer: i.answer.length > 0 || i.notApplicable })),
  };
}
