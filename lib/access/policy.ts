import type { Role } from '@/lib/auth/schemas';

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
  | 'archive' // archive the case, or restore it
  | 'download' // documents, exports, the auditor package
  | 'download-evidence'; // the parties' own files: members only, administrators included in the exclusion

export const CASE_ABILITIES = ['read', 'edit', 'manage-members', 'comment', 'sign-off', 'archive', 'download', 'download-evidence'] as const satisfies readonly CaseAbility[];

/** Where the user stands on one case: what every answer of the policy depends on besides the role. */
export interface CaseStanding {
  isMember: boolean;
  archived: boolean;
}

/** A member of an open case: for "could this member's role do it?" (who may be named preparer or reviewer). */
export const AS_OPEN_MEMBER: CaseStanding = Object.freeze({ isMember: true, archived: false });

/**
 * What an archived case still allows: it is kept as the matter's record, so it can be read and
 * downloaded (evidence included, for the auditors who come after), its members managed (an auditor
 * added years later) and the archiving undone. Nothing in its content changes.
 */
const OPEN_WHEN_ARCHIVED: ReadonlySet<CaseAbility> = new Set(['read', 'download', 'download-evidence', 'manage-members', 'archive']);

function roleAllows(role: Role, ability: CaseAbility, isMember: boolean): boolean {
  if (role === 'admin') return ability === 'read' || ability === 'manage-members' || ability === 'download';
  if (!isMember) return false;
  switch (role) {
    case 'counsel':
      return true;
    case 'reviewer':
      return ability === 'read' || ability === 'comment' || ability === 'sign-off' || ability === 'download' || ability === 'download-evidence';
    case 'auditor':
      return ability === 'read' || ability === 'download' || ability === 'download-evidence';
  }
}

/** The one policy: every page, action, download and export asks here, and so does what the UI offers. */
export function can(user: Pick<SessionUser, 'role'>, ability: CaseAbility, standing: CaseStanding): boolean {
  if (!roleAllows(user.role, ability, standing.isMember)) return false;
  return !standing.archived || OPEN_WHEN_ARCHIVED.has(ability);
}

/**
 * Why `can` said no, in words for the person refused. Not-a-member is not explained: the caller
 * answers 404 for it, so the case's existence is not revealed.
 */
export function refusalReason(user: Pick<SessionUser, 'role'>, ability: CaseAbility, standing: CaseStanding): string {
  if (roleAllows(user.role, ability, standing.isMember) && standing.archived) return 'This case is archived; it can be read but not changed.';
  if (ability === 'archive') return 'Only counsel on the case can archive or restore it.';
  if (user.role === 'auditor') return 'Auditors have read-only access to cases.';
  return 'Your role does not allow this change on this case.';
}

export type GlobalAbility = 'create-case' | 'manage-users' | 'manage-catalogues' | 'read-all-audit';

export function canGlobal(user: Pick<SessionUser, 'role'>, ability: GlobalAbility): boolean {
  if (ability === 'create-case') return user.role === 'counsel';
  return user.role === 'admin';
}
