import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseMembers, cases, parties, users } from '@/db/schema';
import { can, type SessionUser } from '@/lib/auth/permissions';
import { requireCaseAbility } from './access';

/** A case with its parties and members, for a user allowed to read it (else NotFoundError). */
export async function getCase(opts: { actor: SessionUser; caseId: string }) {
  const { actor, caseId } = opts;
  const db = await getDb();
  const access = await requireCaseAbility(db, actor, caseId, 'read');
  const [[row], partyRows, memberRows] = await Promise.all([
    db.select().from(cases).where(eq(cases.id, caseId)),
    db.select().from(parties).where(eq(parties.caseId, caseId)).orderBy(asc(parties.createdAt)),
    db
      .select({ userId: users.id, name: users.name, email: users.email, role: users.role, addedAt: caseMembers.addedAt })
      .from(caseMembers)
      .innerJoin(users, eq(users.id, caseMembers.userId))
      .where(eq(caseMembers.caseId, caseId))
      .orderBy(asc(users.name)),
  ]);
  const [updater] = await db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy));
  const editable = !access.archived && can(actor, 'edit', access.isMember);
  return {
    case: {
      id: row.id,
      name: row.name,
      codename: row.codename,
      dealType: row.dealType,
      description: row.description,
      valueLowM: row.valueLowM,
      valueHighM: row.valueHighM,
      currency: row.currency,
      status: row.status,
      longStopDate: row.longStopDate,
      archivedAt: row.archivedAt,
      version: row.version,
      updatedAt: row.updatedAt,
      updatedByName: updater?.name ?? '',
    },
    parties: partyRows.map((p) => ({ id: p.id, name: p.name, role: p.role, country: p.country, ultimateParent: p.ultimateParent, version: p.version })),
    members: memberRows,
    permissions: {
      edit: editable,
      manageMembers: !access.archived && (actor.role === 'admin' || (actor.role === 'counsel' && access.isMember)),
      archive: actor.role === 'counsel' && access.isMember,
      isMember: access.isMember,
    },
  };
}
export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
