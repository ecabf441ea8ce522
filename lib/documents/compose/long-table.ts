import {
  addPage, contentWidth, fitColumnWidths, lineHeight, measureColumnNeeds, remainingSpace, table, wrapText,
  type DocContext, type TableColumn, type TableOptions,
} from '@/lib/pdf';
import type { Stepper } from './progress';

// Cell padding of lib/pdf/table.ts, which it does not export; tests/unit/documents/long-table.test.ts
// fails if the two drift apart (the page counts would differ).
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;
/** Below this many rows a table is drawn in one go: it takes a few milliseconds. */
const DIRECT_ROWS = 150;
/** Rows measured between two yields when sizing the columns. */
const MEASURE_ROWS = 400;

/**
 * `table()` for thousands of rows without blocking the event loop: the rows are cut into
 * page-sized slices, each drawn by `table()` and followed by a page break, with a yield in
 * between. Each slice fills its page exactly as one long table would, header included, so the
 * output looks the same (each page closes with the table's bottom rule).
 */
export async function longTable(
  ctx: DocContext,
  columns: TableColumn[],
  rows: readonly (readonly string[])[],
  opts: TableOptions & { stepper: Stepper; onRows?: (done: number) => void | Promise<void> },
): Promise<void> {
  const { stepper, onRows, ...rest } = opts;
  if (rows.length <= DIRECT_ROWS) {
    table(ctx, columns, rows, rest);
    return;
  }
  const size = rest.fontSize ?? 8.5;
  const lh = lineHeight(size);
  // Sized to the content of every row once, so all slices share one set of columns; measured a
  // slice at a time with a yield between, like the drawing below.
  const total = contentWidth(ctx);
  let need = columns.map(() => 0);
  for (let i = 0; i < rows.length; i += MEASURE_ROWS) {
    const part = measureColumnNeeds(ctx, columns, rows.slice(i, i + MEASURE_ROWS), total, size);
    need = need.map((n, k) => Math.max(n, part[k]));
    await stepper.breathe();
  }
  const widths = fitColumnWidths(columns, total, need);
  const tableOpts = { ...rest, widths };
  const inner = widths.map((w) => Math.max(1, w - 2 * CELL_PAD_X));
  // Firm, site and accelerator names repeat down a holdings table: wrap each distinct cell once.
  const lines = new Map<string, number>();
  const linesOf = (t: string, i: number) => {
    const key = `${i}\u0000${t}`;
    let n = lines.get(key);
    if (n === undefined) lines.set(key, (n = wrapText(ctx, t, inner[i], size, columns[i].style).length));
    return n;
  };
  const heightOf = (cells: readonly string[]) => Math.max(1, ...cells.map(linesOf)) * lh + 2 * CELL_PAD_Y;
  const header = Math.max(1, ...columns.map((c, i) => wrapText(ctx, c.header, inner[i], size, 'bold').length)) * lh + 2 * CELL_PAD_Y;

  let start = 0;
  while (start < rows.length) {
    let room = remainingSpace(ctx) - header;
    let end = start;
    while (end < rows.length) {
      const h = heightOf(rows[end]);
      if (h > room + 1e-6) break;
      room -= h;
      end++;
    }
    if (end === start) {
      // Not even one row fits under a header here, or the row is taller than a page: let table() split it.
      if (remainingSpace(ctx) < ctx.geometry.height / 2) {
        addPage(ctx);
        continue;
      }
      end = start + 1;
    }
    const last = end >= rows.length;
    const page = ctx.page;
    table(ctx, columns, rows.slice(start, end), last ? tableOpts : { ...tableOpts, spaceAfter: 0 });
    // If table() had to break the page itself the estimate was off; carry on from where it stopped.
    if (!last && ctx.page === page) addPage(ctx);
    start = end;
    await onRows?.(start);
    await stepper.breathe();
  }
}
