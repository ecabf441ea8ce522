import { asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documents, users } from '@/db/schema';
import { recordAudit, sha256Hex, verifyAuditChain } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { requireRecentVerification } from '@/lib/auth/mfa/reverify';
import { getCase } from '@/lib/cases/get-case';
import { renderTimelineSvg } from '@/lib/timeline/svg';
import { loadCaseTimeline } from '../sources/reviews';
import { formatUtc } from '@/lib/pdf/page-furniture';
import { DOCUMENT_KIND_LABELS, EDITION_LABELS } from '../kinds';
import { createZip, type ZipEntry } from '../zip';
import { DATASET_LABELS, EXPORT_DATASETS, EXPORT_FORMATS, loadDataset, render } from './datasets';
import { caseChainFile } from './audit-chain';
import { packageReadme } from './readme';
import { VERIFY_CHAIN_SCRIPT } from './verify-chain-script';

export const PACKAGE_FORMAT = 'merger-review/auditor-package@2';

interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
  description: string;
  document?: Record<string, unknown>;
}

/**
 * The auditor package of a case: its current PDFs, every export, a manifest listing each file's
 * SHA-256 (also as manifest.sha256 for `sha256sum -c`) and a README on checking the hashes and
 * the audit chain. For any member allowed to download; the download is recorded.
 */
