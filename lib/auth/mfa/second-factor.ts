import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { mfaRecoveryCodes, users } from '@/db/schema';
import { hashRecoveryCode, looksLikeRecoveryCode, matchTotp } from './totp';

/**
 * Checks a second factor inside the caller's transaction: a current authenticator code for a step
 * not used before, or an unused recovery code (then used up). Each is accepted once, atomically:
 * two requests with the same code cannot both pass.
 */
export async function verifySecondFactor(tx: Executor, userId: string, secret: string, code: string): Promise<'totp' | 'recovery' | null> {
  if (looksLikeRecoveryCode(code)) {
    const used = await tx
      .update(mfaRecoveryCodes)
      .set({ usedAt: new Date() })
      .where(and(eq(mfaRecoveryCodes.userId, userId), eq(mfaRecoveryCodes.codeHash, hashRecoveryCode(code)), isNull(mfaRecoveryCodes.usedAt)))
      .returning({ id: mfaRecoveryCodes.id });
    return used.length ? 'recovery' : null;
  }
  const step = matchTotp(secret, code);
  if (step === null) return null;
  const taken = await tx
    .update(users)
    .set({ mfaLastStep: step })
    .where(and(eq(users.id, userId), sql`coalesce(${users.mfaLastStep}, -1) < ${step}`))
    .returning({ id: users.id });
  return taken.length ? 'totp' : null;
}

