import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accelerators } from '@/db/schema';
import { seedAccelerators } from '@/lib/seed/accelerators';
import { DEMO_MARKET_CSV } from '@/lib/seed/demo-market';
import type { SessionUser } from '@/lib/access';
import { createMarket } from '@/lib/markets/create-market';
import { commitClusterImport, previewClusterImport, type ImportFile } from '@/lib/markets/import-clusters';
import type { ImportMode, MarketInput } from '@/lib/markets/schemas';
import { createCaseWith, createUser } from '../fixtures/factories';

export const DEMO_CSV = fs.readFileSync(DEMO_MARKET_CSV);

export const marketInput = (over: Partial<MarketInput> = {}): MarketInput => ({
  name: 'AI accelerator capacity',
  definition: 'Installed accelerators of frontier developers.',
  metric: 'compute',
  geographicScope: 'Worldwide',
  asOf: '2025-10-31',
  includeNonOperational: false,
  mcDraws: 2_000,
  mcSeed: 7,
  mcDistribution: 'uniform',
  ...over,
});

export const csvFile = (text: string | Buffer, name = 'clusters.csv'): ImportFile => ({
  name,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : new Uint8Array(text),
});

/** Seeds the catalogue once per database (the reference seeder is idempotent). */
export async function catalogue() {
  const db = await getDb();
  await seedAccelerators(db);
  const rows = await db.select({ id: accelerators.id, name: accelerators.name }).from(accelerators);
  return Object.fromEntries(rows.map((r) => [r.name, r.id])) as Record<string, string>;
}

/** A case with counsel, a reviewer and an auditor on it, and one empty market. */
export async function marketCase() {
  await catalogue();
  const counsel = await createUser({ role: 'counsel', name: 'Clara Test' });
  const reviewer = await createUser({ role: 'reviewer' });
  const auditor = await createUser({ role: 'auditor' });
  const caseId = await createCaseWith({ counsel, members: [reviewer, auditor] });
  const { id: marketId } = await createMarket({ actor: counsel, caseId, input: marketInput() });
  return { counsel, reviewer, auditor, caseId, marketId };
}

/** Preview then commit, as the import page does. */
export async function importCsv(actor: SessionUser, caseId: string, marketId: string, file: ImportFile, mode: ImportMode = 'replace') {
  const preview = await previewClusterImport({ actor, caseId, marketId, file, mode });
  if (preview.status !== 'ready') return preview;
  return commitClusterImport({ actor, caseId, marketId, file, mode, sha256: preview.sha256, clustersStamp: preview.clustersStamp });
}

export async function acceleratorId(name: string) {
  const db = await getDb();
  const [row] = await db.select({ id: accelerators.id }).from(accelerators).where(eq(accelerators.name, name));
  return row.id;
}
