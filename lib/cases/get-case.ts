import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { caseMembers, cases, parties, users } from '@/db/schema';
import { assertCaseAbility, can, type SessionUser } from '@/lib/access';
import { NotFoundError } from '@/lib/core/errors';
import { isUuid } from '@/lib/core/ids';

const updater = alias(users, 'updater');

/** The order parties are listed in everywhere: as added; those added together (the demo seed) acquirer, target, other, then by name. */
export const PARTY_ORDER = [asc(parties.createdAt), asc(parties.role), asc(parties.name), asc(parties.id)];

// Parties and members ride along as JSON arrays, so the whole page is one round trip.
const partiesJson = sql<PartyRow[]>`coalesce((
  select json_agg(json_build_object('id', ${parties.id}, 'name', ${parties.name}, 'role', ${parties.role}, 'country', ${parties.country}, 'ultimateParent', ${parties.ultimateParent}, 'version', ${parties.version}) order by ${sql.join(PARTY_ORDER, sql`, `)})
  from ${parties} where ${parties.caseId} = ${cases.id}), '[]'::json)`;
const membersJson = sql<MemberJson[]>`coalesce((
  select json_agg(json_build_object('userId', u.id, 'name', u.name, 'email', u.email, 'role', u.role,
    'addedAt', to_char(m.added_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) order by u.name, u.id)
  from ${caseMembers} m join ${users} u on u.id = m.user_id where m.case_id = ${cases.id}), '[]'::json)`;

type PartyRow = Pick<typeof parties.$inferSelect, 'id' | 'name' | 'role' | 'country' | 'ultimateParent' | 'version'>;
type MemberJson = { userId: string; name: string; email: string; role: (typeof users.$inferSelect)['role']; addedAt: string };

/**
 * A case with its parties and members, for a user allowed to read it (else NotFoundError).
 * The case, its last editor, parties and members come back in one query: this is the hottest page.
 * Nothing is returned before the policy has seen the membership, read from those members.
 */
export async function getCase(opts: { actor: SessionUser; caseId: string }) {
  const { actor, caseId } = opts;
  if (!isUuid(caseId)) throw new NotFoundError('This case');
  const db = await getDb();
  const [row] = await db
    .select({
      c: cases,
      updatedByName: updater.name,
      parties: partiesJson,
      members: membersJson,
    })
    .from(cases)
    .innerJoin(updater, eq(updater.id, cases.updatedBy))
    .where(eq(cases.id, caseId));
  if (!row) throw new NotFoundError('This case');
  const c = row.c;
  const standing = { isMember: row.members.some((m) => m.userId === actor.id), archived: c.archivedAt !== null };
  assertCaseAbility(actor, 'read', { caseId, ...standing });
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
      edit: can(actor, 'edit', standing),
      manageMembers: can(actor, 'manage-members', standing),
      archive: can(actor, 'archive', standing),
      isMember: standing.isMember,
    },
  };
}
export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
