import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import { A4_GEOMETRY, addPage } from './layout';
import type {
  DocContext, EmbeddedFont, FontKey, FontSet, FontStyle, PageGeometry, PdfWarning, TextRun,
} from './types';

/** Processed by scripts/fonts/prepare-fonts.sh; see fonts/SOURCES.md. */
export const FONT_FILES: Record<FontKey, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  mono: 'NotoSansMono-Regular.ttf',
  symbols: 'DejaVuSans-Symbols.ttf',
  cjk: 'NotoSansSC-Regular.ttf',
  hangul: 'NotoSansKR-Hangul-Regular.ttf',
};
const FONT_KEYS = Object.keys(FONT_FILES) as FontKey[];

/**
 * Fixed subset tags ("ABCDEF+Name", PDF 32000-1 §9.6.4) instead of pdf-lib's
 * random name suffix, so that the same input gives byte-identical PDFs: a
 * filing's hash can then be reproduced.
 */
const SUBSET_NAMES: Record<FontKey, string> = {
  regular: 'MRVAAA+NotoSans-Regular',
  bold: 'MRVAAB+NotoSans-Bold',
  mono: 'MRVAAC+NotoSansMono-Regular',
  symbols: 'MRVAAF+DejaVuSans-Symbols',
  cjk: 'MRVAAD+NotoSansSC-Regular',
  hangul: 'MRVAAE+NotoSansKR-Regular',
};

/**
 * Fallback order per requested style. The symbols face (DejaVu Sans: arrows,
 * maths, shapes) comes before mono and CJK so that what Noto Sans lacks (→, ≥,
 * ≤, □) keeps text size and Latin proportions; Noto Sans Mono's arrows are
 * small and low, and CJK faces are full width.
 */
const FALLBACKS: Record<FontStyle, FontKey[]> = {
  regular: ['regular', 'symbols', 'mono', 'cjk', 'hangul'],
  bold: ['bold', 'regular', 'symbols', 'mono', 'cjk', 'hangul'],
  mono: ['mono', 'regular', 'symbols', 'cjk', 'hangul'],
};

// process.cwd() rather than import.meta.url: Next.js bundles server code into
// .next/, where a module-relative path no longer points at lib/pdf/fonts. A deployment that keeps
// the fonts elsewhere sets PDF_FONT_DIR, which lib/env.ts reads and the generation passes here.
let fontDir = path.join(process.cwd(), 'lib', 'pdf', 'fonts');

/** For deployments that copy the fonts elsewhere; call before the first document. */
export function setFontDir(dir: string): void {
  fontDir = dir;
  loaded = undefined;
}

/**
 * No OpenType substitution or positioning: one glyph per code point. pdf-lib
 * ignores GPOS positions anyway, so kerning and mark features only cost time
 * (they were most of the time of a 5,000-row table); ligatures would make
 * copied text and widths depend on glyph combinations. Scripts that need
 * shaping (Arabic, Indic) are not covered by the shipped fonts.
 */
const NO_SHAPING = {
  ccmp: false, locl: false, rlig: false, mark: false, mkmk: false,
  calt: false, clig: false, liga: false, rclt: false, curs: false, kern: false,
};

interface LoadedFont {
  bytes: Uint8Array;
  coverage: ReadonlySet<number>;
  /** Advance width of a code point's glyph, in em (width at size 1). */
  advance: (codePoint: number) => number;
}
let loaded: Record<FontKey, LoadedFont> | undefined;

/** Reads and parses each font once per process; later documents reuse the bytes. */
export function loadFonts(): Record<FontKey, LoadedFont> {
  if (!loaded) {
    const out = {} as Record<FontKey, LoadedFont>;
    for (const key of FONT_KEYS) {
      const bytes = new Uint8Array(readFileSync(path.join(/* turbopackIgnore: true */ fontDir, FONT_FILES[key])));
      const font = fontkit.create(bytes);
      // Bounded by the font's coverage, so a per-process cache cannot grow without limit.
      const advances = new Map<number, number>();
      const advance = (cp: number) => {
        let w = advances.get(cp);
        if (w === undefined) {
          w = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
          advances.set(cp, w);
        }
        return w;
      };
      out[key] = { bytes, coverage: new Set(font.characterSet), advance };
    }
    loaded = out;
  }
  return loaded;
}

