import { can, type SessionUser } from '@/lib/auth/permissions';

/**
 * Maker-checker: only a case member with the reviewer or counsel role who neither prepared the item
 * nor last changed its content may approve it. There is no override, for admins or anyone else.
 * Returns why the user may not approve, or null when they may.
 */
export function approvalBlocker(
  actor: Pick<SessionUser, 'id' | 'role'>,
  isMember: boolean,
  item: { preparerId: string | null; lastEditedBy: string | null },
): string | null {
  if (actor.role !== 'reviewer' && actor.role !== 'counsel') return 'Only a reviewer or counsel on the case can approve items.';
  if (!can(actor, 'sign-off', isMember)) return 'Only a member of the case can approve its items.';
  if (item.preparerId === actor.id) return 'You prepared this item, so someone else must approve it.';
  if (item.lastEditedBy === actor.id) return 'You made the last change to this item, so someone else must approve it.';
  return null;
}
