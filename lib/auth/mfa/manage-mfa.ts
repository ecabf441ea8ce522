import { and, count, eq, isNull } from 'drizzle-orm';
import QRCode from 'qrcode';
import { getDb, type Tx } from '@/db/client';
import { mfaRecoveryCodes, settings, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { canGlobal, type SessionUser } from '@/lib/access';
import { mfaCodeSchema, mfaRolesSchema, type Role } from '@/lib/auth/schemas';
import { ForbiddenError, ValidationError } from '@/lib/core/errors';
import { withCurrentCode, WRONG_CODE } from './current-code';
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, otpauthUri } from './totp';


/** The roles an administrator requires two-step sign-in for. */
export async function getMfaRoles(): Promise<Role[]> {
  const db = await getDb();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'mfa'));
  return ((row?.value as { roles?: Role[] } | undefined)?.roles ?? []).slice();
}

export async function setMfaRoles(opts: { actor: SessionUser; input: unknown }) {
  if (!canGlobal(opts.actor, 'manage-users')) throw new ForbiddenError('Only an administrator can change this.');
  const { roles } = mfaRolesSchema.parse(opts.input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, 'mfa'));
    await tx.insert(settings).values({ key: 'mfa', value: { roles } }).onConflictDoUpdate({ target: settings.key, set: { value: { roles }, updatedAt: new Date() } });
    await recordAudit(tx, opts.actor, { action: 'settings.update', entityType: 'settings', entityId: 'mfa', changes: { roles: { before: (before?.value as { roles?: Role[] })?.roles ?? [], after: roles } } });
  });
}

export async function getMfaStatus(opts: { actor: SessionUser }) {
  const db = await getDb();
  const [row] = await db.select({ enabledAt: users.mfaEnabledAt }).from(users).where(eq(users.id, opts.actor.id));
  const [left] = await db.select({ n: count() }).from(mfaRecoveryCodes).where(and(eq(mfaRecoveryCodes.userId, opts.actor.id), isNull(mfaRecoveryCodes.usedAt)));
  const required = (await getMfaRoles()).includes(opts.actor.role);
  return { enabledAt: row?.enabledAt ?? null, recoveryCodesLeft: left?.n ?? 0, required };
}

/** Step one of enrolment: a new secret, kept pending until a code from it is confirmed. */
export async function startMfaEnrolment(opts: { actor: SessionUser }) {
  const secret = newTotpSecret();
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ mfaPendingSecret: secret }).where(eq(users.id, opts.actor.id));
    await recordAudit(tx, opts.actor, { action: 'auth.mfa-enrolment-started', entityType: 'user', entityId: opts.actor.id });
  });
  const uri = otpauthUri(secret, opts.actor.email);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}

/** Step two: a code from the pending secret switches two-step sign-in on and issues recovery codes (shown once). */
export async function confirmMfaEnrolment(opts: { actor: SessionUser; input: unknown }) {
  const { code } = mfaCodeSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ pending: users.mfaPendingSecret }).from(users).where(eq(users.id, opts.actor.id)).for('update');
    if (!row?.pending) throw new ValidationError('Start the set-up again.', { code: 'Start the set-up again: no set-up is in progress.' });
    const step = matchTotp(row.pending, code);
    if (step === null) throw new ValidationError(WRONG_CODE, { code: 'That code is not correct; check the time on your phone and try the next code.' });
    await tx.update(users).set({ mfaSecret: row.pending, mfaPendingSecret: null, mfaEnabledAt: new Date(), mfaLastStep: step }).where(eq(users.id, opts.actor.id));
    const codes = await replaceRecoveryCodes(tx, opts.actor.id);
    await recordAudit(tx, opts.actor, { action: 'auth.mfa-enabled', entityType: 'user', entityId: opts.actor.id });
    return { recoveryCodes: codes };
  });
}

async function replaceRecoveryCodes(tx: Tx, userId: string) {
  const codes = newRecoveryCodes();
  await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  await tx.insert(mfaRecoveryCodes).values(codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })));
  return codes;
}

export async function newMfaRecoveryCodes(opts: { actor: SessionUser; input: unknown }) {
  const { code } = mfaCodeSchema.parse(opts.input);
  // Re-verification: changing two-step sign-in needs a current code, not just a session.
  return withCurrentCode(opts.actor, code, async (tx) => {
    const codes = await replaceRecoveryCodes(tx, opts.actor.id);
    await recordAudit(tx, opts.actor, { action: 'auth.mfa-recovery-codes-replaced', entityType: 'user', entityId: opts.actor.id });
    return { recoveryCodes: codes };
  });
}

export async function disableMfa(opts: { actor: SessionUser; input: unknown }) {
  const { code } = mfaCodeSchema.parse(opts.input);
  if ((await getMfaRoles()).includes(opts.actor.role)) {
    throw new ValidationError('Your administrator requires two-step sign-in for your role; it cannot be turned off.');
  }
  await withCurrentCode(opts.actor, code, async (tx) => {
    await tx.update(users).set({ mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null }).where(eq(users.id, opts.actor.id));
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, opts.actor.id));
    await recordAudit(tx, opts.actor, { action: 'auth.mfa-disabled', entityType: 'user', entityId: opts.actor.id });
  });
}