export async function embedFontSet(doc: PDFDocument): Promise<FontSet> {
  doc.registerFontkit(fontkit);
  const fonts = loadFonts();
  const set = {} as FontSet;
  for (const key of FONT_KEYS) {
    // subset: only the glyphs used end up in the file (the CJK face is 7.8 MB).
    const pdf = await doc.embedFont(fonts[key].bytes, {
      subset: true, features: NO_SHAPING, customName: SUBSET_NAMES[key],
    });
    set[key] = { key, pdf, coverage: fonts[key].coverage, advance: fonts[key].advance };
  }
  return set;
}

/** Embeds the fonts and opens the first page; the one way to start a document. */
export async function createDocContext(
  doc: PDFDocument,
  geometry: Partial<PageGeometry> = {},
): Promise<DocContext> {
  const fonts = await embedFontSet(doc);
  const ctx = {
    doc, fonts, geometry: { ...A4_GEOMETRY, ...geometry },
    cursorY: 0, warnings: [], outline: [], onNewPage: [], glyphHex: new Map(), content: [], headingRun: [],
  } as unknown as DocContext;
  addPage(ctx);
  return ctx;
}

// Invisible format characters no face needs: dropped rather than reported.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g;

/** NFC first: decomposed accents (macOS input) would otherwise be drawn without mark positioning. */
export function sanitizeText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '');
}

export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

// Keys of warnings already recorded per warnings list, so that a table with the
// same uncovered character in thousands of cells stays linear.
const recorded = new WeakMap<PdfWarning[], Set<string>>();

function recordUncovered(warnings: PdfWarning[], cp: number, char: string, text: string): void {
  const at = text.indexOf(char);
  const context = text.slice(Math.max(0, at - 20), at + char.length + 20);
  const codePoint = codePointLabel(cp);
  let seen = recorded.get(warnings);
  if (!seen) recorded.set(warnings, (seen = new Set()));
  const key = `${codePoint}\u0000${context}`;
  if (seen.has(key)) return;
  seen.add(key);
  warnings.push({ code: 'uncovered-character', codePoint, char, context });
}

/**
 * Splits text into runs, each drawn with the first face (in the style's
 * fallback order) that has every glyph. A character no face has becomes a
 * visible "[U+XXXX]" marker in the primary face and a warning: never a silent
 * empty box, never an exception.
 */
export function splitRunsByFont(
  text: string,
  fonts: FontSet,
  opts: { style?: FontStyle; warnings?: PdfWarning[] } = {},
): TextRun[] {
  const style = opts.style ?? 'regular';
  const chain = FALLBACKS[style].map((k) => fonts[k]);
  const primary = chain[0];
  const clean = sanitizeText(text).replace(/\n/g, ' ');
  const runs: TextRun[] = [];
  const push = (s: string, font: EmbeddedFont) => {
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += s;
    else runs.push({ text: s, font, fakeBold: style === 'bold' && font.key !== 'bold' });
  };
  for (const ch of clean) {
    const cp = ch.codePointAt(0)!;
    const font = chain.find((f) => f.coverage.has(cp));
    if (font) {
      push(ch, font);
    } else {
      if (opts.warnings) recordUncovered(opts.warnings, cp, ch, clean);
      push(`[${codePointLabel(cp)}]`, primary);
    }
  }
  return runs;
}

export function runsFor(ctx: DocContext, text: string, style: FontStyle = 'regular'): TextRun[] {
  return splitRunsByFont(text, ctx.fonts, { style, warnings: ctx.warnings });
}

/**
 * Width of one run at `size`: the sum of glyph advances, which is exactly what
 * pdf-lib writes to the PDF's /W array when there is no shaping (NO_SHAPING).
 * Much cheaper than widthOfTextAtSize, which runs a full fontkit layout.
 */
export function runWidth(_ctx: DocContext, run: TextRun, size: number): number {
  let w = 0;
  for (const ch of run.text) w += run.font.advance(ch.codePointAt(0)!);
  return w * size;
}

export function measureRuns(ctx: DocContext, runs: TextRun[], size: number): number {
  let total = 0;
  for (const r of runs) total += runWidth(ctx, r, size);
  return total;
}

export function textWidth(ctx: DocContext, text: string, size: number, style: FontStyle = 'regular'): number {
  return measureRuns(ctx, splitRunsByFont(text, ctx.fonts, { style }), size);
}
