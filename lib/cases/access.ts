import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { caseMembers, cases } from '@/db/schema';
import { can, type CaseAbility, type SessionUser } from '@/lib/auth/permissions';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { recordWallRefusal } from '@/lib/wall/record-refusal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);

export interface CaseAccess {
  caseId: string;
  isMember: boolean;
  archived: boolean;
  codename: string;
}

/**
 * The ethical wall. A case the user may not read is reported as not found, so its existence is
 * not revealed; a case they may read but not change in this way is forbidden.
 */
export async function requireCaseAbility(db: Executor, user: SessionUser, caseId: string, ability: CaseAbility): Promise<CaseAccess> {
  if (!isUuid(caseId)) throw new NotFoundError('This case');
  const [row] = await db
    .select({
      id: cases.id,
      codename: cases.codename,
      archivedAt: cases.archivedAt,
      isMember: sql<boolean>`exists(select 1 from ${caseMembers} where ${and(eq(caseMembers.caseId, cases.id), eq(caseMembers.userId, user.id))})`,
    })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!row) throw new NotFoundError('This case');
  if (!can(user, 'read', row.isMember)) {
    recordWallRefusal({ actor: user, caseId: row.id, ability, kind: 'not a member' });
    throw new NotFoundError('This case');
  }
  if (!can(user, ability, row.isMember)) {
    recordWallRefusal({ actor: user, caseId: row.id, ability, kind: 'role' });
    throw new ForbiddenError(user.role === 'auditor' ? 'Auditors have read-only access to cases.' : 'Your role does not allow this change on this case.');
  }
  const archived = row.archivedAt !== null;
  if (archived && ability !== 'read' && ability !== 'download' && ability !== 'manage-members') {
    throw new ForbiddenError('This case is archived; it can be read but not changed.');
  }
  return { caseId: row.id, isMember: row.isMember, archived, codename: row.codename };
}
