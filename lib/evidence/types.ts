/** The kinds of evidence accepted, by file extension: the extension is the declared type. */
export const EVIDENCE_TYPES = {
  pdf: { label: 'PDF', mime: 'application/pdf' },
  docx: { label: 'Word (DOCX)', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'Excel (XLSX)', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { label: 'CSV', mime: 'text/csv; charset=utf-8' },
  txt: { label: 'Text', mime: 'text/plain; charset=utf-8' },
  png: { label: 'PNG image', mime: 'image/png' },
  jpg: { label: 'JPEG image', mime: 'image/jpeg' },
  jpeg: { label: 'JPEG image', mime: 'image/jpeg' },
} as const;
export type EvidenceExt = keyof typeof EVIDENCE_TYPES;

export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_TYPES).map((e) => `.${e}`).join(',');
export const EVIDENCE_KINDS_TEXT = 'PDF, DOCX, XLSX, CSV, TXT, PNG or JPEG';

export function extensionOf(fileName: string): EvidenceExt | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  const ext = m?.[1].toLowerCase();
  return ext && ext in EVIDENCE_TYPES ? (ext as EvidenceExt) : null;
}
