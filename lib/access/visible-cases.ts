import { and, eq, exists, sql, type SQL } from 'drizzle-orm';
import { caseMembers, cases } from '@/db/schema';
import type { SessionUser } from './policy';

/**
 * The cases a user may see, as SQL: administrators every case, everyone else the cases they are a
 * member of. Every list, search and feed filters with one of these two, so the wall is one rule.
 */
export function caseVisibleTo(user: Pick<SessionUser, 'id' | 'role'>, caseIdColumn: SQL | typeof cases.id = cases.id): SQL {
  if (user.role === 'admin') return sql`true`;
  return exists(sql`(select 1 from ${caseMembers} where ${caseMembers.caseId} = ${caseIdColumn} and ${caseMembers.userId} = ${user.id})`);
}

/**
 * The same rule as a join, for lists that start from the user (the index on case_members.user_id
 * serves it): the join condition, or null when the user sees every case and no join is needed.
 */
export function membershipJoin(user: Pick<SessionUser, 'id' | 'role'>): SQL | null {
  if (user.role === 'admin') return null;
  return and(eq(cases.id, caseMembers.caseId), eq(caseMembers.userId, user.id))!;
}
