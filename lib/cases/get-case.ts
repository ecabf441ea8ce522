import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { caseMembers, cases, parties, users } from '@/db/schema';
import { can, type SessionUser } from '@/lib/auth/permissions';
import { NotFoundError } from '@/lib/errors';
import { isUuid } from './access';

const updater = alias(users, 'updater');

/**
 * A case with its parties and members, for a user allowed to read it (else NotFoundError).
 * The wall check, the case and its last editor come back in one query: this is the hottest page.
 */
export async function getCase(opts: { actor: SessionUser; caseId: string }) {
  const { actor, caseId } = opts;
  if (!isUuid(caseId)) throw new NotFoundError('This case');
  const db = await getDb();
  const [row] = await db
    .select({
      c: cases,
      updatedByName: updater.name,
      isMember: sql<boolean>`exists(select 1 from ${caseMembers} where ${and(eq(caseMembers.caseId, cases.id), eq(caseMembers.userId, actor.id))})`,
    })
    .from(cases)
    .innerJoin(updater, eq(updater.id, cases.updatedBy))
    .where(eq(cases.id, caseId));
  if (!row || !can(actor, 'read', row.isMember)) throw new NotFoundError('This case');
  const [partyRows, memberRows] = await Promise.all([
    db.select().from(parties).where(eq(parties.caseId, caseId)).orderBy(asc(parties.createdAt)),
    db
      .select({ userId: users.id, name: users.name, email: users.email, role: users.role, addedAt: caseMembers.addedAt })
      .from(caseMembers)
      .innerJoin(users, eq(users.id, caseMembers.userId))
      .where(eq(caseMembers.caseId, caseId))
      .orderBy(asc(users.name)),
  ]);
  const c = row.c;
  const archived = c.archivedAt !== null;
  return {
    case: {
      id: c.id,
      name: c.name,
      codename: c.codename,
      dealType: c.dealType,
      description: c.description,
      valueLowM: c.valueLowM,
      valueHighM: c.valueHighM,
      currency: c.currency,
      status: c.status,
      longStopDate: c.longStopDate,
      archivedAt: c.archivedAt,
      version: c.version,
      updatedAt: c.updatedAt,
      updatedByName: row.updatedByName,
    },
    parties: partyRows.map((p) => ({ id: p.id, name: p.name, role: p.role, country: p.country, ultimateParent: p.ultimateParent, version: p.version })),
    members: memberRows,
    permissions: {
      edit: !archived && can(actor, 'edit', row.isMember),
      manageMembers: !archived && can(actor, 'manage-members', row.isMember),
      archive: actor.role === 'counsel' && row.isMember,
      isMember: row.isMember,
    },
  };
}
export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
