import { can, type CaseStanding, type SessionUser } from './policy';

/**
 * Maker-checker, written once: the item page asks here whether to offer "Approve" and approveItem
 * asks here before approving. Who may sign off at all is the policy's 'sign-off' ability (a reviewer
 * or counsel on the case, while the case is open; never an administrator); on top of that, the
 * checker must have written nothing in what they approve: not its preparer, and none of its
 * contributors (everyone who changed the answer, evidence or custom fields since the last approval
 * or creation). No override for anyone. Returns why the user may not approve, or null when they may.
 */
export function approvalBlocker(
  actor: Pick<SessionUser, 'id' | 'role'>,
  standing: CaseStanding,
  item: { preparerId: string | null; contributors: readonly string[] },
): string | null {
  if (!can(actor, 'sign-off', standing)) {
    if (can(actor, 'sign-off', { ...standing, archived: false })) return 'This case is archived; it can be read but not changed.';
    return 'Only a reviewer or counsel who is a member of the case can approve its items.';
  }
  if (item.preparerId === actor.id) return 'You prepared this item, so someone else must approve it.';
  if (item.contributors.includes(actor.id)) return 'You contributed to this item since it was last approved (answer, evidence or its fields), so someone who wrote none of it must approve it.';
  return null;
}

/** The contributors after `actorId` changes the item's content or evidence. */
export function withContributor(contributors: readonly string[], actorId: string): string[] {
  return contributors.includes(actorId) ? [...contributors] : [...contributors, actorId];
}
