import { isoDate, requiredText, safeText } from '@/lib/core/fields';
import { parseCsv, unguardCell } from './csv';
import { CLUSTER_STATUSES, parseCount, type ClusterStatus } from './schemas';

/*
 * The clusters CSV layout (the demo-market.csv columns) and the row-by-row checks of an import.
 * Pure: the caller passes what the database knows (catalogue names, clusters already there).
 */

export const CLUSTER_CSV_COLUMNS = ['firm', 'cluster', 'site', 'accelerator', 'count_low', 'count_central', 'count_high', 'status', 'as_of', 'source'] as const;
type Column = (typeof CLUSTER_CSV_COLUMNS)[number];

export const MAX_IMPORT_ROWS = 50_000;
/** Enough to fix a file by; the total is still reported. */
export const MAX_REPORTED_ERRORS = 200;

export type CsvCluster = {
  line: number;
  firm: string;
  cluster: string;
  site: string;
  accelerator: string;
  countLow: number;
  countCentral: number;
  countHigh: number;
  status: ClusterStatus;
  asOf: string;
  source: string;
};

export type RowError = { line: number; column: string; reason: string };

export type ReadResult = { rows: CsvCluster[]; errors: RowError[]; errorCount: number };

const firmText = requiredText(200, 'Firm');
const clusterText = requiredText(200, 'Cluster');
const siteText = safeText(200, 'Site');
const sourceText = safeText(500, 'Source');

/** Key of a (firm, cluster) pair, for duplicate checks. */
export const clusterKey = (firm: string, cluster: string) => `${firm}\u0000${cluster}`;

export function readClusterCsv(text: string, ctx: { acceleratorNames: readonly string[]; existing?: ReadonlySet<string> }): ReadResult {
  const errors: RowError[] = [];
  let errorCount = 0;
  const fail = (line: number, column: string, reason: string) => {
    errorCount++;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, column, reason });
  };
  const done = (rows: CsvCluster[]) => ({ rows: errorCount ? [] : rows, errors, errorCount });

  const parsed = parseCsv(text);
  const header = parsed.records[0];
  if (!header) {
    fail(1, '—', 'The file is empty. The first line must name the columns: ' + CLUSTER_CSV_COLUMNS.join(','));
    return done([]);
  }
  const index = readHeader(header.fields, header.line, fail);
  if (!index) return done([]);
  for (const p of parsed.problems) fail(p.line, header.fields[p.column - 1]?.trim() || `column ${p.column}`, p.reason);

  const accelerators = new Set(ctx.acceleratorNames);
  const lowerNames = new Map(ctx.acceleratorNames.map((n) => [n.toLowerCase(), n]));
  const seen = new Map<string, number>();
  const rows: CsvCluster[] = [];
  const records = parsed.records.slice(1).filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (records.length === 0) fail(header.line, '—', 'The file has a header but no cluster rows.');
  if (records.length > MAX_IMPORT_ROWS) {
    fail(records[MAX_IMPORT_ROWS].line, '—', `At most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows per import; split the file.`);
    return done([]);
  }

  for (const rec of records) {
    const line = rec.line;
    if (rec.fields.length !== header.fields.length) {
      fail(line, '—', `This line has ${rec.fields.length} fields but the header has ${header.fields.length}; a ${parsed.separator === ';' ? 'semicolon' : 'comma'} inside a value needs the value in quotes.`);
      continue;
    }
    const cell = (c: Column) => unguardCell(rec.fields[index[c]]);
    let ok = true;
    const text = (c: Column, schema: typeof firmText) => {
      const r = schema.safeParse(cell(c));
      if (r.success) return r.data;
      ok = false;
      fail(line, c, r.error.issues[0].message);
      return '';
    };
    const num = (c: Column) => {
      const r = parseCount(cell(c));
      if ('value' in r) return r.value;
      ok = false;
      fail(line, c, r.error);
      return 0;
    };
    const firm = text('firm', firmText);
    const cluster = text('cluster', clusterText);
    const site = text('site', siteText);
    const source = text('source', sourceText);
    const accelerator = cell('accelerator').trim();
    if (!accelerators.has(accelerator)) {
      ok = false;
      const near = lowerNames.get(accelerator.toLowerCase());
      fail(line, 'accelerator', accelerator === '' ? 'Name the accelerator.' : `“${accelerator}” is not in the accelerator catalogue.${near ? ` Did you mean “${near}”?` : ''}`);
    }
    const countLow = num('count_low');
    const countCentral = num('count_central');
    const countHigh = num('count_high');
    if (ok && countLow > countCentral) {
      ok = false;
      fail(line, 'count_low', `count_low (${countLow}) is above count_central (${countCentral}).`);
    }
    if (ok && countCentral > countHigh) {
      ok = false;
      fail(line, 'count_high', `count_high (${countHigh}) is below count_central (${countCentral}).`);
    }
    const statusRaw = cell('status').trim().toLowerCase();
    const status = CLUSTER_STATUSES.find((s) => s === statusRaw);
    if (!status) {
      ok = false;
      fail(line, 'status', `“${cell('status')}” is not a status; use ${CLUSTER_STATUSES.join(', ')}.`);
    }
    const date = isoDate.safeParse(cell('as_of').trim());
    if (!date.success) {
      ok = false;
      fail(line, 'as_of', date.error.issues[0].message);
    }
    if (firm && cluster) {
      const key = clusterKey(firm, cluster);
      const first = seen.get(key);
      if (first !== undefined) {
        ok = false;
        fail(line, 'cluster', `${firm} already has a cluster “${cluster}” on line ${first}.`);
      } else if (ctx.existing?.has(key)) {
        ok = false;
        fail(line, 'cluster', `${firm} already has a cluster “${cluster}” in this market; choose “replace” or rename it.`);
      } else seen.set(key, line);
    }
    if (ok) rows.push({ line, firm, cluster, site, accelerator, countLow, countCentral, countHigh, status: status!, asOf: date.data!, source });
  }
  return done(rows);
}

function readHeader(fields: string[], line: number, fail: (line: number, column: string, reason: string) => void): Record<Column, number> | null {
  const names = fields.map((f) => f.trim().toLowerCase());
  const index = {} as Record<Column, number>;
  let ok = true;
  names.forEach((n, i) => {
    if (!(CLUSTER_CSV_COLUMNS as readonly string[]).includes(n)) {
      ok = false;
      fail(line, fields[i] || `column ${i + 1}`, `Unknown column “${fields[i]}”; the columns are ${CLUSTER_CSV_COLUMNS.join(',')}.`);
    } else if ((n as Column) in index) {
      ok = false;
      fail(line, n, `The column “${n}” appears twice.`);
    } else index[n as Column] = i;
  });
  for (const c of CLUSTER_CSV_COLUMNS) {
    if (!(c in index)) {
      ok = false;
      fail(line, c, `The column “${c}” is missing; the first line must be ${CLUSTER_CSV_COLUMNS.join(',')}.`);
    }
  }
  return ok ? index : null;
}
