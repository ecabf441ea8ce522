import { and, desc, eq, gte, ilike, lt, lte, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { canGlobal, requireCaseAbility, type SessionUser } from '@/lib/access';
import { ForbiddenError } from '@/lib/core/errors';
import { searchDate, searchInt, searchText } from '@/lib/core/search-params';
import { namesAtTheTime } from './entity-names';
import { withPeopleNamed } from './people-names';

export interface AuditFilter {
  actor?: string; // email, partial match
  action?: string; // prefix, e.g. "case." or "auth.sign-in-failed"
  from?: string; // YYYY-MM-DD, inclusive
  to?: string; // YYYY-MM-DD, inclusive
  before?: number; // seq cursor for paging
}

export const AUDIT_PAGE_SIZE = 100;

/** The audit pages' query string, for `parseSearchParams`: a bad value is no filter, never an error. */
export const AUDIT_FILTER_SHAPE = {
  actor: searchText(254),
  action: searchText(100),
  from: searchDate,
  to: searchDate,
  before: searchInt(2 ** 53 - 1),
};

/** A case's activity (members and admins), or the whole trail (admins only). */
export async function listAuditEvents(opts: { actor: SessionUser; caseId?: string; filter?: AuditFilter; limit?: number }) {
  const { actor, caseId, filter = {} } = opts;
  const db = await getDb();
  const conds: SQL[] = [];
  if (caseId) {
    await requireCaseAbility(db, actor, caseId, 'read');
    conds.push(eq(auditEvents.caseId, caseId));
  } else if (!canGlobal(actor, 'read-all-audit')) {
    throw new ForbiddenError('Only an administrator can read the whole audit trail.');
  }
  if (filter.actor) conds.push(ilike(auditEvents.actorEmail, `%${filter.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filter.action) conds.push(ilike(auditEvents.action, `${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filter.from && /^\d{4}-\d{2}-\d{2}$/.test(filter.from)) conds.push(gte(auditEvents.occurredAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to && /^\d{4}-\d{2}-\d{2}$/.test(filter.to)) conds.push(lte(auditEvents.occurredAt, new Date(`${filter.to}T23:59:59.999Z`)));
  if (filter.before) conds.push(lt(auditEvents.seq, filter.before));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditEvents.seq))
    .limit(opts.limit ?? AUDIT_PAGE_SIZE);
  const names = await namesAtTheTime(db, rows, caseId);
  const people = await withPeopleNamed(db, rows);
  return rows.map((r, i) => ({
    seq: r.seq,
    occurredAt: r.occurredAt,
    actorEmail: r.actorEmail,
    actorName: people[i].actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    /** What the entity was called when this happened (from the trail itself), if the trail says. */
    entityName: names.get(r.seq) ?? null,
    caseId: r.caseId,
    changes: r.changes,
    /** `changes` with every user id shown as that person's name, for people to read. */
    changesShown: people[i].changesShown,
    ip: r.ip,
    userAgent: r.userAgent,
    hash: r.hash,
  }));
}
