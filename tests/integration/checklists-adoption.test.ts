import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { useTestDatabase } from '../fixtures/db';
import { checklistWorld, itemView, readyItem } from './checklists-setup';
import { checklistApprovals, checklistItems, checklists } from '@/db/schema';
import { adoptTemplate, TEMPLATE_CHANGED } from '@/lib/checklists/adopt-template';
import { approveItem } from '@/lib/checklists/approve-item';
import { getAdoptionPreview } from '@/lib/checklists/get-adoption';
import { saveItemContent } from '@/lib/checklists/save-item-content';
import { updateTemplate } from '@/lib/checklists/save-template';
import { compareTemplateVersions, getTemplateVersion } from '@/lib/checklists/template-versions';
import { getTemplate } from '@/lib/checklists/templates';
import { listAuditEvents } from '@/lib/audit/list-events';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';

useTestDatabase();
type World = Awaited<ReturnType<typeof checklistWorld>>;

/**
 * A new version of the checklist's template: item 0's guidance reworded, item 2 dropped, one item
 * added after item 1. (The database lives for the whole file, so versions add up across tests.)
 */
async function newVersion(w: World, added = 'Officers and directors overlap') {
  const hsr = w.templates.find((t) => t.key === 'hsr-acquiring')!;
  const t = await getTemplate({ actor: w.admin, templateId: hsr.id });
  const items = t.items.map((i) => ({ ...i }));
  items[0] = { ...items[0], guidance: `${items[0].guidance} Include the ultimate parent entity.` };
  const dropped = items.splice(2, 1)[0];
  items.splice(2, 0, { section: items[1].section, title: added, guidance: 'Interlocking directorates (Clayton Act §8).', reference: '' });
  await updateTemplate({ actor: w.admin, input: { templateId: hsr.id, version: t.template.version, name: t.template.name, description: t.template.description, items, note: 'Adds §8 overlap; drops one item' } });
  return { templateId: hsr.id, dropped, count: items.length, number: t.template.currentVersion + 1 };
}

async function approved(w: World, index: number, answer: string) {
  const { itemId } = await readyItem(w, index, answer);
  const { item } = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
  await approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: item.contentHash } });
  return itemId;
}

