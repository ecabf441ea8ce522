import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, cases, documents, users } from '@/db/schema';
import { recordAudit, sha256Hex } from '@/lib/audit';
import { caseVisibleTo, type SessionUser } from '@/lib/access';
import { ValidationError } from '@/lib/core/errors';
import { DOCUMENT_KIND_LABELS, EDITION_LABELS } from './kinds';
import { MAX_VERIFY_BYTES, verifyHashSchema } from './schemas';

export interface VerifyMatch {
  caseId: string;
  caseName: string;
  codename: string;
  documentId: string;
  kindLabel: string;
  editionLabel: string;
  version: number;
  number: string;
  generatedAt: string;
  generatedByName: string;
  /** The stored bytes still hash to the registered SHA-256. */
  intact: boolean;
}

/** A CSV/JSON export or auditor package (or a file in one) the application produced, by its recorded hash. */
export interface ExportMatch {
  caseId: string;
  caseName: string;
  /** "clusters.csv", "the auditor package", or "exports/clusters.csv in the auditor package". */
  what: string;
  producedAt: string;
  producedBy: string | null;
}

/** How many past exports a verification lists at most. */
const MAX_EXPORT_MATCHES = 10;

/**
 * Which registered document, among those the user may see, has exactly these bytes (hashed here,
 * on the server) or this SHA-256. A document of a case outside the wall is never reported.
 */
export async function verifyDocument(opts: { actor: SessionUser; input: { bytes: Uint8Array } | { sha256: string } }) {
  const { actor, input } = opts;
  let sha256: string;
  let source: 'upload' | 'hash';
  if ('bytes' in input) {
    if (input.bytes.length === 0) throw new ValidationError('Some fields need attention.', { file: 'The file is empty.' });
    if (input.bytes.length > MAX_VERIFY_BYTES) throw new ValidationError('Some fields need attention.', { file: `The file is larger than ${MAX_VERIFY_BYTES / 1024 / 1024} MB; no registered document is that large.` });
    sha256 = sha256Hex(input.bytes);
    source = 'upload';
  } else {
    sha256 = verifyHashSchema.parse(input).sha256;
    source = 'hash';
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        caseId: documents.caseId, caseName: cases.name, codename: cases.codename, documentId: documents.id, kind: documents.kind,
        edition: documents.edition, version: documents.version, number: documents.number, generatedAt: documents.generatedAt,
        generatedByName: users.name, bytes: documents.bytes,
      })
      .from(documents)
      .innerJoin(cases, eq(cases.id, documents.caseId))
      .innerJoin(users, eq(users.id, documents.generatedBy))
      .where(and(eq(documents.sha256, sha256), caseVisibleTo(actor)))
      .orderBy(asc(documents.generatedAt));
    const matches: VerifyMatch[] = rows.map(({ bytes, kind, edition, generatedAt, ...r }) => ({
      ...r,
      kindLabel: DOCUMENT_KIND_LABELS[kind],
      editionLabel: EDITION_LABELS[edition],
      generatedAt: generatedAt.toISOString(),
      intact: sha256Hex(bytes) === sha256,
    }));
    // Exports are produced on request, not registered; each one's SHA-256 is in its audit event.
    const exportRows = await tx
      .select({ caseId: cases.id, caseName: cases.name, action: auditEvents.action, changes: auditEvents.changes, occurredAt: auditEvents.occurredAt, actorEmail: auditEvents.actorEmail })
      .from(auditEvents)
      .innerJoin(cases, eq(cases.id, auditEvents.caseId))
      .where(and(
        inArray(auditEvents.action, ['document.export', 'document.package-download']),
        or(sql`${auditEvents.changes}->>'sha256' = ${sha256}`, sql`${auditEvents.changes}->'files' @> ${JSON.stringify([{ sha256 }])}::jsonb`),
        caseVisibleTo(actor),
      ))
      .orderBy(asc(auditEvents.seq))
      .limit(MAX_EXPORT_MATCHES);
    const exports: ExportMatch[] = exportRows.map((e) => {
      const ch = (e.changes ?? {}) as { file?: string; sha256?: string; files?: { path: string; sha256: string }[] };
      const inPackage = ch.sha256 === sha256 ? null : ch.files?.find((f) => f.sha256 === sha256)?.path;
      const what = e.action === 'document.export' ? (ch.file ?? 'an export') : inPackage ? `${inPackage} in the auditor package` : 'the auditor package';
      return { caseId: e.caseId, caseName: e.caseName, what, producedAt: e.occurredAt.toISOString(), producedBy: e.actorEmail };
    });
    // Recorded without the case when nothing matched: a miss must not hint at another matter.
    await recordAudit(tx, actor, {
      action: 'document.verify', entityType: 'document', entityId: matches[0]?.documentId ?? null, caseId: matches[0]?.caseId ?? exports[0]?.caseId ?? null,
      changes: { sha256, source, matched: matches.length, exportsMatched: exports.length },
    });
    return { sha256, matches, exports };
  });
}
export type VerifyResult = Awaited<ReturnType<typeof verifyDocument>>;
