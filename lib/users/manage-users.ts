import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { settings, signInKeys, users } from '@/db/schema';
import { closeWindow } from '@/lib/auth/throttle/failure-window';
import { diffFields, recordAudit } from '@/lib/audit';
import { canGlobal, type SessionUser } from '@/lib/access';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { createUserSchema, settingsSchema, updateUserSchema, type CreateUserInput, type UpdateUserInput } from '@/lib/auth/schemas';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { isUuid } from '@/lib/core/ids';
import { DEFAULT_SESSION_HOURS } from '@/lib/auth/session-lifetime';

function requireAdmin(actor: SessionUser) {
  if (!canGlobal(actor, 'manage-users')) throw new ForbiddenError('Only an administrator can manage users.');
}

const PUBLIC_FIELDS = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  mustChangePassword: users.mustChangePassword,
  version: users.version,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

export async function listUsers(opts: { actor: SessionUser }) {
  requireAdmin(opts.actor);
  const db = await getDb();
  return db
    .select({
      ...PUBLIC_FIELDS,
      // Until when failed sign-ins make some attempt on this account wait (null: none does). The outer
      // column is spelled out: drizzle leaves columns unqualified in a single-table select.
      signInPausedUntil: sql<string | null>`(select max(k.next_attempt_at)::text from ${signInKeys} k where k.email = "users"."email" and k.next_attempt_at > now())`,
    })
    .from(users)
    .orderBy(asc(users.email));
}

/** Creates an account with a one-time password that the admin hands over; it must be changed at first sign-in. */
export async function createUser(opts: { actor: SessionUser; input: CreateUserInput }) {
  requireAdmin(opts.actor);
  const data = createUserSchema.parse(opts.input);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    if (exists) throw new ValidationError('A user with this email already exists.', { email: 'A user with this email already exists.' });
    const [row] = await tx.insert(users).values({ ...data, passwordHash, mustChangePassword: true }).returning({ id: users.id });
    await recordAudit(tx, opts.actor, { action: 'user.create', entityType: 'user', entityId: row.id, changes: data });
    return { id: row.id, oneTimePassword: password };
  });
}

/** Role and status changes take effect on the user's next request (they are read on every request). */
export async function updateUser(opts: { actor: SessionUser; input: UpdateUserInput }) {
  requireAdmin(opts.actor);
  const data = updateUserSchema.parse(opts.input);
  if (data.userId === opts.actor.id && (data.status !== 'active' || data.role !== 'admin')) {
    throw new ValidationError('You cannot disable yourself or remove your own admin role.', { role: 'Ask another administrator.' });
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, data.userId));
    if (!before) throw new NotFoundError('This user');
    const res = await tx
      .update(users)
      .set({
        role: data.role,
        status: data.status,
        version: data.version + 1,
        updatedAt: new Date(),
        sessionEpoch: data.status === 'disabled' ? sql`${users.sessionEpoch} + 1` : users.sessionEpoch,
      })
      .where(and(eq(users.id, data.userId), eq(users.version, data.version)))
      .returning({ version: users.version });
    if (!res.length) {
      throw new ConflictError({ changedBy: 'another administrator', changedAt: before.updatedAt.toISOString(), currentVersion: before.version, current: { role: before.role, status: before.status } });
    }
    const changes = diffFields(before, { role: data.role, status: data.status });
    const action = changes.status ? (data.status === 'disabled' ? 'user.disable' : 'user.enable') : 'user.update';
    await recordAudit(tx, opts.actor, { action, entityType: 'user', entityId: data.userId, changes });
    return { version: res[0].version };
  });
}

export async function resetPassword(opts: { actor: SessionUser; userId: string }) {
  requireAdmin(opts.actor);
  if (!isUuid(opts.userId)) throw new NotFoundError('This user');
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const res = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, sessionEpoch: sql`${users.sessionEpoch} + 1`, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, opts.userId))
      .returning({ email: users.email });
    if (!res.length) throw new NotFoundError('This user');
    await clearThrottle(tx, res[0].email); // the new one-time password must not meet the old delays
    await recordAudit(tx, opts.actor, { action: 'user.password-reset', entityType: 'user', entityId: opts.userId, changes: { email: res[0].email } });
    return { oneTimePassword: password };
  });
}

async function clearThrottle(tx: Tx, email: string) {
  const cleared = await tx.delete(signInKeys).where(eq(signInKeys.email, email)).returning({ key: signInKeys.key });
  await closeWindow(tx, email);
  return cleared.length;
}

/** Lets the account sign in again at once from any address: its failure delays are forgotten (the failures stay in the trail). */
export async function unlockSignIn(opts: { actor: SessionUser; userId: string }) {
  requireAdmin(opts.actor);
  if (!isUuid(opts.userId)) throw new NotFoundError('This user');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, opts.userId));
    if (!user) throw new NotFoundError('This user');
    const keysCleared = await clearThrottle(tx, user.email);
    await recordAudit(tx, opts.actor, { action: 'user.unlock-sign-in', entityType: 'user', entityId: opts.userId, changes: { email: user.email, keysCleared } });
    return { keysCleared };
  });
}

export async function setSessionHours(opts: { actor: SessionUser; input: { sessionHours: number } }) {
  requireAdmin(opts.actor);
  const { sessionHours } = settingsSchema.parse(opts.input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(settings).where(eq(settings.key, 'session'));
    await tx
      .insert(settings)
      .values({ key: 'session', value: { hours: sessionHours } })
      .onConflictDoUpdate({ target: settings.key, set: { value: { hours: sessionHours }, updatedAt: new Date() } });
    await recordAudit(tx, opts.actor, { action: 'settings.update', entityType: 'settings', entityId: 'session', changes: { hours: { before: (before?.value as { hours?: number })?.hours ?? DEFAULT_SESSION_HOURS, after: sessionHours } } });
  });
}

export { getSessionHours } from '@/lib/auth/session-hours';
