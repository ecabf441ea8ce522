import { sql } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';

/**
 * The committed head of the audit chain, "seq:hash", as a SQL expression to read beside something
 * else. Every mutation appends its audit event in its own transaction, and appends are serialised by
 * the chain lock held until commit (record.ts), so the head moves with every committed change, by any
 * app instance on the same database: a version for the whole of the data (lib/stamped-cache.ts).
 * The hash keeps it unique should the database be restored to an earlier point and the same
 * sequence numbers be issued again for other events.
 */
export const dataStampSql = sql<string>`coalesce((select ${auditEvents.seq}::text || ':' || ${auditEvents.hash} from ${auditEvents} order by ${auditEvents.seq} desc limit 1), '0')`;
