import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistItems, checklists, checklistTemplates, checklistTemplateVersions, reviews } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { ValidationError } from '@/lib/core/errors';
import { createChecklistSchema, type CreateChecklistInput } from './schemas';

/**
 * A checklist on a case from the current version of a template. The items are copied, so a later
 * template edit never changes a checklist already made; the version used is recorded.
 */
export async function createChecklist(opts: { actor: SessionUser; caseId: string; input: CreateChecklistInput }) {
  const { actor, caseId } = opts;
  const data = createChecklistSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [tpl] = await tx
      .select({ id: checklistTemplates.id, versionId: checklistTemplateVersions.id, number: checklistTemplateVersions.number, name: checklistTemplateVersions.name, items: checklistTemplateVersions.items })
      .from(checklistTemplates)
      .innerJoin(checklistTemplateVersions, and(eq(checklistTemplateVersions.templateId, checklistTemplates.id), eq(checklistTemplateVersions.number, checklistTemplates.currentVersion)))
      .where(eq(checklistTemplates.id, data.templateId));
    if (!tpl) throw new ValidationError('Choose a template.', { templateId: 'That template does not exist.' });
    // A review of another case would tie this checklist to a matter behind another wall (the
    // database's foreign key on (case_id, review_id) refuses it too; this says so in words).
    if (data.reviewId) {
      const [review] = await tx.select({ id: reviews.id }).from(reviews).where(and(eq(reviews.id, data.reviewId), eq(reviews.caseId, caseId)));
      if (!review) throw new ValidationError('Choose a review of this case.', { reviewId: 'That review is not part of this case.' });
    }
    const name = data.name || tpl.name;
    const [list] = await tx
      .insert(checklists)
      .values({ caseId, reviewId: data.reviewId, templateId: tpl.id, templateVersionId: tpl.versionId, templateVersionNumber: tpl.number, name, createdBy: actor.id, updatedBy: actor.id })
      .returning({ id: checklists.id });
    if (tpl.items.length) {
      await tx.insert(checklistItems).values(
        tpl.items.map((it, position) => ({
          checklistId: list.id,
          caseId,
          position,
          section: it.section,
          title: it.title,
          guidance: it.guidance,
          reference: it.reference,
          createdBy: actor.id,
          updatedBy: actor.id,
        })),
      );
    }
    await recordAudit(tx, actor, {
      action: 'checklist.create',
      entityType: 'checklist',
      entityId: list.id,
      caseId,
      changes: { name, templateId: tpl.id, templateVersion: tpl.number, reviewId: data.reviewId, items: tpl.items.length },
    });
    return { id: list.id };
  });
}
