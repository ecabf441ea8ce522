import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { checklistItems } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import { AS_OPEN_MEMBER, can, requireCaseAbility, type SessionUser } from '@/lib/access';
import { ValidationError } from '@/lib/core/errors';
import { notify } from '@/lib/notifications/notify';
import { caseMemberList, itemConflict, loadItem } from './item-store';
import { saveAssignmentSchema, utcToday, type AssignmentInput } from './schemas';

/** Sets who prepares and who reviews an item, and when it is due. Both must be case members able to do that work. */
export async function assignItem(opts: { actor: SessionUser; caseId: string; input: AssignmentInput & { itemId: string; version: number } }) {
  const { actor, caseId } = opts;
  const data = saveAssignmentSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const before = await loadItem(tx, caseId, data.itemId, { lock: true });
    const members = await caseMemberList(tx, caseId);
    const member = (id: string | null) => members.find((m) => m.id === id);
    const fieldErrors: Record<string, string> = {};
    if (data.preparerId && !(member(data.preparerId) && can(member(data.preparerId)!, 'edit', AS_OPEN_MEMBER))) {
      fieldErrors.preparerId = 'The preparer must be counsel on this case.';
    }
    if (data.reviewerId && !(member(data.reviewerId) && can(member(data.reviewerId)!, 'sign-off', AS_OPEN_MEMBER))) {
      fieldErrors.reviewerId = 'The reviewer must be a reviewer or counsel on this case.';
    }
    if (Object.keys(fieldErrors).length) throw new ValidationError('Some fields need attention.', fieldErrors);
    const values = { preparerId: data.preparerId, reviewerId: data.reviewerId, dueDate: data.dueDate };
    const changes = diffFields(before, values);
    if (!Object.keys(changes).length) return { version: before.assignmentVersion };
    if (before.assignmentVersion !== data.version) throw await itemConflict(tx, before);
    const [row] = await tx
      .update(checklistItems)
      .set({ ...values, updatedBy: actor.id, updatedAt: new Date(), assignmentVersion: before.assignmentVersion + 1 })
      .where(and(eq(checklistItems.id, before.id), eq(checklistItems.assignmentVersion, data.version)))
      .returning({ version: checklistItems.assignmentVersion });
    if (!row) throw await itemConflict(tx, before);
    // The confirmation is part of the record: a past date set on purpose, not by a slip of the year.
    const pastDueConfirmed = 'dueDate' in changes && !!values.dueDate && values.dueDate < utcToday();
    await recordAudit(tx, actor, { action: 'checklist-item.assign', entityType: 'checklist_item', entityId: before.id, caseId, changes: pastDueConfirmed ? { ...changes, pastDueConfirmed: true } : changes });
    // A reviewer assigned to an item already waiting for review is told at once.
    if (before.status === 'ready-for-review' && values.reviewerId && values.reviewerId !== before.reviewerId) {
      await notify(tx, { userIds: [values.reviewerId], actorId: actor.id, caseId, kind: 'review-requested', itemId: before.id, excerpt: before.title });
    }
    return { version: row.version };
  });
}
