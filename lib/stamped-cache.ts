import { BoundedMap } from './bounded-map';

/**
 * A per-process cache for the reads every page repeats (the unread badge, the case overview), valid
 * only while the database's data stamp is unchanged.
 *
 * The stamp is the audit trail's committed head (lib/audit/data-stamp.ts), read in the same query as
 * the signed-in user (lib/auth/session.ts): it grows with every committed change, made by any
 * instance on the same database. A value is stored under the stamp read *before* it was loaded, so
 * it is never older than its stamp; a request that sees a newer stamp loads afresh. Errors (a case
 * outside the wall) are not cached.
 */
export class StampedCache<V> {
  private readonly entries: BoundedMap<string, { stamp: string; value: V }>;

  constructor(maxEntries: number) {
    this.entries = new BoundedMap(maxEntries);
  }

  async get(key: string, stamp: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = await load();
    this.entries.set(key, { stamp, value });
    return value;
  }
}
