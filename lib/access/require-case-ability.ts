import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { caseMembers, cases } from '@/db/schema';
import { isUuid } from '@/lib/core/ids';
import { ForbiddenError, NotFoundError } from '@/lib/core/errors';
import { recordWallRefusal } from '@/lib/wall/record-refusal';
import { can, refusalReason, type CaseAbility, type CaseStanding, type SessionUser } from './policy';

export interface CaseAccess extends CaseStanding {
  caseId: string;
  codename: string;
}

/**
 * The ethical wall at the query: a case the user may not read is reported as not found, so its
 * existence is not revealed; a case they may read but not change in this way is forbidden, with why.
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
  const access: CaseAccess = { caseId: row.id, codename: row.codename, isMember: row.isMember, archived: row.archivedAt !== null };
  assertCaseAbility(user, ability, access);
  return access;
}

/** The same decision on a standing already read (a page's one query): NotFoundError or ForbiddenError. */
export function assertCaseAbility(user: SessionUser, ability: CaseAbility, access: CaseStanding & { caseId: string }) {
  if (!can(user, 'read', access)) {
    recordWallRefusal({ actor: user, caseId: access.caseId, ability, kind: 'not a member' });
    throw new NotFoundError('This case');
  }
  if (!can(user, ability, access)) {
    // Refused by role, the wall report wants it; refused only because the case is archived, it does not.
    if (!can(user, ability, { ...access, archived: false })) recordWallRefusal({ actor: user, caseId: access.caseId, ability, kind: 'role' });
    throw new ForbiddenError(refusalReason(user, ability, access));
  }
}
