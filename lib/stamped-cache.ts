/**
 * A per-process cache for the reads every page repeats (the unread badge, the case overview), valid
 * only while the database's data stamp is unchanged.
 *
 * The stamp is the audit trail's committed head (lib/audit/data-stamp.ts), read in the same query as
 * the signed-in user (lib/auth/session.ts): it grows with every committed change, made by any
 * instance on the same database. A value is stored under
 * the stamp read *before* it was loaded, so it is never older than its stamp; a request that sees a
 * newer stamp loads afresh. Errors (a case outside the wall) are not cached.
 */
export class StampedCache<V> {
  private readonly entries = new Map<string, { stamp: string; value: V }>();

  constructor(private readonly maxEntries: number) {}

  async get(key: string, stamp: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = await load();
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { stamp, value });
    return value;
  }
}
