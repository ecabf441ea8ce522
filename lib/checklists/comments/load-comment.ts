import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { checklistComments } from '@/db/schema';
import { isUuid } from '@/lib/core/ids';
import { NotFoundError } from '@/lib/core/errors';

/** A comment of this case, locked for the transaction; another case's comment is not found. */
export async function loadComment(tx: Executor, caseId: string, commentId: string) {
  if (!isUuid(commentId)) throw new NotFoundError('This comment');
  const [row] = await tx
    .select()
    .from(checklistComments)
    .where(and(eq(checklistComments.id, commentId), eq(checklistComments.caseId, caseId)))
    .for('update');
  if (!row) throw new NotFoundError('This comment');
  return row;
}
