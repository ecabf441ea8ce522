import { and, eq, exists, sql, type SQL } from 'drizzle-orm';
import { caseMembers, cases } from '@/db/schema';
import type { Role } from './schemas';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  ip?: string | null;
  userAgent?: string | null;
}

/** Case-level abilities. A case the user may not see answers 404 everywhere: see caseVisibleTo. */
export type CaseAbility =
  | 'read'
  | 'edit' // case details, parties, markets, reviews, checklists, documents
  | 'manage-members'
  | 'comment'
  | 'sign-off'
  | 'download' // documents, exports, the auditor package
  | 'download-evidence'; // the parties' own files: members only, administrators included in the exclusion

/** The one policy: every page, action, download and export asks here. */
export function can(user: Pick<SessionUser, 'role'>, ability: CaseAbility, isMember: boolean): boolean {
  if (user.role === 'admin') return ability === 'read' || ability === 'manage-members' || ability === 'download';
  if (!isMember) return false;
  switch (user.role) {
    case 'counsel':
      return true;
    case 'reviewer':
      return ability === 'read' || ability === 'comment' || ability === 'sign-off' || ability === 'download' || ability === 'download-evidence';
    case 'auditor':
      return ability === 'read' || ability === 'download' || ability === 'download-evidence';
  }
}

export type GlobalAbility = 'create-case' | 'manage-users' | 'manage-catalogues' | 'read-all-audit';

export function canGlobal(user: Pick<SessionUser, 'role'>, ability: GlobalAbility): boolean {
  if (ability === 'create-case') return user.role === 'counsel';
  return user.role === 'admin';
}

/** The WHERE clause that limits any case query to what the user may see. */
export function caseVisibleTo(user: Pick<SessionUser, 'id' | 'role'>, caseIdColumn: SQL | typeof cases.id = cases.id): SQL {
  if (user.role === 'admin') return sql`true`;
  return exists(
    sql`(select 1 from ${caseMembers} where ${caseMembers.caseId} = ${caseIdColumn} and ${caseMembers.userId} = ${user.id})`,
  );
}

export function membershipOf(userId: string, caseId: string) {
  return and(eq(caseMembers.caseId, caseId), eq(caseMembers.userId, userId));
}
