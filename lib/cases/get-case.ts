import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { caseMembers, cases, parties, users } from '@/db/schema';
import { can, type SessionUser } from '@/lib/auth/permissions';
import { NotFoundError } from '@/lib/errors';
import { isUuid } from './access';

const updater = alias(users, 'updater');

// Parties and members ride along as JSON arrays, so the whole page is one round trip. Parties keep the
// order they were added in; those added together (the demo seed) list acquirer before target, then by name.
const partiesJson = sql<PartyRow[]>`coalesce((
  select json_agg(json_build_object('id', p.id, 'name', p.name, 'role', p.role, 'country', p.country, 'ultimateParent', p.ultimate_parent, 'version', p.version) order by p.created_at, p.role, p.name, p.id)
  from ${parties} p where p.case_id = ${cases.id}), '[]'::json)`;
const membersJson = sql<MemberJson[]>`coalesce((
  select json_agg(json_build_object('userId', u.id, 'name', u.name, 'email', u.email, 'role', u.role,
    'addedAt', to_char(m.added_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) order by u.name, u.id)
  from ${caseMembers} m join ${users} u on u.id = m.user_id where m.case_id = ${cases.id}), '[]'::json)`;

type PartyRow = Pick<typeof parties.$inferSelect, 'id' | 'name' | 'role' | 'country' | 'ultimateParent' | 'version'>;
type MemberJson = { userId: string; name: string; email: string; role: (typeof users.$inferSelect)['role']; addedAt: string };

/**
 * A case with its parties and members, for a user allowed to read it (else NotFoundError).
 * The wall check, the case, its last editor, parties and members come back in one query: this is
 * the hottest page. Nothing is returned before the policy has seen the membership.
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
      parties: partiesJson,
      members: membersJson,
    })
    .from(cases)
    .innerJoin(updater, eq(updater.id, cases.updatedBy))
    .where(eq(cases.id, caseId));
  if (!row || !can(actor, 'read', row.isMember)) throw new NotFoundError('This case');
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
    parties: row.parties,
    members: row.members.map((m) => ({ ...m, addedAt: new Date(m.addedAt) })),
    permissions: {
      edit: !archived && can(actor, 'edit', row.isMember),
      manageMembers: !archived && can(actor, 'manage-members', row.isMember),
      archive: actor.role === 'counsel' && row.isMember,
      isMember: row.isMember,
    },
  };
}
export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
