import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseMembers, checklistItems } from '@/db/schema';
import { seedChecklistTemplates } from '@/lib/seed/checklist-templates';
import type { SessionUser } from '@/lib/access';
import { assignItem } from '@/lib/checklists/assign-item';
import { createChecklist } from '@/lib/checklists/create-checklist';
import { getItem } from '@/lib/checklists/get-item';
import { listTemplates } from '@/lib/checklists/templates';
import { createCaseWith, createUser } from '../fixtures/factories';

/** A case with a preparer (counsel), a second counsel, a reviewer, an auditor, an admin and an outsider, and one checklist. */
export async function checklistWorld() {
  const db = await getDb();
  await seedChecklistTemplates(db);
  const preparer = await createUser({ role: 'counsel', name: 'Paula Preparer' });
  const counsel2 = await createUser({ role: 'counsel', name: 'Carl Colleague' });
  const reviewer = await createUser({ role: 'reviewer', name: 'Rita Reviewer' });
  const auditor = await createUser({ role: 'auditor' });
  const admin = await createUser({ role: 'admin' });
  const outsider = await createUser({ role: 'counsel', name: 'Otto Outsider' });
  const caseId = await createCaseWith({ counsel: preparer, members: [counsel2, reviewer, auditor] });
  const templates = await listTemplates({ actor: preparer });
  const hsr = templates.find((t) => t.key === 'hsr-acquiring')!;
  const { id: checklistId } = await createChecklist({ actor: preparer, caseId, input: { templateId: hsr.id } });
  const items = await db.select().from(checklistItems).where(eq(checklistItems.checklistId, checklistId)).orderBy(checklistItems.position);
  return { db, preparer, counsel2, reviewer, auditor, admin, outsider, caseId, checklistId, templates, items };
}

export async function itemView(actor: SessionUser, caseId: string, checklistId: string, itemId: string) {
  return getItem({ actor, caseId, checklistId, itemId });
}

/** Prepared by `preparer`, reviewed by `reviewer`, answered and sent for review; `version` is the content version. */
export async function readyItem(w: Awaited<ReturnType<typeof checklistWorld>>, index: number, answer = 'Our answer.') {
  const { saveItemContent } = await import('@/lib/checklists/save-item-content');
  const { transitionItem } = await import('@/lib/checklists/transition-item');
  const itemId = w.items[index].id;
  await assignItem({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, preparerId: w.preparer.id, reviewerId: w.reviewer.id, dueDate: '' } });
  const saved = await saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version: 0, answer, notApplicable: false, naReason: '' } });
  await transitionItem({ actor: w.preparer, caseId: w.caseId, input: { itemId, expectedStatus: saved.status, action: 'submit' } });
  return { itemId, version: saved.version };
}

export async function addCaseMemberDirect(caseId: string, userId: string, addedBy: string) {
  const db = await getDb();
  await db.insert(caseMembers).values({ caseId, userId, addedBy });
}
