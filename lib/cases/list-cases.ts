import { and, desc, eq, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases } from '@/db/schema';
import { caseVisibleTo, type SessionUser } from '@/lib/auth/permissions';
import type { CaseStatus } from './schemas';

export interface CaseListFilter {
  q?: string;
  status?: CaseStatus | 'all' | 'archived';
}

export const CASES_PAGE_SIZE = 50;

/** The cases this user may see, newest activity first, a page at a time. */
export async function listCases(opts: { actor: SessionUser; filter?: CaseListFilter; limit?: number; offset?: number }) {
  const { actor, filter = {} } = opts;
  const db = await getDb();
  const conds: SQL[] = [caseVisibleTo(actor)];
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
  return db
    .select({
      id: cases.id,
      name: cases.name,
      codename: cases.codename,
      dealType: cases.dealType,
      status: cases.status,
      longStopDate: cases.longStopDate,
      archivedAt: cases.archivedAt,
      updatedAt: cases.updatedAt,
    })
    .from(cases)
    .where(and(...conds))
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(opts.limit ?? 200)
    .offset(opts.offset ?? 0);
}
