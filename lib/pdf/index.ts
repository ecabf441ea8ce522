/**
 * Building blocks for filing PDFs. Pure: no database, no Next.js. Compose a
 * document with `composeDocument(opts, (ctx) => { heading(ctx, …); table(ctx, …); })`.
 */
export * from './types';
export {
  FONT_FILES, codePointLabel, createDocContext, embedFontSet, loadFonts, measureRuns, runWidth,
  runsFor, sanitizeText, setFontDir, splitRunsByFont, textWidth,
} from './fonts';
export { emit, fillRect, flushContent, strokeLine, textLine, type StrokeOptions } from './content';
export {
  A4_GEOMETRY, SPACING, addPage, atPageTop, contentBottom, contentLeft, contentWidth, ensureSpace,
  moveDown, remainingSpace, toPdfY,
} from './layout';
export {
  BASELINE, BODY_SIZE, LINE_HEIGHT, TEXT_COLOR, alignedX, drawLabel, drawRunsLine, lineHeight,
  paragraph, wrapText, type Align, type LabelOptions, type Line, type ParagraphOptions,
} from './text';
export { buildOutline, heading, type HeadingLevel, type HeadingOptions } from './headings';
export { contentColumnWidths, fitColumnWidths, measureColumnNeeds, resolveColumnWidths, table, type TableCell, type TableColumn, type TableOptions } from './table';
export {
  CHART_HEIGHT, CHART_PALETTE, barChart, histogram, labelWidth, lineChart, niceTicks,
  type BarChartSpec, type HistogramSpec, type LineChartSpec, type Series, type Threshold,
} from './charts';
export {
  CONFIDENTIAL_MARKING, NON_CONFIDENTIAL_MARKING, formatUtc, stampPageFurniture, type PageFurniture,
} from './page-furniture';
export { DEFAULT_CREATOR, DEFAULT_PRODUCER, setMetadata, type DocumentMetadata } from './metadata';
export { composeDocument, type ComposeOptions, type ComposedDocument } from './compose';
