/**
 * The demo workspace's market and accelerator catalogue (lib/seed/data/demo-market.csv and the
 * catalogue's seed rows), as the tests' own copy.
 * Figures are illustrative estimates; see the source column of the CSV.
 */
import type { Accelerator, Holding } from '@/lib/concentration';
import { ACCELERATOR_SEED } from '@/lib/markets/data/accelerators';

// The catalogue's seed rows: one copy of the figures for the app, its tests and its benchmark.
export const DEMO_ACCELERATORS: Accelerator[] = ACCELERATOR_SEED.map(({ name, tflops, watts }) => ({ name, tflops, watts }));

/** Columns: firm, cluster, site, accelerator, count_low, count_central, count_high, status, as_of. */
export const DEMO_MARKET_ROWS: ReadonlyArray<
  readonly [string, string, string, string, number, number, number, string, string]
> = [
  ['xAI', 'Colossus phase 1', 'Memphis, Tennessee, US', 'NVIDIA H100 SXM', 100000, 100000, 100000, 'operational', '2024-09-30'],
  ['xAI', 'Colossus expansion', 'Memphis, Tennessee, US', 'NVIDIA H200 SXM', 50000, 50000, 100000, 'operational', '2025-03-31'],
  ['Anthropic', 'Project Rainier (AWS)', 'Indiana, US', 'AWS Trainium2', 400000, 500000, 500000, 'operational', '2025-10-31'],
  ['Anthropic', 'Google Cloud TPU allocation', 'various, US', 'Google TPU v6e (Trillium)', 50000, 100000, 150000, 'operational', '2025-10-31'],
  ['OpenAI', 'Azure allocation (Hopper)', 'various, US', 'NVIDIA H100 SXM', 250000, 300000, 400000, 'operational', '2025-06-30'],
  ['OpenAI', 'Azure allocation (Blackwell)', 'Abilene, Texas, US', 'NVIDIA GB200 (per GPU)', 30000, 50000, 80000, 'under construction', '2025-09-30'],
  ['Google DeepMind', 'TPU fleet v5p', 'various', 'Google TPU v5p', 400000, 500000, 600000, 'operational', '2024-12-31'],
  ['Google DeepMind', 'TPU fleet v6e', 'various', 'Google TPU v6e (Trillium)', 400000, 500000, 600000, 'operational', '2025-06-30'],
  ['Google DeepMind', 'TPU fleet v5e', 'various', 'Google TPU v5e', 400000, 500000, 600000, 'operational', '2024-12-31'],
  ['Meta', 'H100 fleet', 'various, US', 'NVIDIA H100 SXM', 300000, 350000, 350000, 'operational', '2024-12-31'],
  ['Meta', 'MI300X fleet', 'various, US', 'AMD Instinct MI300X', 150000, 173000, 173000, 'operational', '2024-12-31'],
];

/** The rows as analyzeMarket holdings; a row with low = central = high becomes a plain number. */
export const DEMO_HOLDINGS: Holding[] = DEMO_MARKET_ROWS.map(([firm, , , accelerator, low, central, high]) => ({
  firm,
  accelerator,
  count: low === high ? central : { low, central, high },
}));

/** The demo deal: 30,000–50,000 Hopper GPUs of xAI's Colossus move to Anthropic. */
export const DEMO_TRANSFER = {
  type: 'transfer' as const,
  from: 'xAI',
  to: 'Anthropic',
  accelerator: 'NVIDIA H100 SXM',
  count: { low: 30000, central: 40000, high: 50000 },
};
