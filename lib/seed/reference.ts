import type { Db } from '@/db/client';
import { seedAccelerators } from './accelerators';
import { seedChecklistTemplates } from './checklist-templates';
import { seedEuCalendar, seedHsrTables } from './calendars';

/**
 * Reference data every deployment needs (catalogues, calendars, templates), seeded when its table is
 * empty and editable by admins afterwards. Each seeder is idempotent and audits what it writes.
 */
export const REFERENCE_SEEDERS: { name: string; run: (db: Db) => Promise<void> }[] = [
  { name: 'accelerator catalogue', run: async (db) => void (await db.transaction((tx) => seedAccelerators(tx))) },
  { name: 'checklist templates', run: seedChecklistTemplates },
  { name: 'Commission holiday calendar', run: seedEuCalendar },
  { name: 'HSR threshold and fee tables', run: seedHsrTables },
];

export async function seedReferenceData(db: Db) {
  for (const s of REFERENCE_SEEDERS) await s.run(db);
}
