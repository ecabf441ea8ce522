import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit';
import { sha256Hex } from '@/lib/audit/canonical';
import type { SessionUser } from '@/lib/access';
import { requireMarket } from './access';
import { CLUSTER_CSV_COLUMNS } from './cluster-csv';
import { toCsvFile } from './csv';
import { loadMarketSnapshot } from './snapshot';

const slug = (t: string) =>
  t
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase() || 'market';

/**
 * The market's clusters in the import layout, so an export re-imports unchanged. The download is
 * recorded: case data leaving the app belongs in the trail.
 */
export async function exportClustersCsv(opts: { actor: SessionUser; caseId: string; marketId: string }) {
  const { actor, caseId, marketId } = opts;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { access, market } = await requireMarket(tx, actor, caseId, marketId, 'download');
    const s = await loadMarketSnapshot(tx, market);
    const rows = s.clusters.map((c) => [c.firm, c.name, c.site, c.accelerator, String(c.countLow), String(c.countCentral), String(c.countHigh), c.status, c.asOf, c.source]);
    const csv = toCsvFile([[...CLUSTER_CSV_COLUMNS], ...rows]);
    await recordAudit(tx, actor, { action: 'market.clusters-export', entityType: 'market', entityId: marketId, caseId, changes: { rows: rows.length, sha256: sha256Hex(csv) } });
    return { filename: `${slug(access.codename)}-${slug(market.name)}-clusters.csv`, csv, rows: rows.length };
  });
}
