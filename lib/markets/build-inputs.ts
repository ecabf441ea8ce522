import type { AnalyzeMarketInput, Holding } from '@/lib/concentration';
import { ANALYSIS_FORMAT, HISTOGRAM_OPTIONS, type FrozenInputs } from './frozen-inputs';
import type { MarketSnapshot, SnapshotScenario } from './snapshot';

/** The snapshot's figures for one scenario (or none: the market as it stands) as frozen inputs. */
export function freezeInputs(s: MarketSnapshot, scenario: SnapshotScenario | null): FrozenInputs {
  const m = s.market;
  const used = new Set(s.clusters.map((c) => c.accelerator));
  if (scenario?.accelerator) used.add(scenario.accelerator);
  return {
    format: ANALYSIS_FORMAT,
    market: {
      name: m.name,
      definition: m.definition,
      metric: m.metric,
      geographicScope: m.geographicScope,
      asOf: m.asOf,
      includeNonOperational: m.includeNonOperational,
    },
    catalogue: s.catalogue
      .filter((a) => used.has(a.name))
      .map((a) => ({ name: a.name, vendor: a.vendor, tflops: a.tflops, watts: a.watts, sourceNote: a.sourceNote }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    clusters: s.clusters.map((c) => ({
      firm: c.firm,
      ultimateParent: c.ultimateParent,
      cluster: c.name,
      site: c.site,
      accelerator: c.accelerator,
      count: { low: c.countLow, central: c.countCentral, high: c.countHigh },
      status: c.status,
      asOf: c.asOf,
      source: c.source,
      counted: m.includeNonOperational || c.status === 'operational',
    })),
    scenario: scenario ? freezeScenario(scenario) : null,
    monteCarlo: { draws: m.mcDraws, seed: m.mcSeed, distribution: m.mcDistribution, histogram: HISTOGRAM_OPTIONS },
  };
}

function freezeScenario(sc: SnapshotScenario): FrozenInputs['scenario'] {
  if (sc.kind === 'merger') return { name: sc.name, kind: 'merger', acquirer: sc.buyer, target: sc.seller };
  const central = sc.countCentral ?? 0;
  return {
    name: sc.name,
    kind: 'transfer',
    from: sc.seller,
    to: sc.buyer,
    accelerator: sc.accelerator ?? '',
    count: { low: sc.countLow ?? central, central, high: sc.countHigh ?? central },
  };
}

const asCount = (r: { low: number; central: number; high: number }) => (r.low === r.high ? r.central : { ...r });

/** The engine's input, derived from the frozen inputs alone. */
export function toEngineInput(f: FrozenInputs): AnalyzeMarketInput {
  const holdings: Holding[] = [];
  for (const c of f.clusters) if (c.counted) holdings.push({ firm: c.firm, accelerator: c.accelerator, count: asCount(c.count) });
  const sc = f.scenario;
  return {
    metric: f.market.metric,
    accelerators: f.catalogue.map((a) => ({ name: a.name, tflops: a.tflops, watts: a.watts })),
    holdings,
    scenario: !sc
      ? undefined
      : sc.kind === 'merger'
        ? { type: 'merger', acquirer: sc.acquirer, target: sc.target }
        : { type: 'transfer', from: sc.from, to: sc.to, accelerator: sc.accelerator, count: asCount(sc.count) },
    monteCarlo: sc ? { draws: f.monteCarlo.draws, seed: f.monteCarlo.seed, distribution: f.monteCarlo.distribution, histogram: f.monteCarlo.histogram } : undefined,
  };
}
