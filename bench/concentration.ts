/**
 * Benchmark for lib/concentration.
 *
 *   npx tsx bench/concentration.ts
 *
 * Targets (from the design brief):
 *  - analyzeMarket over 1,000,000 holdings / 1,000 firms within ~3× of a
 *    baseline loop that only sums the same central counts per firm into a
 *    Float64Array (looking firm names up in a Map, as any per-firm sum must);
 *  - Monte Carlo, 10,000 draws over 1,000 ranged holdings, under 1 s.
 *
 * The generator is deterministic and scatters holdings across firms in random
 * order, so neither side benefits from runs of identical firm names.
 */
import { analyzeMarket, type Accelerator, type AnalyzeMarketInput, type Holding } from '@/lib/concentration';
import { ACCELERATOR_SEED } from '@/lib/markets/data/accelerators';

export type BenchRow = {
  name: string;
  medianMs: number;
  runs: number;
  /** Target the row is judged against, as text. */
  target?: string;
  /** For analyzeMarket rows: median ÷ baseline median. */
  ratio?: number;
  pass?: boolean;
};

// The catalogue's seed rows: one copy of the figures for the app, its tests and its benchmark.
const ACCELERATORS: Accelerator[] = ACCELERATOR_SEED.map(({ name, tflops, watts }) => ({ name, tflops, watts }));

/** mulberry32: a tiny deterministic generator, good enough to make test data. */
function lcg(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firmName = (i: number) => `Firm ${String(i + 1).padStart(4, '0')}`;

/** Half the holdings are exact counts, half low / central / high ranges. */
export function makeHoldings(n: number, firms: number, seed: number, rangedShare = 0.5): Holding[] {
  const rnd = lcg(seed);
  const names = Array.from({ length: firms }, (_, i) => firmName(i));
  const out: Holding[] = new Array(n);
  for (let i = 0; i < n; i++) {
    // The first `firms` holdings give every firm at least one; the rest are random.
    const firm = names[i < firms ? i : Math.floor(rnd() * firms)];
    const accelerator = ACCELERATORS[Math.floor(rnd() * ACCELERATORS.length)].name;
    const c = 1 + Math.floor(rnd() * 10_000);
    out[i] =
      rnd() < rangedShare
        ? { firm, accelerator, count: { low: Math.floor(c * 0.8), central: c, high: Math.ceil(c * 1.25) } }
        : { firm, accelerator, count: c };
  }
  return out;
}

/** The comparison loop: central counts summed per firm, nothing else. */
function baseline(holdings: Holding[], firms: number): Float64Array {
  const index = new Map<string, number>();
  const totals = new Float64Array(firms);
  for (let i = 0; i < holdings.length; i++) {
    const h = holdings[i];
    let fi = index.get(h.firm);
    if (fi === undefined) {
      fi = index.size;
      index.set(h.firm, fi);
    }
    const c = h.count;
    totals[fi] += typeof c === 'number' ? c : c.central;
  }
  return totals;
}

let sink = 0; // keeps results alive so the optimiser cannot drop the work

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(fn: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = fn();
    ms.push(performance.now() - t0);
    sink += r ? 1 : 0;
  }
  return median(ms);
}

/**
 * Times `fn` and `ref` alternately, so load from other processes on a shared
 * machine hits both sides alike; returns both medians.
 */
function timePaired(fn: () => unknown, ref: () => unknown, runs: number, warmup: number): [number, number] {
  for (let i = 0; i < warmup; i++) {
    fn();
    ref();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    sink += ref() ? 1 : 0;
    b.push(performance.now() - t0);
    t0 = performance.now();
    sink += fn() ? 1 : 0;
    a.push(performance.now() - t0);
  }
  return [median(a), median(b)];
}

export async function benchConcentration(opts: { runs?: number } = {}): Promise<BenchRow[]> {
  const runs = opts.runs ?? 7;
  const rows: BenchRow[] = [];

  // --- 1,000,000 holdings across 1,000 firms ---
  const FIRMS = 1_000;
  const big = makeHoldings(1_000_000, FIRMS, 20_240_101);
  const ref = () => baseline(big, FIRMS)[0];
  rows.push({ name: 'baseline: Map + Float64Array sum, 1M holdings', medianMs: time(ref, runs, 2), runs });

  const cases: Array<[string, AnalyzeMarketInput]> = [
    ['analyzeMarket count, no scenario, 1M holdings', { metric: 'count', accelerators: ACCELERATORS, holdings: big }],
    [
      'analyzeMarket compute + merger, 1M holdings',
      {
        metric: 'compute',
        accelerators: ACCELERATORS,
        holdings: big,
        scenario: { type: 'merger', acquirer: firmName(0), target: firmName(1) },
      },
    ],
    [
      'analyzeMarket compute + transfer, 1M holdings',
      {
        metric: 'compute',
        accelerators: ACCELERATORS,
        holdings: big,
        scenario: { type: 'transfer', from: firmName(0), to: firmName(1), accelerator: big[0].accelerator, count: 1 },
      },
    ],
  ];
  for (const [name, input] of cases) {
    const [ms, base] = timePaired(() => analyzeMarket(input).pre.hhi, ref, runs, 2);
    // The ratio is against the baseline runs interleaved with this case.
    rows.push({ name, medianMs: ms, runs, ratio: ms / base, target: '≤ 3× baseline', pass: ms / base <= 3 });
  }

  // --- Monte Carlo: 10,000 draws over 1,000 ranged holdings ---
  const mcCases: Array<[string, number, 'uniform' | 'triangular']> = [
    ['Monte Carlo 10k draws, 1,000 ranged holdings / 200 firms, uniform', 200, 'uniform'],
    ['Monte Carlo 10k draws, 1,000 ranged holdings / 200 firms, triangular', 200, 'triangular'],
    ['Monte Carlo 10k draws, 1,000 ranged holdings / 1,000 firms, uniform', 1_000, 'uniform'],
  ];
  for (const [name, firms, distribution] of mcCases) {
    const holdings = makeHoldings(1_000, firms, 7, 1);
    const input: AnalyzeMarketInput = {
      metric: 'compute',
      accelerators: ACCELERATORS,
      holdings,
      scenario: { type: 'merger', acquirer: firmName(0), target: firmName(1) },
      monteCarlo: { draws: 10_000, seed: 42, distribution },
    };
    const ms = time(() => analyzeMarket(input).monteCarlo!.postHhi.p50, runs, 1);
    rows.push({ name, medianMs: ms, runs, target: '< 1,000 ms', pass: ms < 1_000 });
  }
  return rows;
}

export function formatTable(rows: BenchRow[]): string {
  const head = ['case', 'median ms', 'ratio', 'target', 'ok'];
  const body = rows.map((r) => [
    r.name,
    r.medianMs.toFixed(1),
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// Standalone run; when imported by a bench runner only the export is used.
if ((process.argv[1] ?? '').replace(/\\/g, '/').endsWith('bench/concentration.ts')) {
  benchConcentration().then(
    (rows) => {
      console.log(`lib/concentration benchmark — Node ${process.version}, median of 7 runs after warm-up; ratios against interleaved baseline runs\n`);
      console.log(formatTable(rows));
      if (sink < 0) console.log(sink);
      process.exitCode = rows.every((r) => r.pass !== false) ? 0 : 1;
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
