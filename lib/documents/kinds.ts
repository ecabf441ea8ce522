// Enum values and labels, written once: they feed the pgEnums (db/schema/documents.ts), the
// zod schemas and the pages. Imports nothing, so client components may use it too.

export const DOCUMENT_KINDS = ['form-co', 'hsr-summary', 'concentration-annex', 'checklist-report', 'audit-report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'form-co': 'EU Form CO draft',
  'hsr-summary': 'HSR filing summary',
  'concentration-annex': 'Concentration analysis annex',
  'checklist-report': 'Checklist and sign-off report',
  'audit-report': 'Audit trail report',
};

/** Short codes for document ids and file names ("COLOSSUS-FCO-C-v3"). */
export const DOCUMENT_KIND_CODES: Record<DocumentKind, string> = {
  'form-co': 'FCO',
  'hsr-summary': 'HSR',
  'concentration-annex': 'ANX',
  'checklist-report': 'CHK',
  'audit-report': 'AUD',
};

export const DOCUMENT_EDITIONS = ['confidential', 'non-confidential'] as const;
export type DocumentEdition = (typeof DOCUMENT_EDITIONS)[number];
export const EDITION_LABELS: Record<DocumentEdition, string> = {
  confidential: 'Confidential',
  'non-confidential': 'Non-confidential',
};

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** "COLOSSUS-FCO-C-v3": printed in every page footer and used as the download's file name. */
export function documentNumber(codename: string, kind: DocumentKind, edition: DocumentEdition, version: number): string {
  const code = codename.trim().replace(/[^A-Za-z0-9_-]+/g, '-').toUpperCase();
  return `${code}-${DOCUMENT_KIND_CODES[kind]}-${edition === 'confidential' ? 'C' : 'NC'}-v${version}`;
}
