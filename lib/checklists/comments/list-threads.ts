import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import { checklistComments, users } from '@/db/schema';
import type { SessionUser } from '@/lib/access';
import { COMMENT_EDIT_WINDOW_MS } from '../schemas';

const retractor = alias(users, 'retractor');
const resolver = alias(users, 'resolver');

/**
 * An item's threads, oldest first, each with its replies. A retracted comment keeps its place
 * (so replies still make sense) but its text is withheld: it stays in the database and audit trail.
 */
export async function listThreads(db: Executor, actor: Pick<SessionUser, 'id'>, itemId: string, now = Date.now()) {
  const rows = await db
    .select({
      id: checklistComments.id,
      parentId: checklistComments.parentId,
      authorId: checklistComments.authorId,
      authorName: users.name,
      body: checklistComments.body,
      createdAt: checklistComments.createdAt,
      editedAt: checklistComments.editedAt,
      retractedAt: checklistComments.retractedAt,
      retractedByName: retractor.name,
      resolvedAt: checklistComments.resolvedAt,
      resolvedByName: resolver.name,
      version: checklistComments.version,
    })
    .from(checklistComments)
    .innerJoin(users, eq(users.id, checklistComments.authorId))
    .leftJoin(retractor, eq(retractor.id, checklistComments.retractedBy))
    .leftJoin(resolver, eq(resolver.id, checklistComments.resolvedBy))
    .where(eq(checklistComments.itemId, itemId))
    .orderBy(asc(checklistComments.createdAt));
  const view = (r: (typeof rows)[number]) => {
    const retracted = r.retractedAt !== null;
    const mine = r.authorId === actor.id;
    const editableUntil = mine && !retracted ? new Date(r.createdAt.getTime() + COMMENT_EDIT_WINDOW_MS) : null;
    return {
      id: r.id,
      authorName: r.authorName,
      body: retracted ? null : r.body,
      createdAt: r.createdAt,
      editedAt: r.editedAt,
      retractedAt: r.retractedAt,
      retractedByName: r.retractedByName,
      version: r.version,
      mine,
      editableUntil: editableUntil && editableUntil.getTime() > now ? editableUntil : null,
    };
  };
  return rows
    .filter((r) => r.parentId === null)
    .map((root) => ({
      ...view(root),
      resolvedAt: root.resolvedAt,
      resolvedByName: root.resolvedByName,
      replies: rows.filter((r) => r.parentId === root.id).map(view),
    }));
}
export type Thread = Awaited<ReturnType<typeof listThreads>>[number];
