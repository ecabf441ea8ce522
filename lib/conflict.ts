import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users } from '@/db/schema';
import { ConflictError } from '@/lib/core/errors';

/**
 * The ConflictError for a stale save: who saved the newer version (by name), when, and what the row
 * holds now. A row nobody has edited since seeding names the seed.
 *
 * `row` must be what the row holds NOW: read it `for('update')` (or under a parent's lock) before
 * comparing versions. Under READ COMMITTED a plain read taken before a concurrent save commits is
 * the old row: the loser would be told it was they themselves who changed it, with the old version
 * to "keep my input" over, which fails again.
 */
export async function conflictError(
  db: Executor,
  row: { updatedBy: string | null; updatedAt: Date; version: number },
  current: Record<string, unknown>,
): Promise<ConflictError> {
  const [who] = row.updatedBy ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)) : [];
  return new ConflictError({
    changedBy: who?.name ?? (row.updatedBy ? 'another user' : 'the reference data seed'),
    changedAt: row.updatedAt.toISOString(),
    currentVersion: row.version,
    current,
  });
}
