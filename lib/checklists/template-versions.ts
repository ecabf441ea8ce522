import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistTemplates, checklistTemplateVersions, users } from '@/db/schema';
import { NotFoundError } from '@/lib/core/errors';
import { compareTemplateItems } from './template-diff';
import { requireTemplateAdmin } from './templates';
import { type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';

async function versionsOf(templateId: string, numbers: number[]) {
  if (!isUuid(templateId) || numbers.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new NotFoundError('This template version');
  const db = await getDb();
  const [tpl] = await db.select({ id: checklistTemplates.id, name: checklistTemplates.name, currentVersion: checklistTemplates.currentVersion }).from(checklistTemplates).where(eq(checklistTemplates.id, templateId));
  if (!tpl) throw new NotFoundError('This template');
  const rows = await db
    .select({ number: checklistTemplateVersions.number, name: checklistTemplateVersions.name, description: checklistTemplateVersions.description, note: checklistTemplateVersions.note, items: checklistTemplateVersions.items, createdAt: checklistTemplateVersions.createdAt, createdByName: users.name })
    .from(checklistTemplateVersions)
    .leftJoin(users, eq(users.id, checklistTemplateVersions.createdBy))
    .where(and(eq(checklistTemplateVersions.templateId, tpl.id), inArray(checklistTemplateVersions.number, numbers)));
  const pick = (n: number) => {
    const v = rows.find((r) => r.number === n);
    if (!v) throw new NotFoundError(`Version ${n} of this template`);
    return { ...v, createdByName: v.createdByName ?? 'reference seed' };
  };
  return { template: tpl, pick };
}

/** One version of a template exactly as it was saved (versions are immutable). */
export async function getTemplateVersion(opts: { actor: SessionUser; templateId: string; number: number }) {
  requireTemplateAdmin(opts.actor);
  const { template, pick } = await versionsOf(opts.templateId, [opts.number]);
  return { template, version: pick(opts.number) };
}

/** Two versions side by side: items added, removed and changed (with the fields that changed). */
export async function compareTemplateVersions(opts: { actor: SessionUser; templateId: string; from: number; to: number }) {
  requireTemplateAdmin(opts.actor);
  const { template, pick } = await versionsOf(opts.templateId, [opts.from, opts.to]);
  const from = pick(opts.from);
  const to = pick(opts.to);
  const c = compareTemplateItems(from.items, to.items);
  return {
    template,
    from: { number: from.number, name: from.name, note: from.note, createdAt: from.createdAt, createdByName: from.createdByName, itemCount: from.items.length },
    to: { number: to.number, name: to.name, note: to.note, createdAt: to.createdAt, createdByName: to.createdByName, itemCount: to.items.length },
    renamed: from.name !== to.name ? { before: from.name, after: to.name } : null,
    added: c.added,
    removed: c.removed,
    changed: c.changed,
    unchanged: c.unchanged.length,
  };
}
