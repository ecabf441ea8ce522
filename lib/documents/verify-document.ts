import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases, documents, users } from '@/db/schema';
import { recordAudit, sha256Hex } from '@/lib/audit';
import { caseVisibleTo, type SessionUser } from '@/lib/auth/permissions';
import { ValidationError } from '@/lib/errors';
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
    // Recorded without the case when nothing matched: a miss must not hint at another matter.
    await recordAudit(tx, actor, {
      action: 'document.verify', entityType: 'document', entityId: matches[0]?.documentId ?? null, caseId: matches[0]?.caseId ?? null,
      changes: { sha256, source, matched: matches.length },
    });
    return { sha256, matches };
  });
}
export type VerifyResult = Awaited<ReturnType<typeof verifyDocument>>;
