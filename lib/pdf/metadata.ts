import type { PDFDocument } from 'pdf-lib';

export const DEFAULT_CREATOR = 'merger-review';
export const DEFAULT_PRODUCER = 'merger-review lib/pdf (pdf-lib 1.17.1)';

export interface DocumentMetadata {
  title: string;
  author: string;
  subject?: string;
  keywords?: string[];
  creator?: string;
  producer?: string;
  /** BCP 47 tag of the main language, for screen readers; default "en". */
  language?: string;
  /**
   * Used for both creation and modification dates. Pass it to make the
   * metadata reproducible; otherwise the current time is used.
   */
  generatedAt?: Date;
}

/**
 * Overwrites the Info dictionary. PDFDocument.create() pre-fills producer,
 * creator and dates with pdf-lib's own values and the wall clock, so every
 * field is set here explicitly.
 */
export function setMetadata(doc: PDFDocument, meta: DocumentMetadata): void {
  const at = meta.generatedAt ?? new Date();
  // Shown in the viewer's title bar instead of the file name.
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject ?? '');
  // pdf-lib joins keywords with spaces, which splits "merger control" in two.
  doc.setKeywords([(meta.keywords ?? []).join(', ')]);
  doc.setCreator(meta.creator ?? DEFAULT_CREATOR);
  doc.setProducer(meta.producer ?? DEFAULT_PRODUCER);
  doc.setLanguage(meta.language ?? 'en');
  doc.setCreationDate(at);
  doc.setModificationDate(at);
}
