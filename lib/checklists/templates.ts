import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistTemplates, checklistTemplateVersions, users } from '@/db/schema';
import { canGlobal, type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import { ForbiddenError, NotFoundError } from '@/lib/core/errors';

export function requireTemplateAdmin(actor: SessionUser) {
  if (!canGlobal(actor, 'manage-catalogues')) throw new ForbiddenError('Only an administrator can manage checklist templates.');
}

/** Templates with their current version, for counsel choosing one and admins managing them. */
export async function listTemplates(opts: { actor: SessionUser }) {
  void opts.actor; // every signed-in user may see the catalogue; it holds no case data
  const db = await getDb();
  const rows = await db
    .select({
      id: checklistTemplates.id,
      key: checklistTemplates.key,
      name: checklistTemplates.name,
      description: checklistTemplates.description,
      currentVersion: checklistTemplates.currentVersion,
      updatedAt: checklistTemplates.updatedAt,
      items: checklistTemplateVersions.items,
    })
    .from(checklistTemplates)
    .innerJoin(checklistTemplateVersions, and(eq(checklistTemplateVersions.templateId, checklistTemplates.id), eq(checklistTemplateVersions.number, checklistTemplates.currentVersion)))
    .orderBy(asc(checklistTemplates.name));
  return rows.map(({ items, ...r }) => ({ ...r, itemCount: items.length, sectionCount: new Set(items.map((i) => i.section)).size }));
}

/** One template for the admin editor: its current content and the history of versions. */
export async function getTemplate(opts: { actor: SessionUser; templateId: string }) {
  requireTemplateAdmin(opts.actor);
  if (!isUuid(opts.templateId)) throw new NotFoundError('This template');
  const db = await getDb();
  const [tpl] = await db.select().from(checklistTemplates).where(eq(checklistTemplates.id, opts.templateId));
  if (!tpl) throw new NotFoundError('This template');
  const versions = await db
    .select({ id: checklistTemplateVersions.id, number: checklistTemplateVersions.number, name: checklistTemplateVersions.name, note: checklistTemplateVersions.note, items: checklistTemplateVersions.items, createdAt: checklistTemplateVersions.createdAt, createdByName: users.name })
    .from(checklistTemplateVersions)
    .leftJoin(users, eq(users.id, checklistTemplateVersions.createdBy))
    .where(eq(checklistTemplateVersions.templateId, tpl.id))
    .orderBy(desc(checklistTemplateVersions.number));
  const current = versions.find((v) => v.number === tpl.currentVersion)!;
  return {
    template: { id: tpl.id, key: tpl.key, name: tpl.name, description: tpl.description, currentVersion: tpl.currentVersion, version: tpl.version, updatedAt: tpl.updatedAt },
    items: current.items,
    versions: versions.map((v) => ({ number: v.number, name: v.name, note: v.note, itemCount: v.items.length, createdAt: v.createdAt, createdByName: v.createdByName ?? 'reference seed' })),
  };
}
