import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users } from '@/db/schema';
import { ConflictError } from '@/lib/errors';

/** The ConflictError for a stale save: who saved the newer version, when, and what it holds now. */
export async function conflictError(
  tx: Executor,
  row: { updatedBy: string | null; updatedAt: Date; version: number },
  current: Record<string, unknown>,
): Promise<ConflictError> {
  const [who] = row.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)) : [];
  return new ConflictError({ changedBy: who?.name ?? 'another user', changedAt: row.updatedAt.toISOString(), currentVersion: row.version, current });
}

/** A unique-index violation (two people adding the same thing at once), however the driver wraps it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth += 1) {
    if (e.code === '23505') return true;
  }
  return false;
}
