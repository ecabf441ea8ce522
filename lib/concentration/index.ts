/**
 * Market concentration analysis (shares, HHI, CR4, ΔHHI, US/EU screens,
 * Monte Carlo over estimate ranges) for AI-accelerator capacity markets.
 *
 * Pure: no I/O, no framework imports, so it runs the same in a route handler,
 * a server action, a worker, the PDF builder and the tests.
 */
export { analyzeMarket } from './analyze';
export { ConcentrationError } from './errors';
export { H100_TFLOPS, MAX_MONTE_CARLO_DRAWS, DEFAULT_MONTE_CARLO_DRAWS, UNIT_LABEL } from './constants';
export { formatShareBand, formatNumber, formatPercent } from './format';
export { CITATIONS, US2023, US2010, EU2004, us2023Code, us2010Code, eu2004Code } from './screens';
export type {
  Accelerator,
  AnalyzeMarketInput,
  AnalyzeMarketResult,
  Concern,
  EuQuestion,
  Explain,
  ExplainRow,
  Guideline,
  Histogram,
  Holding,
  Indicator,
  MarketStats,
  MergerScenario,
  Metric,
  MonteCarloOptions,
  MonteCarloResult,
  Percentiles,
  Range,
  RangedNumber,
  Scenario,
  Screen,
  TransferScenario,
} from './types';