describe('template versions: view and compare', () => {
  it('shows any version exactly as saved, and what changed between two', async () => {
    const w = await checklistWorld();
    const { templateId, dropped } = await newVersion(w);
    const v1 = await getTemplateVersion({ actor: w.admin, templateId, number: 1 });
    expect(v1.version.items.map((i) => i.title)).toContain(dropped.title);
    const c = await compareTemplateVersions({ actor: w.admin, templateId, from: 1, to: 2 });
    expect(c.added.map((i) => i.title)).toEqual(['Officers and directors overlap']);
    expect(c.removed.map((i) => i.title)).toEqual([dropped.title]);
    expect(c.changed.map((x) => [x.after.title, x.fields])).toEqual([[w.items[0].title, ['guidance']]]);
    await expect(getTemplateVersion({ actor: w.admin, templateId, number: 3 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(compareTemplateVersions({ actor: w.preparer, templateId, from: 1, to: 2 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('adopting a newer template version into a checklist', () => {
  it('adds new items in place, keeps unchanged work, lapses approvals of changed items, keeps removed items marked; audited', async () => {
    const w = await checklistWorld();
    const keptId = await approved(w, 1, 'Unchanged item, approved.');
    const changedId = await approved(w, 0, 'Answer against the old guidance.');
    const removedId = w.items[2].id;
    await saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId: removedId, version: 0, answer: 'Work on an item v2 drops.', notApplicable: false, naReason: '' } });
    const { dropped, count, number } = await newVersion(w, 'Interlocking directorates');

    const preview = await getAdoptionPreview({ actor: w.preparer, caseId: w.caseId, checklistId: w.checklistId });
    expect(preview.target?.number).toBe(number);
    expect(preview.changed.map((c) => [c.id, c.fields, c.approval?.approverName])).toEqual([[changedId, ['guidance'], 'Rita Reviewer']]);
    expect(preview.removed.map((r) => [r.id, r.hasAnswer])).toEqual([[removedId, true]]);
    expect(preview.added.map((a) => a.title)).toEqual(['Interlocking directorates']);

    const input = { checklistId: w.checklistId, toVersion: number, version: preview.checklist.version, itemsStamp: preview.itemsStamp! };
    // Reviewers and auditors read checklists but do not restructure them; outsiders do not see them.
    await expect(adoptTemplate({ actor: w.reviewer, caseId: w.caseId, input })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(adoptTemplate({ actor: w.outsider, caseId: w.caseId, input })).rejects.toBeInstanceOf(NotFoundError);
    const done = await adoptTemplate({ actor: w.preparer, caseId: w.caseId, input });
    expect(done).toMatchObject({ added: 1, changed: 1, removed: 1, lapsed: 1 });

    const items = await w.db.select().from(checklistItems).where(eq(checklistItems.checklistId, w.checklistId)).orderBy(asc(checklistItems.position));
    expect(items.map((i) => i.position)).toEqual(items.map((_, k) => k));
    expect(items).toHaveLength(count + 1);
    // Order: v2's items, with the dropped item still after the item it followed.
    expect(items.slice(0, 4).map((i) => i.title)).toEqual([w.items[0].title, w.items[1].title, dropped.title, 'Interlocking directorates']);
    const byId = (id: string) => items.find((i) => i.id === id)!;
    expect(byId(keptId)).toMatchObject({ status: 'approved', answer: 'Unchanged item, approved.', removedFromTemplateVersion: null });
    expect(byId(changedId)).toMatchObject({ status: 'ready-for-review', answer: 'Answer against the old guidance.', guidance: expect.stringMatching(/ultimate parent entity/) });
    expect(byId(removedId)).toMatchObject({ removedFromTemplateVersion: number, answer: 'Work on an item v2 drops.' });
    const lapses = await w.db.select().from(checklistApprovals).where(eq(checklistApprovals.itemId, changedId));
    expect(lapses.map((a) => a.lapseReason)).toEqual([TEMPLATE_CHANGED]);
    expect((await w.db.select().from(checklistApprovals).where(eq(checklistApprovals.itemId, keptId)))[0].lapsedAt).toBeNull();
    const [list] = await w.db.select().from(checklists).where(eq(checklists.id, w.checklistId));
    expect(list.templateVersionNumber).toBe(number);

    const [event] = await listAuditEvents({ actor: w.reviewer, caseId: w.caseId, filter: { action: 'checklist.adopt-template' } });
    expect(event.changes).toMatchObject({ templateVersion: { before: number - 1, after: number }, added: ['Interlocking directorates'], changed: [w.items[0].title], removed: [dropped.title], approvalsLapsed: 1 });
    expect((await listAuditEvents({ actor: w.reviewer, caseId: w.caseId, filter: { action: 'checklist-item.approval-lapse' } }))[0].changes).toMatchObject({ reason: TEMPLATE_CHANGED });

    // Nothing newer to adopt now; adopting again is refused in words.
    expect((await getAdoptionPreview({ actor: w.preparer, caseId: w.caseId, checklistId: w.checklistId })).target).toBeNull();
    await expect(adoptTemplate({ actor: w.preparer, caseId: w.caseId, input: { ...input, version: done.version } })).rejects.toThrow(new RegExp(`already uses version ${number} `));
  });

  it('refuses an adoption reviewed before an item changed, naming who and when; nothing adopted', async () => {
    const w = await checklistWorld();
    const { number } = await newVersion(w, 'Gun-jumping covenants');
    const preview = await getAdoptionPreview({ actor: w.preparer, caseId: w.caseId, checklistId: w.checklistId });
    await saveItemContent({ actor: w.counsel2, caseId: w.caseId, input: { itemId: w.items[5].id, version: 0, answer: 'Typed meanwhile', notApplicable: false, naReason: '' } });
    const err = await adoptTemplate({ actor: w.preparer, caseId: w.caseId, input: { checklistId: w.checklistId, toVersion: number, version: preview.checklist.version, itemsStamp: preview.itemsStamp! } }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).info).toMatchObject({ changedBy: 'Carl Colleague', current: { item: w.items[5].title } });
    const [list] = await w.db.select().from(checklists).where(eq(checklists.id, w.checklistId));
    expect(list.templateVersionNumber).toBe(number - 1);
    await expect(adoptTemplate({ actor: w.preparer, caseId: w.caseId, input: { checklistId: w.checklistId, toVersion: number, version: 0, itemsStamp: 'nope' } })).rejects.toThrow(/review the changes again/);
    await expect(adoptTemplate({ actor: w.preparer, caseId: w.caseId, input: { checklistId: w.checklistId, toVersion: 99, version: 0, itemsStamp: 'a'.repeat(64) } })).rejects.toBeInstanceOf(ValidationError);
  });
});
