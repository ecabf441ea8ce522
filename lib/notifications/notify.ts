import type { Executor } from '@/db/client';
import { notifications } from '@/db/schema';
import type { NotificationKind } from './schemas';

/**
 * Queues in-app notifications inside the caller's transaction (they exist only if the change they
 * report commits). Nobody is notified of their own action.
 */
export async function notify(
  tx: Executor,
  n: { userIds: (string | null | undefined)[]; actorId: string | null; caseId: string; kind: NotificationKind; itemId?: string | null; excerpt?: string; commentId?: string | null },
) {
  const recipients = [...new Set(n.userIds.filter((u): u is string => !!u && u !== n.actorId))];
  if (!recipients.length) return;
  await tx.insert(notifications).values(
    recipients.map((userId) => ({
      userId,
      caseId: n.caseId,
      kind: n.kind,
      itemId: n.itemId ?? null,
      commentId: n.commentId ?? null,
      actorId: n.actorId,
      excerpt: (n.excerpt ?? '').slice(0, 280),
    })),
  );
}
