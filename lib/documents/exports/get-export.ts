import { getDb } from '@/db/client';
import { recordAudit, sha256Hex } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { NotFoundError } from '@/lib/core/errors';
import { EXPORT_DATASETS, EXPORT_FORMATS, loadDataset, render, type ExportDataset, type ExportFormat } from './datasets';

export const CONTENT_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

/** "clusters.csv" → its dataset and format; anything else is not a file we serve. */
export function parseExportName(name: string): { dataset: ExportDataset; format: ExportFormat } | null {
  const m = /^([a-z-]+)\.(csv|json)$/.exec(name);
  if (!m || !(EXPORT_DATASETS as readonly string[]).includes(m[1]) || !(EXPORT_FORMATS as readonly string[]).includes(m[2])) return null;
  return { dataset: m[1] as ExportDataset, format: m[2] as ExportFormat };
}

/** One export of a case, for a member allowed to download; the export is recorded. */
export async function getCaseExport(opts: { actor: SessionUser; caseId: string; name: string }) {
  const { actor, caseId } = opts;
  const db = await getDb();
  const access = await requireCaseAbility(db, actor, caseId, 'download');
  const parsed = parseExportName(opts.name);
  if (!parsed) throw new NotFoundError('This export');
  const data = await loadDataset(actor, caseId, parsed.dataset);
  const body = render(data, parsed.format);
  const sha256 = sha256Hex(body);
  await db.transaction((tx) => recordAudit(tx, actor, { action: 'document.export', entityType: 'case', entityId: caseId, caseId, changes: { file: opts.name, records: data.count, sha256 } }));
  return { fileName: `${access.codename}-${opts.name}`, contentType: CONTENT_TYPES[parsed.format], body, sha256 };
}
