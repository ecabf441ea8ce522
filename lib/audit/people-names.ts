import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users } from '@/db/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function collectIds(value: unknown, into: Set<string>) {
  if (typeof value === 'string') {
    if (UUID.test(value)) into.add(value.toLowerCase());
  } else if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collectIds(v, into);
  }
}

function replaceIds(value: unknown, names: Map<string, string>): unknown {
  if (typeof value === 'string') return UUID.test(value) ? (names.get(value.toLowerCase()) ?? value) : value;
  if (Array.isArray(value)) return value.map((v) => replaceIds(v, names));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceIds(v, names)]));
  return value;
}

/**
 * People as readers know them. Audit data is immutable and names people by id (an approver, a
 * preparer, a lapse's author): on display, every id that belongs to a user is shown as that user's
 * name, so events written before names were recorded beside ids read the same as new ones. The
 * stored data, and so the hash chain, is untouched.
 */
export async function withPeopleNamed<R extends { actorId: string | null; changes: unknown }>(db: Executor, rows: R[]) {
  const ids = new Set<string>();
  for (const r of rows) {
    if (r.actorId) ids.add(r.actorId);
    collectIds(r.changes, ids);
  }
  const found = ids.size ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids])) : [];
  const names = new Map(found.map((u) => [u.id.toLowerCase(), u.name]));
  return rows.map((r) => ({ actorName: r.actorId ? (names.get(r.actorId.toLowerCase()) ?? null) : null, changesShown: replaceIds(r.changes, names) }));
}
