import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditEvents } from '@/db/schema';

/*
 * The Activity tab names each entity as it was called when the event happened, read from the
 * events' own data (never from today's row, which may be renamed or deleted since). An event that
 * does not carry the name (an update that left it alone) takes it from the latest earlier event of
 * the same entity that did.
 */

// Keys that name an entity in audit data, by preference: a cluster's `name`, a document's `title`…
const NAME_KEYS = ['name', 'title', 'label', 'codename', 'party', 'fileName', 'email', 'key'] as const;

/** The name in one event's data: a plain value, or the new value of a change (a rename). */
export function nameInChanges(changes: unknown): string | null {
  if (!changes || typeof changes !== 'object') return null;
  const c = changes as Record<string, unknown>;
  for (const key of NAME_KEYS) {
    const v = c[key];
    if (typeof v === 'string' && v.trim()) return v;
    if (v && typeof v === 'object' && 'after' in v && typeof (v as { after: unknown }).after === 'string') return (v as { after: string }).after;
  }
  return null;
}

type Named = { seq: number; entityId: string | null; changes: unknown };

/** entity name per event seq, for the rows of one page (newest first or in any order). */
export async function namesAtTheTime(db: Executor, rows: Named[], caseId?: string): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const missing = new Set<string>();
  for (const r of rows) {
    const own = nameInChanges(r.changes);
    if (own !== null) out.set(r.seq, own);
    else if (r.entityId) missing.add(r.entityId);
  }
  if (!missing.size) return out;
  const upTo = Math.max(...rows.map((r) => r.seq));
  const history = await db
    .select({ seq: auditEvents.seq, entityId: auditEvents.entityId, changes: auditEvents.changes })
    .from(auditEvents)
    .where(
      and(
        inArray(auditEvents.entityId, [...missing]),
        lte(auditEvents.seq, upTo),
        caseId ? eq(auditEvents.caseId, caseId) : undefined,
        sql`${auditEvents.changes} ?| array['name','title','label','codename','party','fileName','email','key']`,
      ),
    )
    .orderBy(asc(auditEvents.seq));
  const byEntity = new Map<string, { seq: number; name: string }[]>();
  for (const h of history) {
    const name = nameInChanges(h.changes);
    if (name === null || !h.entityId) continue;
    const list = byEntity.get(h.entityId) ?? [];
    list.push({ seq: h.seq, name });
    byEntity.set(h.entityId, list);
  }
  for (const r of rows) {
    if (out.has(r.seq) || !r.entityId) continue;
    const earlier = (byEntity.get(r.entityId) ?? []).filter((h) => h.seq <= r.seq);
    if (earlier.length) out.set(r.seq, earlier[earlier.length - 1].name);
  }
  return out;
}
