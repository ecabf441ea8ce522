import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { holidayCalendarYears, hsrThresholdTables } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { EU_COMMISSION_HOLIDAYS } from '@/lib/deadlines';
import { HSR_TABLES } from '@/lib/hsr';

// Reference data for the regulatory clocks, seeded once into an empty table and edited by admins
// afterwards: the Commission's Brussels holidays (the U.S. federal calendar is generated from the
// statute and needs no rows) and the HSR threshold and fee tables.

const SYSTEM = { id: null, email: 'system:seed' };

export async function seedEuCalendar(db: Db) {
  await db.transaction(async (tx) => {
    const existing = await tx.select({ id: holidayCalendarYears.id }).from(holidayCalendarYears).where(eq(holidayCalendarYears.kind, 'eu-commission')).limit(1);
    if (existing.length) return;
    for (const y of EU_COMMISSION_HOLIDAYS) {
      // The bundled note already says how far a year was checked; fall back to verifiedThrough alone.
      const note = y.note ?? (y.verifiedThrough ? `Verified through ${y.verifiedThrough}.` : '');
      const values = { kind: 'eu-commission' as const, year: y.year, holidays: [...y.holidays], source: y.source, verified: y.verified, note };
      const [row] = await tx.insert(holidayCalendarYears).values(values).returning({ id: holidayCalendarYears.id });
      await recordAudit(tx, SYSTEM, { action: 'calendar.year-create', entityType: 'holiday_calendar_year', entityId: row.id, changes: { ...values, source: `${values.source} (bundled data, seeded)` } });
    }
  });
}

export async function seedHsrTables(db: Db) {
  await db.transaction(async (tx) => {
    const existing = await tx.select({ id: hsrThresholdTables.id }).from(hsrThresholdTables).limit(1);
    if (existing.length) return;
    for (const t of HSR_TABLES) {
      const values = {
        year: t.year,
        effectiveFrom: t.effectiveFrom,
        source: t.source,
        sizeOfTransactionUsd: t.sizeOfTransactionUsd,
        sizeOfPersonSmallerUsd: t.sizeOfPerson.smallerUsd,
        sizeOfPersonLargerUsd: t.sizeOfPerson.largerUsd,
        noSizeOfPersonAboveUsd: t.noSizeOfPersonAboveUsd,
        feeTiers: t.feeTiers.map((tier) => ({ ...tier })),
      };
      const [row] = await tx.insert(hsrThresholdTables).values(values).returning({ id: hsrThresholdTables.id });
      await recordAudit(tx, SYSTEM, { action: 'hsr-table.create', entityType: 'hsr_threshold_table', entityId: row.id, changes: { ...values, seeded: true } });
    }
  });
}
