import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseMembers, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { isUuid } from '@/lib/core/ids';
import { memberSchema } from './schemas';

/** Membership is the ethical wall: only case counsel or an admin moves it. */
export async function addMember(opts: { actor: SessionUser; caseId: string; input: { email: string } }) {
  const { actor, caseId } = opts;
  const { email } = memberSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'manage-members');
    const [user] = await tx.select({ id: users.id, status: users.status, role: users.role }).from(users).where(eq(users.email, email));
    if (!user) throw new ValidationError('No user has that email address.', { email: 'No user has that email address.' });
    if (user.status !== 'active') throw new ValidationError('That account is disabled.', { email: 'That account is disabled.' });
    const inserted = await tx.insert(caseMembers).values({ caseId, userId: user.id, addedBy: actor.id }).onConflictDoNothing().returning();
    if (!inserted.length) throw new ValidationError('Already a member of this case.', { email: 'Already a member of this case.' });
    await recordAudit(tx, actor, { action: 'case.member-add', entityType: 'case_member', entityId: user.id, caseId, changes: { userId: user.id, email, role: user.role } });
    return { userId: user.id };
  });
}

export async function removeMember(opts: { actor: SessionUser; caseId: string; userId: string }) {
  const { actor, caseId, userId } = opts;
  if (!isUuid(userId)) throw new NotFoundError('This member');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'manage-members');
    const members = await tx.select({ userId: caseMembers.userId, role: users.role }).from(caseMembers).innerJoin(users, eq(users.id, caseMembers.userId)).where(eq(caseMembers.caseId, caseId));
    const target = members.find((m) => m.userId === userId);
    if (!target) throw new NotFoundError('This member');
    if (target.role === 'counsel' && members.filter((m) => m.role === 'counsel').length === 1) {
      throw new ForbiddenError('A case needs at least one counsel: add another counsel before removing the last one.');
    }
    const [u] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    await tx.delete(caseMembers).where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.userId, userId)));
    await recordAudit(tx, actor, { action: 'case.member-remove', entityType: 'case_member', entityId: userId, caseId, changes: { userId, email: u?.email } });
  });
}
