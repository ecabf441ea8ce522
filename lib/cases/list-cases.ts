import { and, desc, eq, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseMembers, cases } from '@/db/schema';
import { membershipJoin, type SessionUser } from '@/lib/access';
import type { CaseStatus } from './schemas';

export interface CaseListFilter {
  q?: string;
  status?: CaseStatus | 'all' | 'archived';
}

export const CASES_PAGE_SIZE = 50;

const LIST_FIELDS = {
  id: cases.id,
  name: cases.name,
  codename: cases.codename,
  dealType: cases.dealType,
  status: cases.status,
  longStopDate: cases.longStopDate,
  archivedAt: cases.archivedAt,
  updatedAt: cases.updatedAt,
};

/**
 * The cases this user may see, newest activity first, a page at a time. A non-admin's list starts
 * from their memberships (the wall as a join, which the index on case_members.user_id serves);
 * an admin sees every case.
 */
export async function listCases(opts: { actor: SessionUser; filter?: CaseListFilter; limit?: number; offset?: number }) {
  const { actor, filter = {} } = opts;
  const db = await getDb();
  const conds: SQL[] = [];
  if (filter.status === 'archived') conds.push(isNotNull(cases.archivedAt));
  else {
    conds.push(isNull(cases.archivedAt));
    if (filter.status && filter.status !== 'all') conds.push(eq(cases.status, filter.status));
  }
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(cases.name, pattern), ilike(cases.codename, pattern))!);
  }
  const join = membershipJoin(actor);
  const base = join ? db.select(LIST_FIELDS).from(caseMembers).innerJoin(cases, join) : db.select(LIST_FIELDS).from(cases);
  return base
    .where(and(...conds))
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(opts.limit ?? 200)
    .offset(opts.offset ?? 0);
}
