import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/auth/schemas';
import { ValidationError } from '@/lib/core/errors';

/** Every user changes their own password; the old one must be known. Other sessions are ended. */
export async function changeOwnPassword(opts: { actor: SessionUser; input: ChangePasswordInput }) {
  const data = changePasswordSchema.parse(opts.input);
  const db = await getDb();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, opts.actor.id));
  if (!row || !(await verifyPassword(row.passwordHash, data.currentPassword))) {
    throw new ValidationError('The current password is not correct.', { currentPassword: 'The current password is not correct.' });
  }
  const passwordHash = await hashPassword(data.newPassword);
  return db.transaction(async (tx) => {
    const [u] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, sessionEpoch: sql`${users.sessionEpoch} + 1`, updatedAt: new Date() })
      .where(eq(users.id, opts.actor.id))
      .returning({ sessionEpoch: users.sessionEpoch });
    await recordAudit(tx, opts.actor, { action: 'user.password-change', entityType: 'user', entityId: opts.actor.id });
    return { sessionEpoch: u.sessionEpoch };
  });
}
