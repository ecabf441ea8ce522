import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases, users, wallRefusals } from '@/db/schema';
import { canGlobal, type SessionUser } from '@/lib/access';
import { ForbiddenError } from '@/lib/core/errors';

export interface WallReportRow {
  userEmail: string;
  userName: string;
  userRole: string;
  caseId: string;
  caseCodename: string;
  attempts: number;
  hours: number;
  firstAt: Date;
  lastAt: Date;
  lastAbility: string;
  lastIp: string | null;
}

/**
 * Attempted crossings of the ethical wall, by user and case: how many refused requests, in how many
 * distinct hours, first and last. For administrators (the firm's risk team) only.
 */
export async function wallReport(opts: { actor: SessionUser; from?: Date; to?: Date }): Promise<WallReportRow[]> {
  if (!canGlobal(opts.actor, 'read-all-audit')) throw new ForbiddenError('Only an administrator can read the ethical wall report.');
  const db = await getDb();
  const conds = [];
  if (opts.from) conds.push(gte(wallRefusals.hour, opts.from));
  if (opts.to) conds.push(lt(wallRefusals.hour, opts.to));
  const rows = await db
    .select({
      userEmail: users.email,
      userName: users.name,
      userRole: users.role,
      caseId: cases.id,
      caseCodename: cases.codename,
      attempts: sql<number>`sum(${wallRefusals.attempts})::int`,
      hours: sql<number>`count(*)::int`,
      firstAt: sql<Date>`min(${wallRefusals.firstAt})`.mapWith(wallRefusals.firstAt),
      lastAt: sql<Date>`max(${wallRefusals.lastAt})`.mapWith(wallRefusals.lastAt),
      lastAbility: sql<string>`(array_agg(${wallRefusals.lastAbility} order by ${wallRefusals.lastAt} desc))[1]`,
      lastIp: sql<string | null>`(array_agg(${wallRefusals.lastIp} order by ${wallRefusals.lastAt} desc))[1]`,
    })
    .from(wallRefusals)
    .innerJoin(users, eq(users.id, wallRefusals.userId))
    .innerJoin(cases, eq(cases.id, wallRefusals.caseId))
    .where(conds.length ? and(...conds) : undefined)
    .groupBy(users.id, cases.id)
    .orderBy(desc(sql`max(${wallRefusals.lastAt})`), users.email);
  return rows;
}

export const WALL_REPORT_COLUMNS = ['User', 'Email', 'Role', 'Case codename', 'Case id', 'Refused requests', 'Distinct hours', 'First (UTC)', 'Last (UTC)', 'Last asked to', 'Last address'] as const;

export function wallReportCells(r: WallReportRow): string[] {
  return [r.userName, r.userEmail, r.userRole, r.caseCodename, r.caseId, String(r.attempts), String(r.hours), r.firstAt.toISOString(), r.lastAt.toISOString(), r.lastAbility, r.lastIp ?? ''];
}
