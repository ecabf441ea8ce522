import { H100_TFLOPS, WATTS_PER_MW } from './constants';
import { ConcentrationError } from './errors';
import type { Accelerator, Metric } from './types';

export type Catalogue = {
  /** Accelerator name → dense index, resolved once so the hot loop does one Map lookup. */
  index: Map<string, number>;
  names: string[];
  /**
   * Capacity contributed by one unit of each accelerator under the chosen metric.
   * NaN marks a chip with no power figure under the 'power' metric: rather than
   * test for it on every holding, the NaN propagates into the totals and the
   * caller looks for the culprits only when a total comes out NaN.
   */
  unit: Float64Array;
};

function isNonNegativeFinite(x: unknown): x is number {
  return typeof x === 'number' && x >= 0 && x < Infinity;
}

export function buildCatalogue(accelerators: readonly Accelerator[], metric: Metric): Catalogue {
  if (!Array.isArray(accelerators)) {
    throw new ConcentrationError('The accelerator catalogue is missing.');
  }
  const n = accelerators.length;
  const index = new Map<string, number>();
  const names: string[] = new Array(n);
  const unit = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = accelerators[i];
    const name = a?.name;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new ConcentrationError(`Accelerator number ${i + 1} in the catalogue has no name.`);
    }
    if (index.has(name)) {
      // Two entries with one name could carry different figures; silently
      // picking one would change the result without anyone noticing.
      throw new ConcentrationError(`The accelerator catalogue lists "${name}" more than once.`);
    }
    if (!isNonNegativeFinite(a.tflops)) {
      throw new ConcentrationError(
        `The catalogue gives ${name} a TFLOP/s figure of ${String(a.tflops)}; it must be a finite number of zero or more.`,
      );
    }
    const watts = a.watts;
    if (watts !== undefined && watts !== null && !isNonNegativeFinite(watts)) {
      throw new ConcentrationError(
        `The catalogue gives ${name} a power figure of ${String(watts)} W; it must be a finite number of zero or more.`,
      );
    }
    index.set(name, i);
    names[i] = name;
    if (metric === 'count') unit[i] = 1;
    else if (metric === 'compute') unit[i] = a.tflops / H100_TFLOPS;
    else unit[i] = watts === undefined || watts === null ? NaN : watts / WATTS_PER_MW;
  }
  return { index, names, unit };
}
