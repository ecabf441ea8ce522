import { PDFDocument } from 'pdf-lib';
import { flushContent } from './content';
import { createDocContext } from './fonts';
import { buildOutline } from './headings';
import { setMetadata, type DocumentMetadata } from './metadata';
import { stampPageFurniture, type PageFurniture } from './page-furniture';
import type { DocContext, PdfWarning } from './types';

export interface ComposeOptions {
  metadata: Omit<DocumentMetadata, 'generatedAt'>;
  furniture: Omit<PageFurniture, 'generatedAt'>;
  /** One timestamp for footer and metadata; defaults to now. Pass it for reproducible output. */
  generatedAt?: Date;
}

export interface ComposedDocument {
  bytes: Uint8Array;
  pageCount: number;
  /** Characters no font covers etc.; callers should surface these to the user. */
  warnings: PdfWarning[];
}

/**
 * The document composer: creates the document, embeds the fonts once, lets
 * `build` draw the body with the blocks, then adds outline, page furniture and
 * metadata, and saves once.
 */
export async function composeDocument(
  opts: ComposeOptions,
  build: (ctx: DocContext) => void | Promise<void>,
): Promise<ComposedDocument> {
  const generatedAt = opts.generatedAt ?? new Date();
  const doc = await PDFDocument.create();
  const ctx = await createDocContext(doc);
  await build(ctx);
  flushContent(ctx);
  buildOutline(ctx);
  stampPageFurniture(ctx, { ...opts.furniture, generatedAt });
  setMetadata(doc, { ...opts.metadata, generatedAt });
  // Object streams make the cross-reference data of 100-page tables much smaller.
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, pageCount: doc.getPageCount(), warnings: ctx.warnings };
}
