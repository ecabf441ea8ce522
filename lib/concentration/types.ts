/**
 * Public input and output shapes of the concentration analysis.
 *
 * The core fields are a contract with the UI and the filing PDF, so they are
 * spelled out here once and re-exported from index.ts. Extra, explanatory
 * fields (explain, indicators, euQuestions…) are optional so that a consumer
 * written against the core contract keeps compiling.
 */

export type Metric = 'count' | 'compute' | 'power';

/** A figure that is either known exactly or estimated as low / central / high. */
export type Range = { low: number; central: number; high: number };
export type RangedNumber = number | Range;

export type Accelerator = { name: string; tflops: number; watts?: number | null };

export type Holding = { firm: string; accelerator: string; count: RangedNumber };

export type MergerScenario = { type: 'merger'; acquirer: string; target: string };
export type TransferScenario = {
  type: 'transfer';
  from: string;
  to: string;
  accelerator: string;
  count: RangedNumber;
};
export type Scenario = MergerScenario | TransferScenario;

export type MonteCarloOptions = {
  /** Defaults to 10,000. */
  draws?: number;
  seed: number;
  distribution?: 'uniform' | 'triangular';
  /**
   * Optional: also return a histogram of the ΔHHI draws with this many equal-width bins
   * (1–1,000). `include` widens the binned span to cover an interval, e.g. [0, 260] so that
   * a chart can draw the guideline thresholds beside the draws.
   */
  histogram?: { bins: number; include?: [number, number] };
};

/** ΔHHI draws in equal-width bins: bin i covers [min + i·binWidth, min + (i+1)·binWidth). */
export type Histogram = { min: number; max: number; binWidth: number; counts: number[] };

export type AnalyzeMarketInput = {
  metric: Metric;
  accelerators: Accelerator[];
  holdings: Holding[];
  scenario?: Scenario;
  monteCarlo?: MonteCarloOptions;
};

export type Guideline = 'us-2023' | 'us-2010' | 'eu-2004';
export type Concern = 'none' | 'potential' | 'presumed';

export type MarketStats = {
  total: number;
  hhi: number;
  cr4: number;
  /** Percent of the market total, keyed by firm, in order of first appearance. */
  shares: Record<string, number>;
};

export type Screen = {
  guideline: Guideline;
  concern: Concern;
  reason: string;
  citation: string;
};

export type Percentiles = { p5: number; p50: number; p95: number };

export type MonteCarloResult = {
  postHhi: Percentiles;
  deltaHhi: Percentiles;
  /** Fraction of draws (0–1) in which the guideline's concern is not 'none'. */
  probability: Record<Guideline, number>;
  /** Transfers only: the same, with ΔHHI by the assets-as-a-firm convention (see deltaAssetsAsFirm). */
  probabilityAssetsAsFirm?: Record<Guideline, number>;
  // --- extras ---
  preHhi?: Percentiles;
  draws?: number;
  seed?: number;
  distribution?: 'uniform' | 'triangular';
  /**
   * Fraction of draws in which the drawn transfer exceeded the seller's drawn
   * holding and was clamped to it. Shown so counsel can see when the ranges
   * given for the deal and for the seller's fleet are inconsistent.
   */
  clampedTransferFraction?: number;
  /** Only when MonteCarloOptions.histogram was given. */
  deltaHistogram?: Histogram;
};

/** One row of the "how it was computed" table. Capacities are in `unit`. */
export type ExplainRow = {
  firm: string;
  capacity: number;
  share: number;
  shareSquared: number;
  capacityLow: number;
  capacityHigh: number;
  postCapacity?: number;
  postShare?: number;
  postShareSquared?: number;
};

export type Explain = {
  unit: string;
  metric: Metric;
  rows: ExplainRow[];
  preTotal: number;
  postTotal?: number;
  note: string;
  /**
   * Transfers only: how each ΔHHI figure was obtained (the exact change and the assets-as-a-firm
   * convention) with the shares put in, and which parties ¶20(f) was applied to and why.
   */
  deltaNotes?: string[];
};

export type Indicator = {
  id: 'eu-combined-share-below-25' | 'eu-dominance-50' | 'eu-dominance-40-50';
  applies: boolean;
  share: number;
  text: string;
  citation: string;
};

export type EuQuestion = {
  id: 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
  question: string;
  /**
   * Only ¶20(f) can be answered from the market data; the other exceptions
   * need facts the app does not have, so they stay 'for-counsel'.
   */
  answer: 'yes' | 'no' | 'for-counsel';
  detail?: string;
};

export type AnalyzeMarketResult = {
  pre: MarketStats;
  post?: MarketStats;
  /**
   * ΔHHI with every ranged figure (holdings and transfer count) at its low /
   * central / high. May be negative. The labels name the inputs, not an order:
   * at the high figures the whole market is larger too, so delta.high can be
   * below delta.central (it is in the demo market). Present it as three cases,
   * not as an interval; the Monte Carlo percentiles give the distribution.
   */
  delta?: Range;
  /**
   * Transfers only: ΔHHI under the convention that treats the transferred capacity as a firm of its
   * own merging into the buyer, 2·s_buyer·t (t = the transferred share), at the same three levels.
   * The post-transaction HHI is the same under both; only the pre-transaction picture differs (the
   * seller's fleet split in two), so this is never below `delta` when the seller keeps capacity.
   */
  deltaAssetsAsFirm?: Range;
  screens?: Screen[];
  /** Transfers only: the screens evaluated with deltaAssetsAsFirm.central instead of delta.central. */
  screensAssetsAsFirm?: Screen[];
  monteCarlo?: MonteCarloResult;
  // --- extras ---
  unit?: string;
  /** Post-transaction share (%) of the acquirer (merger) or the buyer (transfer). */
  mergedShare?: number;
  explain?: Explain;
  indicators?: Indicator[];
  euQuestions?: EuQuestion[];
};
