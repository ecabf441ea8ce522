import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistTemplates, checklistTemplateVersions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { templateSchema, updateTemplateSchema, type TemplateInput } from './schemas';
import { requireTemplateAdmin } from './templates';

function keyOf(name: string) {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return base || 'template';
}

/** A new template, version 1. */
export async function createTemplate(opts: { actor: SessionUser; input: TemplateInput }) {
  const { actor } = opts;
  requireTemplateAdmin(actor);
  const data = templateSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    let key = keyOf(data.name);
    const [clash] = await tx.select({ id: checklistTemplates.id }).from(checklistTemplates).where(eq(checklistTemplates.key, key));
    if (clash) key = `${key}-${Date.now().toString(36)}`;
    const [tpl] = await tx.insert(checklistTemplates).values({ key, name: data.name, description: data.description, currentVersion: 1, updatedBy: actor.id }).returning({ id: checklistTemplates.id });
    await tx.insert(checklistTemplateVersions).values({ templateId: tpl.id, number: 1, name: data.name, description: data.description, items: data.items, note: data.note || 'Created', createdBy: actor.id });
    await recordAudit(tx, actor, { action: 'template.create', entityType: 'checklist_template', entityId: tpl.id, changes: { key, name: data.name, version: 1, items: data.items.length } });
    return { id: tpl.id };
  });
}

/**
 * Editing a template adds a version and makes it current. Checklists already created keep the
 * version they were copied from: nothing here touches them.
 */
export async function updateTemplate(opts: { actor: SessionUser; input: TemplateInput & { templateId: string; version: number } }) {
  const { actor } = opts;
  requireTemplateAdmin(actor);
  const data = updateTemplateSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(checklistTemplates).where(eq(checklistTemplates.id, data.templateId)).for('update');
    if (!before) throw new NotFoundError('This template');
    if (before.version !== data.version) {
      const [who] = before.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, before.updatedBy)) : [];
      throw new ConflictError({ changedBy: who?.name ?? 'another administrator', changedAt: before.updatedAt.toISOString(), currentVersion: before.version, current: { name: before.name, currentVersion: `version ${before.currentVersion}` } });
    }
    const [prev] = await tx
      .select({ items: checklistTemplateVersions.items, name: checklistTemplateVersions.name, description: checklistTemplateVersions.description })
      .from(checklistTemplateVersions)
      .where(and(eq(checklistTemplateVersions.templateId, before.id), eq(checklistTemplateVersions.number, before.currentVersion)));
    if (prev && JSON.stringify([prev.name, prev.description, prev.items]) === JSON.stringify([data.name, data.description, data.items])) {
      throw new ValidationError('Nothing changed, so no new version was made.');
    }
    const number = before.currentVersion + 1;
    await tx.insert(checklistTemplateVersions).values({ templateId: before.id, number, name: data.name, description: data.description, items: data.items, note: data.note, createdBy: actor.id });
    const [row] = await tx
      .update(checklistTemplates)
      .set({ name: data.name, description: data.description, currentVersion: number, updatedBy: actor.id, updatedAt: new Date(), version: before.version + 1 })
      .where(and(eq(checklistTemplates.id, before.id), eq(checklistTemplates.version, data.version)))
      .returning({ version: checklistTemplates.version });
    await recordAudit(tx, actor, {
      action: 'template.new-version',
      entityType: 'checklist_template',
      entityId: before.id,
      changes: { version: { before: before.currentVersion, after: number }, name: data.name, items: { before: prev?.items.length ?? 0, after: data.items.length }, note: data.note },
    });
    return { version: row.version, templateVersion: number };
  });
}
