import type { ClusterStatus, MetricValue, ScenarioKind } from './schemas';

/*
 * The inputs of one analysis as plain data: what a saved analysis freezes, what its SHA-256 is
 * computed over, and the only thing the engine input is built from, so a saved analysis can be
 * recomputed from its own record. Database ids are left out on purpose: the hash describes the
 * figures, so re-importing the same clusters gives the same hash.
 */

export const ANALYSIS_FORMAT = 'merger-review/market-analysis@1';

/** ΔHHI histogram: 52 bins spanning at least 0–260, so the 100/150/200/250 lines always show. */
export const HISTOGRAM_OPTIONS = { bins: 52, include: [0, 260] as [number, number] };

export type FrozenRange = { low: number; central: number; high: number };

export type FrozenInputs = {
  format: typeof ANALYSIS_FORMAT;
  market: {
    name: string;
    definition: string;
    metric: MetricValue;
    geographicScope: string;
    asOf: string;
    includeNonOperational: boolean;
  };
  /** The catalogue figures used (by a cluster or the scenario), as they were at the time. */
  catalogue: { name: string; vendor: string; tflops: number; watts: number | null; sourceNote: string }[];
  clusters: {
    firm: string;
    ultimateParent: string;
    cluster: string;
    site: string;
    accelerator: string;
    count: FrozenRange;
    status: ClusterStatus;
    asOf: string;
    source: string;
    /** False when the market leaves out non-operational capacity and this cluster is not operational. */
    counted: boolean;
  }[];
  scenario:
    | null
    | { name: string; kind: 'merger'; acquirer: string; target: string }
    | { name: string; kind: 'transfer'; from: string; to: string; accelerator: string; count: FrozenRange };
  monteCarlo: {
    draws: number;
    seed: number;
    distribution: 'uniform' | 'triangular';
    histogram: { bins: number; include: [number, number] };
  };
};

export type FrozenScenario = NonNullable<FrozenInputs['scenario']>;
export type { ScenarioKind };
