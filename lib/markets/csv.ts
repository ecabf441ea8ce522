/**
 * A small RFC 4180 CSV reader and writer (no dependency): quoted fields with commas, line breaks
 * and doubled quotes; LF, CRLF or CR line endings; a UTF-8 byte-order mark. The reader reports
 * every problem with the line it is on instead of guessing, because an import is all-or-nothing.
 *
 * Excel in most of Europe saves "CSV" with semicolons (the comma is the decimal separator there),
 * so the reader takes its separator from the header line; the writer always uses commas and
 * starts files with a byte-order mark, without which Excel reads UTF-8 as Windows-1252.
 */

export type CsvRecord = {
  /** Physical line (1-based) where the record starts; a quoted field may run over several. */
  line: number;
  fields: string[];
};

export type CsvProblem = { line: number; column: number; reason: string };

export type CsvParseResult = { records: CsvRecord[]; problems: CsvProblem[]; separator: ',' | ';' };

/**
 * The header line's separator: semicolons when it has more of them than commas outside quotes
 * (a header of column names has no decimal commas), else commas.
 */
export function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) {
      if (commas + semicolons > 0) break;
    } else if (c === COMMA) commas++;
    else if (c === SEMICOLON) semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const SEMICOLON = 59; // ;
const LF = 10;
const CR = 13;

export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const SEP = separator === ';' ? SEMICOLON : COMMA;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;

  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    // A line with nothing on it is not a record (a trailing newline, a spacer line).
    const c0 = text.charCodeAt(i);
    if (c0 === LF || c0 === CR) {
      i += c0 === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const startLine = line;
        let out = '';
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const q = text.indexOf('"', j);
          const chunk = q === -1 ? text.slice(j) : text.slice(j, q);
          line += countBreaks(chunk);
          out += chunk;
          if (q === -1) {
            j = n;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            out += '"';
            j = q + 2;
            continue;
          }
          j = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          problems.push({ line: startLine, column: fields.length + 1, reason: 'A quoted field is never closed: a closing " is missing.' });
        }
        i = j;
        // After the closing quote only the separator or the end of the line may follow.
        const after = i < n ? text.charCodeAt(i) : -1;
        if (closed && after !== -1 && after !== SEP && after !== LF && after !== CR) {
          const end = nextDelimiter(text, i, SEP);
          problems.push({ line, column: fields.length + 1, reason: 'Text after a closing quote: put the whole field in quotes, and double any " inside it.' });
          out += text.slice(i, end);
          i = end;
        }
        value = out;
      } else {
        const end = nextDelimiter(text, i, SEP);
        value = text.slice(i, end);
        i = end;
      }
      fields.push(value);
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c === SEP) {
        i++;
        continue;
      }
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (c === LF) i++;
      if (c === CR || c === LF) line++;
      break;
    }
    records.push({ line: recordLine, fields });
  }
  return { records, problems, separator };
}

function nextDelimiter(text: string, from: number, sep: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === sep || c === LF || c === CR) return k;
  }
  return text.length;
}

function countBreaks(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR && s.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}

/*
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return) as a formula, so an
 * exported firm name like "=HYPERLINK(...)" could act on the reader's machine. Such cells get a
 * leading apostrophe; `unguardCell` removes exactly that prefix again on import, so an export
 * re-imports unchanged.
 */
// Apostrophes already in front of a formula character get one more, so unguarding is exact.
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function quoteCell(value: string): string {
  // Semicolons are quoted too, so a file stays unambiguous for a reader that guesses ';'.
  return /[",;\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV document, CRLF line endings as RFC 4180 asks, every cell formula-guarded. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const row of rows) out += row.map((v) => quoteCell(guardCell(v))).join(',') + '\r\n';
  return out;
}

const BOM = '\uFEFF';

/** A CSV file to download: `toCsv` with the byte-order mark Excel needs to read UTF-8. */
export function toCsvFile(rows: readonly (readonly string[])[]): string {
  return BOM + toCsv(rows);
}
