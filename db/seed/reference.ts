import type { Db } from '@/db/client';

/**
 * Reference data every deployment needs (catalogues, calendars, templates), seeded when its table is
 * empty and editable by admins afterwards. Each seeder is idempotent and audits what it writes.
 */
export const REFERENCE_SEEDERS: { name: string; run: (db: Db) => Promise<void> }[] = [];

export async function seedReferenceData(db: Db) {
  for (const s of REFERENCE_SEEDERS) await s.run(db);
}
