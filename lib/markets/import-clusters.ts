import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor } from '@/db/client';
import { accelerators, clusters, marketFirms, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { sha256Hex } from '@/lib/audit/canonical';
import type { SessionUser } from '@/lib/access';
import { ConflictError, ValidationError } from '@/lib/core/errors';
import { requireMarket } from './access';
import { insertClusterRows } from './insert-clusters';
import { clusterKey, readClusterCsv, type CsvCluster, type RowError } from './cluster-csv';
import { IMPORT_MODES, MAX_IMPORT_BYTES, type ImportMode } from './schemas';

/*
 * CSV import of a market's clusters, in two steps: a preview that checks every row and writes
 * nothing, then a commit that checks again (the server never trusts the preview), inserts in
 * batches inside one transaction and records one audit event for the whole file.
 */

export type ImportFile = { name: string; bytes: Uint8Array };

export type ImportInvalid = { status: 'invalid'; fileName: string; fileError?: string; errors: RowError[]; errorCount: number };

export type ImportPreview = {
  status: 'ready';
  fileName: string;
  sha256: string;
  mode: ImportMode;
  rows: number;
  currentClusters: number;
  firms: { name: string; clusters: number; countCentral: number; isNew: boolean }[];
  sample: CsvCluster[];
  /** Fingerprint of the market's clusters at preview time; the commit refuses if they changed. */
  clustersStamp: string;
};

export type ImportDone = { status: 'imported'; rows: number; replaced: number; firmsCreated: number; sha256: string };

// Parsed as the form's `mode` field, so a bad value is reported at that field, not as a nameless error.
const modeSchema = z.preprocess((mode) => ({ mode }), z.object({ mode: z.enum(IMPORT_MODES, { message: 'Choose whether to replace the clusters or add to them.' }) })).transform((v) => v.mode);

type Prepared = { status: 'ready'; sha256: string; rows: CsvCluster[]; current: { id: string; firm: string; name: string; version: number }[]; stamp: string };

async function prepare(tx: Executor, marketId: string, file: ImportFile, mode: ImportMode): Promise<Prepared | ImportInvalid> {
  const invalid = (fileError: string): ImportInvalid => ({ status: 'invalid', fileName: file.name, fileError, errors: [], errorCount: 1 });
  if (file.bytes.byteLength > MAX_IMPORT_BYTES) {
    const mb = (file.bytes.byteLength / 1024 / 1024).toFixed(1);
    return invalid(`The file is ${mb} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files and use “add to them”.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return invalid('The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.');
  }
  const [catalogue, current] = await Promise.all([
    tx.select({ name: accelerators.name }).from(accelerators),
    tx
      .select({ id: clusters.id, firm: marketFirms.name, name: clusters.name, version: clusters.version })
      .from(clusters)
      .innerJoin(marketFirms, eq(marketFirms.id, clusters.firmId))
      .where(eq(clusters.marketId, marketId))
      .orderBy(asc(clusters.id)),
  ]);
  const existing = mode === 'add' ? new Set(current.map((c) => clusterKey(c.firm, c.name))) : undefined;
  const read = readClusterCsv(text, { acceleratorNames: catalogue.map((a) => a.name), existing });
  if (read.errorCount) return { status: 'invalid', fileName: file.name, errors: read.errors, errorCount: read.errorCount };
  const stamp = sha256Hex(current.map((c) => `${c.id}:${c.version}`).join('\n'));
  return { status: 'ready', sha256: sha256Hex(file.bytes), rows: read.rows, current, stamp };
}

export async function previewClusterImport(opts: { actor: SessionUser; caseId: string; marketId: string; file: ImportFile; mode: ImportMode }): Promise<ImportPreview | ImportInvalid> {
  const { actor, caseId, marketId, file } = opts;
  const mode = modeSchema.parse(opts.mode);
  const db = await getDb();
  return db.transaction(async (tx) => {
    // The preview writes nothing and its fingerprint is checked again at commit: no need to hold up writers.
    await requireMarket(tx, actor, caseId, marketId, 'edit', { lock: false });
    const p = await prepare(tx, marketId, file, mode);
    if (p.status === 'invalid') return p;
    const known = new Set((await tx.select({ name: marketFirms.name }).from(marketFirms).where(eq(marketFirms.marketId, marketId))).map((f) => f.name));
    const byFirm = new Map<string, { name: string; clusters: number; countCentral: number; isNew: boolean }>();
    for (const r of p.rows) {
      const f = byFirm.get(r.firm) ?? { name: r.firm, clusters: 0, countCentral: 0, isNew: !known.has(r.firm) };
      f.clusters++;
      f.countCentral += r.countCentral;
      byFirm.set(r.firm, f);
    }
    return {
      status: 'ready',
      fileName: file.name,
      sha256: p.sha256,
      mode,
      rows: p.rows.length,
      currentClusters: p.current.length,
      firms: [...byFirm.values()],
      sample: p.rows.slice(0, 10),
      clustersStamp: p.stamp,
    };
  });
}

export async function commitClusterImport(opts: {
  actor: SessionUser;
  caseId: string;
  marketId: string;
  file: ImportFile;
  mode: ImportMode;
  sha256: string;
  clustersStamp: string;
}): Promise<ImportDone | ImportInvalid> {
  const { actor, caseId, marketId, file } = opts;
  const mode = modeSchema.parse(opts.mode);
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Locks the market before the fingerprint is read: a second commit waits here, then sees this
    // one's rows and is refused as stale instead of deleting and inserting beside them.
    await requireMarket(tx, actor, caseId, marketId, 'edit');
    const p = await prepare(tx, marketId, file, mode);
    if (p.status === 'invalid') return p;
    if (p.sha256 !== opts.sha256) throw new ValidationError('This is not the file you previewed. Check it again before importing.');
    if (p.stamp !== opts.clustersStamp) throw await staleClusters(tx, marketId, p.current.length);

    if (mode === 'replace') await tx.delete(clusters).where(eq(clusters.marketId, marketId));
    const { firmsCreated } = await insertClusterRows(tx, marketId, p.rows, actor.id);
    const replaced = mode === 'replace' ? p.current.length : 0;
    await recordAudit(tx, actor, {
      action: 'market.clusters-import',
      entityType: 'market',
      entityId: marketId,
      caseId,
      changes: { mode, rows: p.rows.length, replaced, firmsCreated, fileName: file.name, sha256: p.sha256 },
    });
    return { status: 'imported', rows: p.rows.length, replaced, firmsCreated: firmsCreated.length, sha256: p.sha256 };
  });
}

async function staleClusters(tx: Executor, marketId: string, count: number) {
  const [latest] = await tx
    .select({ at: clusters.updatedAt, name: users.name })
    .from(clusters)
    .innerJoin(users, eq(users.id, clusters.updatedBy))
    .where(eq(clusters.marketId, marketId))
    .orderBy(desc(clusters.updatedAt))
    .limit(1);
  return new ConflictError({
    changedBy: latest?.name ?? 'another user',
    changedAt: (latest?.at ?? new Date()).toISOString(),
    currentVersion: 0,
    current: { clusters: count },
  });
}
