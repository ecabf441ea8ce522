import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklists, checklistTemplates, users } from '@/db/schema';
import { can, requireCaseAbility, type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import { NotFoundError } from '@/lib/core/errors';
import { selectItemRows } from './list-items';
import { todayIso } from '@/lib/core/dates';
import { isOverdue, progressBySection } from './progress';
import type { ItemFilter } from './schemas';

/** One checklist: its items (filtered), progress overall and per section (always over all items). */
export async function getChecklist(opts: { actor: SessionUser; caseId: string; checklistId: string; filter?: ItemFilter }) {
  const { actor, caseId, checklistId, filter = 'all' } = opts;
  const db = await getDb();
  const access = await requireCaseAbility(db, actor, caseId, 'read');
  if (!isUuid(checklistId)) throw new NotFoundError('This checklist');
  const [list] = await db
    .select({
      id: checklists.id,
      name: checklists.name,
      reviewId: checklists.reviewId,
      templateName: checklistTemplates.name,
      templateVersionNumber: checklists.templateVersionNumber,
      latestTemplateVersion: checklistTemplates.currentVersion,
      createdAt: checklists.createdAt,
      createdByName: users.name,
    })
    .from(checklists)
    .innerJoin(users, eq(users.id, checklists.createdBy))
    .leftJoin(checklistTemplates, eq(checklistTemplates.id, checklists.templateId))
    .where(and(eq(checklists.id, checklistId), eq(checklists.caseId, caseId)));
  if (!list) throw new NotFoundError('This checklist');
  const all = await selectItemRows(db, actor, { caseId, checklistId, filter: 'all' });
  const shown = filter === 'all' ? all : await selectItemRows(db, actor, { caseId, checklistId, filter });
  const today = todayIso();
  const progress = progressBySection(all);
  return {
    checklist: list,
    items: shown.map((i) => ({ ...i, overdue: isOverdue(i, today) })),
    progress: progress.overall,
    sections: progress.sections,
    canEdit: can(actor, 'edit', access),
  };
}
