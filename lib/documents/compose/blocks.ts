import { rgb } from 'pdf-lib';
import {
  contentLeft, contentWidth, drawRunsLine, ensureSpace, fillRect, formatUtc, lineHeight, paragraph, table,
  wrapText, type DocContext, type TableColumn,
} from '@/lib/pdf';
import { DOCUMENT_KIND_LABELS, EDITION_LABELS } from '../kinds';
import type { DocumentMeta } from '../model';

/*
 * Blocks every filing document shares, drawn with the lib/pdf primitives: the title block, the
 * marker for what counsel must still supply, two-column fact tables and small notes.
 */

export const MISSING_PREFIX = 'MISSING — to be completed by counsel';
export const CHART_OMITTED = 'Chart omitted in the non-confidential version: it would disclose confidential figures.';

const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 12;
const NOTE_SIZE = 8.5;
const MUTED = rgb(0.35, 0.37, 0.42);
const MISSING_FILL = rgb(1, 0.96, 0.86);
const MISSING_BAR = rgb(0.85, 0.6, 0.1);
const MISSING_TEXT = rgb(0.45, 0.28, 0);
const BOX_PAD = 6;
const BAR_WIDTH = 3;

/** The first lines of page one: what this is, of which case, which edition and version. */
export function titleBlock(ctx: DocContext, meta: DocumentMeta, caseName: string, sourceLines: [string, string][]): void {
  paragraph(ctx, DOCUMENT_KIND_LABELS[meta.kind], { size: TITLE_SIZE, style: 'bold', spaceAfter: 4 });
  paragraph(ctx, caseName, { size: SUBTITLE_SIZE, spaceAfter: 10 });
  facts(ctx, [
    ['Document', `${meta.number} — version ${meta.version}`],
    ['Edition', meta.edition === 'confidential'
      ? 'Confidential — contains business secrets; not for publication'
      : 'Non-confidential — confidential figures are replaced by ranges [ ] and passages marked confidential by […]; see the claims index at the end'],
    ['Generated', `${formatUtc(meta.generatedAt)} by ${meta.generatedByName}`],
    ...sourceLines,
    // A hash of confidential data is no secret once printed: low-entropy inputs are found by guessing.
    meta.edition === 'confidential'
      ? ['Data snapshot (SHA-256)', meta.snapshotSha256]
      : ['Registry', 'Registered beside the confidential edition it was drawn from; hashes of confidential data are not printed in this edition'],
  ]);
  note(ctx, `${EDITION_LABELS[meta.edition]} edition. Check that this file is a registered version on the Verify page of the application (upload it or paste its SHA-256).`);
}

/** Two-column "label: value" table without a header row look. */
export function facts(ctx: DocContext, rows: readonly (readonly [string, string])[], opts: { labelWidth?: number } = {}): void {
  const columns: TableColumn[] = [
    { header: 'Item', width: opts.labelWidth ?? 130, style: 'bold' },
    { header: 'Detail', width: { fr: 1 } },
  ];
  table(ctx, columns, rows, { fontSize: 8.5, zebra: true });
}

/** A highlighted box telling counsel what the application could not fill in. */
export function missing(ctx: DocContext, what: string): void {
  const size = 9;
  const lh = lineHeight(size);
  const x = contentLeft(ctx);
  const width = contentWidth(ctx);
  const lines = wrapText(ctx, `${MISSING_PREFIX}: ${what}`, width - 2 * BOX_PAD - BAR_WIDTH, size, 'bold');
  const height = lines.length * lh + 2 * BOX_PAD;
  ensureSpace(ctx, height);
  // Fills first: content is buffered in drawing order, so the text must come after its box.
  fillRect(ctx, x, ctx.cursorY, width, height, MISSING_FILL);
  fillRect(ctx, x, ctx.cursorY, BAR_WIDTH, height, MISSING_BAR);
  lines.forEach((line, i) => drawRunsLine(ctx, line.runs, x + BAR_WIDTH + BOX_PAD, ctx.cursorY + BOX_PAD + i * lh, size, MISSING_TEXT));
  ctx.cursorY += height + 8;
}

export function note(ctx: DocContext, text: string): void {
  paragraph(ctx, text, { size: NOTE_SIZE, color: MUTED, spaceAfter: 8 });
}

export function body(ctx: DocContext, text: string): void {
  for (const para of text.split(/\n{2,}/)) if (para.trim()) paragraph(ctx, para.replace(/\s*\n\s*/g, ' ').trim(), { spaceAfter: 6 });
}

/** "2026-03-04 10:15 UTC" from an ISO string. */
export function when(iso: string | null | undefined): string {
  return iso ? formatUtc(new Date(iso)) : '—';
}

export function shortHash(hash: string, n = 16): string {
  return hash.length > n ? `${hash.slice(0, n)}…` : hash;
}
