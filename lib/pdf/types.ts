import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';

/** The faces a document embeds. `cjk` and `hangul` have no bold face. */
export type FontKey = 'regular' | 'bold' | 'mono' | 'symbols' | 'cjk' | 'hangul';

export interface EmbeddedFont {
  key: FontKey;
  pdf: PDFFont;
  /** Code points the face has a glyph for (shared per process, read-only). */
  coverage: ReadonlySet<number>;
  /** Advance width in em of the glyph for a code point (shared per process). */
  advance: (codePoint: number) => number;
}

export type FontSet = Record<FontKey, EmbeddedFont>;

/** Which face a piece of text asks for; fallback faces are chosen per character. */
export type FontStyle = 'regular' | 'bold' | 'mono';

/** A stretch of text drawn with one face. */
export interface TextRun {
  text: string;
  font: EmbeddedFont;
  /** Bold was asked for but the face has none: draw it stroked. */
  fakeBold: boolean;
}

export interface PdfWarning {
  code: 'uncovered-character';
  /** e.g. "U+1F600" */
  codePoint: string;
  char: string;
  /** Surrounding text, to find it in the document. */
  context: string;
}

export interface PageGeometry {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

export interface OutlineEntry {
  title: string;
  level: 1 | 2 | 3;
  page: PDFPage;
  /** Distance from the page's top edge, as the cursor measures it. */
  yFromTop: number;
}

/** A heading just drawn; see headings.ts (keeping consecutive headings together). */
export interface HeadingRecord {
  text: string;
  level: 1 | 2 | 3;
  page: PDFPage;
  atTop: boolean;
  contentStart: number;
  contentEnd: number;
  outlineIndex: number;
  endY: number;
}

/**
 * Everything a building block needs. Blocks draw on `page` at `cursorY` and
 * advance the cursor; `ensureSpace` (layout.ts) moves them to a new page.
 */
export interface DocContext {
  readonly doc: PDFDocument;
  readonly fonts: FontSet;
  readonly geometry: PageGeometry;
  page: PDFPage;
  /** Distance from the top edge of `page` in points (layout.ts converts to pdf-lib's bottom-left origin). */
  cursorY: number;
  readonly warnings: PdfWarning[];
  readonly outline: OutlineEntry[];
  /** Called after `addPage`, e.g. to repeat a table header; blocks push and pop their own. */
  readonly onNewPage: Array<(ctx: DocContext) => void>;
  /** Subset glyph id (hex) per face and character; see content.ts `encodeRun`. */
  readonly glyphHex: Map<string, string>;
  /** Operator text of the current page, not yet compressed; see content.ts. */
  readonly content: string[];
  /** Consecutive headings with nothing after them yet (headings.ts). */
  readonly headingRun: HeadingRecord[];
}

export interface TextOptions {
  size?: number;
  style?: FontStyle;
  color?: RGB;
}