export async function buildAuditorPackage(opts: { actor: SessionUser & { sessionId?: string }; caseId: string; now?: Date }) {
  const { actor, caseId } = opts;
  const now = opts.now ?? new Date();
  const db = await getDb();
  await requireCaseAbility(db, actor, caseId, 'download');
  // After the wall (an outsider still gets 404): a sensitive act, so a fresh second factor if it is on.
  await requireRecentVerification(db, actor);
  const { case: c } = await getCase({ actor, caseId });
  const root = `${c.codename}-auditor-package-${now.toISOString().slice(0, 10)}`;

  const current = await db
    .selectDistinctOn([documents.kind, documents.edition], {
      kind: documents.kind, edition: documents.edition, version: documents.version, number: documents.number, sha256: documents.sha256,
      bytes: documents.bytes, pageCount: documents.pageCount, snapshotSha256: documents.snapshotSha256, savedAnalysisId: documents.savedAnalysisId,
      generatedAt: documents.generatedAt, generatedByName: users.name,
    })
    .from(documents)
    .innerJoin(users, eq(users.id, documents.generatedBy))
    .where(eq(documents.caseId, caseId))
    .orderBy(asc(documents.kind), asc(documents.edition), desc(documents.version));

  const files: { entry: ZipEntry; meta: ManifestFile }[] = [];
  const add = (path: string, data: Uint8Array | string, description: string, document?: Record<string, unknown>) => {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    files.push({ entry: { name: `${root}/${path}`, data: bytes }, meta: { path, sha256: sha256Hex(bytes), bytes: bytes.length, description, ...(document ? { document } : {}) } });
  };
  for (const d of current) {
    const registered = sha256Hex(d.bytes);
    if (registered !== d.sha256) throw new Error(`Registered document ${d.number} no longer matches its SHA-256; the package was not built.`);
    add(`documents/${d.number}.pdf`, d.bytes, `${DOCUMENT_KIND_LABELS[d.kind]}, ${EDITION_LABELS[d.edition].toLowerCase()}, version ${d.version}`, {
      kind: d.kind, edition: d.edition, version: d.version, number: d.number, pages: d.pageCount, generatedAt: d.generatedAt.toISOString(),
      generatedBy: d.generatedByName, snapshotSha256: d.snapshotSha256, savedAnalysisId: d.savedAnalysisId,
    });
  }
  // Every version ever registered, not only the current ones: an auditor checks any PDF they were sent.
  const all = await db.select({
    id: documents.id, kind: documents.kind, edition: documents.edition, version: documents.version, number: documents.number, sha256: documents.sha256,
    sizeBytes: documents.sizeBytes, pageCount: documents.pageCount, snapshotSha256: documents.snapshotSha256, source: documents.source,
    generatedAt: documents.generatedAt, generatedByName: users.name,
  }).from(documents).innerJoin(users, eq(users.id, documents.generatedBy)).where(eq(documents.caseId, caseId))
    .orderBy(asc(documents.kind), asc(documents.edition), asc(documents.version));
  add('documents/register.json', `${JSON.stringify({
    description: 'Every registered version of every document of the case, current or not, with its SHA-256. A non-confidential edition names the confidential edition it was drawn beside.',
    documents: all.map((d) => ({
      number: d.number, kind: d.kind, edition: d.edition, version: d.version, sha256: d.sha256, bytes: d.sizeBytes, pages: d.pageCount,
      generatedAt: d.generatedAt.toISOString(), generatedBy: d.generatedByName, snapshotSha256: d.snapshotSha256,
      confidentialEdition: (d.source as { confidentialEdition?: unknown }).confidentialEdition ?? null,
    })),
  }, null, 2)}\n`, `Register of every registered version (${all.length}) of every document`);
  const chainFile = await caseChainFile(db, caseId);
  add('audit/audit-events.json', `${JSON.stringify(chainFile, null, 2)}\n`, `The audit chain for offline checking: the ${chainFile.events} events of this case with every hashed field, other matters as linked ranges`);
  add('audit/verify-chain.mjs', VERIFY_CHAIN_SCRIPT, 'Standalone verifier (Node.js, no dependencies): node audit/verify-chain.mjs audit/audit-events.json');
  const timeline = await loadCaseTimeline(actor, caseId, c.longStopDate);
  add('case-timeline.svg', `${renderTimelineSvg(timeline)}\n`, `Case timeline: every review against the long-stop date. ${timeline.summary}`);
  const counts: Record<string, number> = {};
  for (const dataset of EXPORT_DATASETS) {
    const data = await loadDataset(actor, caseId, dataset);
    counts[dataset] = data.count;
    for (const format of EXPORT_FORMATS) add(`exports/${dataset}.${format}`, render(data, format), `${DATASET_LABELS[dataset]} (${data.count} records, ${format.toUpperCase()})`);
  }
  const chain = await verifyAuditChain(db);
  add('README.txt', packageReadme({ caseName: c.name, codename: c.codename, generatedAt: formatUtc(now), by: actor.name, chain, documents: current.length, registered: all.length, caseEvents: chainFile.events, counts }), 'How to check this package');
  const manifest = {
    format: PACKAGE_FORMAT,
    case: { id: c.id, name: c.name, codename: c.codename },
    generatedAt: now.toISOString(),
    generatedBy: { name: actor.name, email: actor.email },
    auditChain: chain.ok
      ? { ok: true, eventsVerified: chain.count, headSeq: chain.headSeq, headHash: chain.headHash }
      : { ok: false, eventsVerified: chain.count, brokenAt: chain.brokenAt, reason: chain.reason },
    chainFileHead: chainFile.head,
    checkpoint: chainFile.checkpoint,
    note: 'Lists every file of the package except itself and manifest.sha256; manifest.sha256 lists every file including this one.',
    files: files.map((f) => f.meta),
  };
  add('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, 'Every file of the package with its SHA-256');
  // sha256sum -c format: "<hash>, two spaces, <path>"; it lists every file but itself.
  const sums = files.map((f) => `${f.meta.sha256}  ${f.meta.path}\n`).join('');
  files.push({ entry: { name: `${root}/manifest.sha256`, data: sums }, meta: { path: 'manifest.sha256', sha256: sha256Hex(sums), bytes: Buffer.byteLength(sums), description: 'sha256sum -c input' } });

  const zip = createZip(files.map((f) => f.entry), { modified: now });
  const zipSha256 = sha256Hex(zip);
  await db.transaction((tx) => recordAudit(tx, actor, {
    action: 'document.package-download', entityType: 'case', entityId: caseId, caseId,
    changes: { files: files.map((f) => ({ path: f.meta.path, sha256: f.meta.sha256 })), documents: current.map((d) => d.number), sha256: zipSha256, manifestSha256: sha256Hex(`${JSON.stringify(manifest, null, 2)}\n`), chainHead: chain.ok ? chain.headHash : null },
  }));
  return { fileName: `${root}.zip`, bytes: zip, sha256: zipSha256, files: files.map((f) => f.meta.path) };
}
