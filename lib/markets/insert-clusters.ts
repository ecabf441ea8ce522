import { eq, max, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { accelerators, clusters, marketFirms } from '@/db/schema';
import type { CsvCluster } from './cluster-csv';

const BATCH = 1000;
/*
 * Clusters go in as one JSON parameter per batch, unpacked by jsonb_to_recordset: a multi-row
 * VALUES list needs 13 parameters a row (at most ~5,000 rows a statement) and measured over twice
 * as slow on PGlite for 10,000 rows. The table's checks and constraints apply all the same.
 */
const ROW_BATCH = 5000;

/**
 * Inserts checked CSV rows after the market's existing clusters, creating missing firms, in
 * batched statements inside the caller's transaction. The caller records the audit event.
 */
export async function insertClusterRows(tx: Executor, marketId: string, rows: readonly CsvCluster[], actorId: string) {
  const firmIds = new Map(
    (await tx.select({ id: marketFirms.id, name: marketFirms.name }).from(marketFirms).where(eq(marketFirms.marketId, marketId))).map((f) => [f.name, f.id]),
  );
  const missing = [...new Set(rows.map((r) => r.firm))].filter((n) => !firmIds.has(n));
  for (let i = 0; i < missing.length; i += BATCH) {
    const made = await tx
      .insert(marketFirms)
      .values(missing.slice(i, i + BATCH).map((name) => ({ marketId, name, updatedBy: actorId })))
      .returning({ id: marketFirms.id, name: marketFirms.name });
    for (const f of made) firmIds.set(f.name, f.id);
  }
  const accIds = new Map((await tx.select({ id: accelerators.id, name: accelerators.name }).from(accelerators)).map((a) => [a.name, a.id]));
  const [{ last }] = await tx.select({ last: max(clusters.position) }).from(clusters).where(eq(clusters.marketId, marketId));
  const start = (last ?? -1) + 1;
  for (let i = 0; i < rows.length; i += ROW_BATCH) {
    const batch = rows.slice(i, i + ROW_BATCH).map((r, k) => ({
      market_id: marketId,
      firm_id: firmIds.get(r.firm)!,
      name: r.cluster,
      site: r.site,
      accelerator_id: accIds.get(r.accelerator)!,
      count_low: r.countLow,
      count_central: r.countCentral,
      count_high: r.countHigh,
      status: r.status,
      as_of: r.asOf,
      source: r.source,
      position: start + i + k,
      updated_by: actorId,
    }));
    await tx.execute(sql`
      insert into ${clusters} (market_id, firm_id, name, site, accelerator_id, count_low, count_central, count_high, status, as_of, source, position, updated_by)
      select market_id, firm_id, name, site, accelerator_id, count_low, count_central, count_high, status, as_of, source, position, updated_by
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r(
        market_id uuid, firm_id uuid, name text, site text, accelerator_id uuid, count_low integer, count_central integer,
        count_high integer, status cluster_status, as_of date, source text, position integer, updated_by uuid)`);
  }
  return { firmsCreated: missing, firmIds };
}
