// The ethical wall, whole: the policy, the check at the query, the visibility rule, and maker-checker.
export { AS_OPEN_MEMBER, can, canGlobal, refusalReason, CASE_ABILITIES, type CaseAbility, type CaseStanding, type GlobalAbility, type SessionUser } from './policy';
export { requireCaseAbility, assertCaseAbility, type CaseAccess } from './require-case-ability';
export { caseVisibleTo, membershipJoin } from './visible-cases';
export { approvalBlocker, withContributor } from './sign-off';
