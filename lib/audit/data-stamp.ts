import { sql } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';

/**
 * The committed head of the audit chain, as a SQL expression to read beside something else.
 * Every mutation appends its audit event in its own transaction, and appends are serialised by the
 * chain lock held until commit (record.ts), so this number grows with every committed change, by
 * any app instance on the same database: a version for the whole of the data (lib/stamped-cache.ts).
 */
export const dataStampSql = sql<string>`(select coalesce(max(${auditEvents.seq}), 0) from ${auditEvents})`;
