import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../fixtures/db';
import { checklistWorld, itemView, readyItem } from './checklists-setup';
import { getTemplate } from '@/lib/checklists/templates';
import { createTemplate, updateTemplate } from '@/lib/checklists/save-template';
import { createChecklist } from '@/lib/checklists/create-checklist';
import { getChecklist } from '@/lib/checklists/get-checklist';
import { listChecklists } from '@/lib/checklists/list-checklists';
import { addCustomItem } from '@/lib/checklists/add-custom-item';
import { approveItem } from '@/lib/checklists/approve-item';
import { addComment } from '@/lib/checklists/comments/add-comment';
import { uploadEvidence } from '@/lib/evidence/upload-evidence';
import { getChecklistReport } from '@/lib/checklists/get-checklist-report';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/core/errors';
import { TEMPLATE_SEEDS } from '@/lib/seed/checklist-templates';
import { listMyItems } from '@/lib/checklists/list-my-items';

useTestDatabase();

describe('templates', () => {
  it('seeds the four standard templates with Form CO sections 1–11', async () => {
    const w = await checklistWorld();
    expect(w.templates.map((t) => t.key).sort()).toEqual(['concentration-review', 'eu-form-co', 'hsr-acquired', 'hsr-acquiring']);
    const formCo = TEMPLATE_SEEDS.find((t) => t.key === 'eu-form-co')!;
    expect(new Set(formCo.items.map((i) => i.section.split('.')[0])).size).toBe(11);
    expect(formCo.items.some((i) => i.reference === 'Form CO §7.1' && /bands/.test(i.title))).toBe(true);
    expect(formCo.items.some((i) => i.reference === 'Form CO §1.2' && /500 words/.test(i.title))).toBe(true);
  });

  it('adds a version on edit and never changes checklists already created', async () => {
    const w = await checklistWorld();
    const tpl = w.templates.find((t) => t.key === 'hsr-acquiring')!;
    const current = await getTemplate({ actor: w.admin, templateId: tpl.id });
    await expect(getTemplate({ actor: w.preparer, templateId: tpl.id })).rejects.toBeInstanceOf(ForbiddenError);
    const items = [...current.items, { section: 'Filing', title: 'Added in version 2', guidance: '', reference: 'HSR' }];
    const saved = await updateTemplate({ actor: w.admin, input: { templateId: tpl.id, version: current.template.version, name: current.template.name, description: '', items, note: 'Add an item' } });
    expect(saved.templateVersion).toBe(2);
    await expect(updateTemplate({ actor: w.admin, input: { templateId: tpl.id, version: current.template.version, name: 'Stale', description: '', items, note: '' } })).rejects.toBeInstanceOf(ConflictError);
    const old = await getChecklist({ actor: w.preparer, caseId: w.caseId, checklistId: w.checklistId });
    expect(old.checklist.templateVersionNumber).toBe(1);
    expect(old.items.map((i) => i.title)).not.toContain('Added in version 2');
    const { id } = await createChecklist({ actor: w.preparer, caseId: w.caseId, input: { templateId: tpl.id, name: 'Second filing' } });
    const fresh = await getChecklist({ actor: w.preparer, caseId: w.caseId, checklistId: id });
    expect(fresh.checklist.templateVersionNumber).toBe(2);
    expect(fresh.items.map((i) => i.title)).toContain('Added in version 2');
    const refusal = await w.db.execute(sql`update checklist_template_versions set name = 'x'`).then(() => 'accepted', (e: Error & { cause?: Error }) => e.cause?.message ?? e.message);
    expect(refusal).toMatch(/cannot be changed/);
    await expect(createTemplate({ actor: w.preparer, input: { name: 'Mine', items: items } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createTemplate({ actor: w.admin, input: { name: 'Empty', items: [] } })).rejects.toThrow(/at least one item/);
  });
});

describe('checklists on a case', () => {
  it('adds custom items within their section and filters by mine, my review and overdue', async () => {
    const w = await checklistWorld();
    const { id } = await addCustomItem({ actor: w.preparer, caseId: w.caseId, input: { checklistId: w.checklistId, section: 'Narratives', title: 'Compute capacity narrative', guidance: '', reference: 'Internal' } });
    await expect(addCustomItem({ actor: w.reviewer, caseId: w.caseId, input: { checklistId: w.checklistId, section: 'X', title: 'Y' } })).rejects.toBeInstanceOf(ForbiddenError);
    const list = await getChecklist({ actor: w.preparer, caseId: w.caseId, checklistId: w.checklistId });
    const narratives = list.items.filter((i) => i.section === 'Narratives');
    expect(narratives.at(-1)?.id).toBe(id);
    expect(list.items.findIndex((i) => i.id === id)).toBe(list.items.findIndex((i) => i.section === 'Narratives') + narratives.length - 1);
    const { itemId } = await readyItem(w, 0);
    expect((await getChecklist({ actor: w.reviewer, caseId: w.caseId, checklistId: w.checklistId, filter: 'review' })).items.map((i) => i.id)).toEqual([itemId]);
    expect((await getChecklist({ actor: w.preparer, caseId: w.caseId, checklistId: w.checklistId, filter: 'mine' })).items.map((i) => i.id)).toEqual([itemId]);
    expect((await getChecklist({ actor: w.preparer, caseId: w.caseId, checklistId: w.checklistId, filter: 'overdue' })).items).toHaveLength(0);
    const across = await listChecklists({ actor: w.reviewer, caseId: w.caseId, filter: 'review' });
    expect(across.items.map((i) => i.id)).toEqual([itemId]);
    expect(across.checklists[0]).toMatchObject({ approved: 0, total: list.items.length });
    await expect(getChecklist({ actor: w.outsider, caseId: w.caseId, checklistId: w.checklistId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMyItems({ actor: w.reviewer })).map((i) => [i.id, i.role])).toEqual([[itemId, 'review']]);
    expect((await listMyItems({ actor: w.preparer })).map((i) => [i.id, i.role])).toEqual([[itemId, 'prepare']]);
    expect(await listMyItems({ actor: w.outsider })).toEqual([]);
  });

  it('reports every item with status, people, hashes, evidence and open threads', async () => {
    const w = await checklistWorld();
    const { itemId } = await readyItem(w, 0, 'Rationale');
    await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'deck.pdf', bytes: new TextEncoder().encode('%PDF-1.4 x') });
    await uploadEvidence({ actor: w.preparer, caseId: w.caseId, itemId, fileName: 'deck.pdf', bytes: new TextEncoder().encode('%PDF-1.4 y') });
    const { item } = await itemView(w.reviewer, w.caseId, w.checklistId, itemId);
    await approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: item.contentHash } });
    await addComment({ actor: w.reviewer, caseId: w.caseId, input: { itemId, body: 'Keep an eye on the deck' } });
    const report = await getChecklistReport({ actor: w.auditor, caseId: w.caseId });
    const row = report.checklists[0].items.find((i) => i.id === itemId)!;
    expect(row).toMatchObject({ status: 'approved', preparer: { name: 'Paula Preparer' }, approval: { approver: { name: 'Rita Reviewer' }, matchesContent: true } });
    expect(row.contentHash).toBe(item.contentHash);
    expect(row.evidence.map((e) => [e.revision, e.current])).toEqual([[1, false], [2, true]]);
    expect(row.openThreads[0].body).toBe('Keep an eye on the deck');
    expect(report.checklists[0].progress.approved).toBe(1);
    await expect(getChecklistReport({ actor: w.outsider, caseId: w.caseId })).rejects.toBeInstanceOf(NotFoundError);
  });
});
