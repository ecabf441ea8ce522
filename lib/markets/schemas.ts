import { z } from 'zod';
import { isoDate, requiredText, safeText } from '@/lib/core/fields';
import { numberInput, versionField } from '@/lib/core/fields';

/*
 * Inputs of the market analysis: one schema per form, shared by the form (zodResolver) and the
 * verb that parses it again on the server. Imports only zod (and the shared text/date rules).
 */

export const METRICS = ['count', 'compute', 'power'] as const;
export type MetricValue = (typeof METRICS)[number];
export const METRIC_LABELS: Record<MetricValue, string> = {
  count: 'Accelerator count',
  compute: 'H100-equivalent compute',
  power: 'Power (MW)',
};
export const METRIC_NOTES: Record<MetricValue, string> = {
  count: 'each accelerator counts as one',
  compute: 'count × dense BF16 TFLOP/s ÷ 989.4 (one NVIDIA H100 SXM)',
  power: 'count × board power in watts ÷ 1,000,000',
};

// Spelled as in the CSV layout ("under construction"), so import and export need no mapping.
export const CLUSTER_STATUSES = ['operational', 'under construction', 'planned'] as const;
export type ClusterStatus = (typeof CLUSTER_STATUSES)[number];
export const CLUSTER_STATUS_LABELS: Record<ClusterStatus, string> = {
  operational: 'Operational',
  'under construction': 'Under construction',
  planned: 'Planned',
};

export const SCENARIO_KINDS = ['merger', 'transfer'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export const MC_DISTRIBUTIONS = ['uniform', 'triangular'] as const;

/** Counts are whole chips; a billion is beyond any fleet on record, so more is a typing error. */
export const MAX_COUNT = 1_000_000_000;
/** Draws are re-run on every page view, so the interactive cap is well under the engine's 1,000,000. */
export const MAX_DRAWS = 100_000;

const GROUPED = /^\d{1,3}(,\d{3})+$/;

/**
 * A whole number of accelerators typed into a form or read from a CSV cell: digits, optionally
 * grouped with commas ("40,000"). A blank is "missing", never zero.
 */
export function parseCount(raw: unknown): { value: number } | { error: string } {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { error: 'Enter a number.' };
    if (raw < 0) return { error: 'A count cannot be negative.' };
    if (!Number.isInteger(raw)) return { error: 'Enter a whole number of accelerators.' };
    if (raw > MAX_COUNT) return { error: 'At most 1,000,000,000; check the figure.' };
    return { value: raw };
  }
  const s = typeof raw === 'string' ? raw.trim() : '';
  if (s === '') return { error: 'Enter a count.' };
  if (/^-\s*\d/.test(s)) return { error: 'A count cannot be negative.' };
  if (/^\d+[.,]\d*$/.test(s) && !GROUPED.test(s)) return { error: 'Enter a whole number of accelerators.' };
  if (!/^\d+$/.test(s) && !GROUPED.test(s)) return { error: 'Enter a whole number (digits only, e.g. 40000 or 40,000).' };
  const digits = s.replace(/,/g, '');
  if (digits.length > 10 || Number(digits) > MAX_COUNT) return { error: 'At most 1,000,000,000; check the figure.' };
  return { value: Number(digits) };
}

const count = z.union([z.string(), z.number()], { message: 'Enter a whole number of accelerators.' }).transform((v, ctx) => {
  const r = parseCount(v);
  if ('error' in r) {
    ctx.addIssue({ code: 'custom', message: r.error });
    return z.NEVER;
  }
  return r.value;
});

/**
 * Optional bound of a range: blank means "same as central". Blank arrives as '' from the field, as
 * null once the form has parsed it (the action parses the form's output again), or not at all.
 */
const optionalCount = z.union([z.string(), z.number(), z.null()], { message: 'Enter a whole number of accelerators, or leave it blank.' }).optional().transform((v, ctx) => {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return null;
  const r = parseCount(v);
  if ('error' in r) {
    ctx.addIssue({ code: 'custom', message: r.error });
    return z.NEVER;
  }
  return r.value;
});

type Ranged = { countLow: number | null; countCentral: number; countHigh: number | null };

/** low ≤ central ≤ high, reported on the field that is out of order. */
function checkOrder(v: Ranged, ctx: z.RefinementCtx) {
  const low = v.countLow ?? v.countCentral;
  const high = v.countHigh ?? v.countCentral;
  if (low > v.countCentral) ctx.addIssue({ code: 'custom', path: ['countLow'], message: 'The low estimate must not exceed the central one.' });
  if (high < v.countCentral) ctx.addIssue({ code: 'custom', path: ['countHigh'], message: 'The high estimate must not be below the central one.' });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (what: string) => z.string({ message: `Choose ${what}.` }).uuid(`Choose ${what}.`);
const version = versionField;

// --- accelerator catalogue (admin) ---

const tflops = z.union([z.string(), z.number()], { message: 'Enter the dense BF16 TFLOP/s, e.g. 989.4.' }).transform((v, ctx) => {
  const s = typeof v === 'number' ? String(v) : v.trim().replace(/,/g, '');
  const n = Number(s);
  if (s === '' || !Number.isFinite(n)) ctx.addIssue({ code: 'custom', message: 'Enter the dense BF16 TFLOP/s, e.g. 989.4.' });
  else if (n <= 0) ctx.addIssue({ code: 'custom', message: 'Must be more than zero.' });
  else if (n > 1_000_000) ctx.addIssue({ code: 'custom', message: 'At most 1,000,000 TFLOP/s per chip; check the units.' });
  else if (!/^\d+(\.\d{1,3})?$/.test(s)) ctx.addIssue({ code: 'custom', message: 'Use at most three decimals.' });
  else return n;
  return z.NEVER;
});

const watts = z.union([z.string(), z.number(), z.null()], { message: 'Enter whole watts, or leave blank if unknown.' }).optional().transform((v, ctx) => {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return null;
  const s = typeof v === 'number' ? String(v) : v.trim().replace(/,/g, '');
  const n = Number(s);
  if (!/^\d+$/.test(s) || !Number.isFinite(n)) ctx.addIssue({ code: 'custom', message: 'Enter whole watts, or leave blank if unknown.' });
  else if (n <= 0 || n > 100_000) ctx.addIssue({ code: 'custom', message: 'Between 1 and 100,000 W per chip.' });
  else return n;
  return z.NEVER;
});

/** An optional positive figure with up to three decimals; blank (or null) means unknown. */
const optionalFigure = (what: string, max: number, unit: string) =>
  z.union([z.string(), z.number(), z.null()], { message: `Enter the ${what}, or leave it blank.` }).optional().transform((v, ctx) => {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return null;
    const s = typeof v === 'number' ? String(v) : v.trim().replace(/,/g, '');
    const n = Number(s);
    if (!/^\d+(\.\d{1,3})?$/.test(s) || !Number.isFinite(n)) ctx.addIssue({ code: 'custom', message: `Enter the ${what} as a number, e.g. ${unit}, or leave it blank.` });
    else if (n <= 0) ctx.addIssue({ code: 'custom', message: 'Must be more than zero; leave it blank if unknown.' });
    else if (n > max) ctx.addIssue({ code: 'custom', message: `At most ${max.toLocaleString('en-US')} per chip; check the units.` });
    else return n;
    return z.NEVER;
  });

const acceleratorFields = z
  .object({
    name: requiredText(120, 'Name'),
    vendor: requiredText(80, 'Vendor'),
    tflops,
    watts,
    sourceNote: requiredText(500, 'Source'),
    memoryGb: optionalFigure('memory in GB', 100_000, '80'),
    memoryBandwidthGbs: optionalFigure('memory bandwidth in GB/s', 1_000_000, '3,350'),
    fp8DenseTflops: optionalFigure('dense FP8 TFLOP/s', 1_000_000, '1,978.9'),
    specsSourceNote: safeText(500, 'Source of the memory and FP8 figures').default(''),
  });

// Every figure in the catalogue carries its source; these three have their own.
function specsNeedSource(v: z.output<typeof acceleratorFields>, ctx: z.RefinementCtx) {
  const given = v.memoryGb !== null || v.memoryBandwidthGbs !== null || v.fp8DenseTflops !== null;
  if (given && !v.specsSourceNote.trim()) {
    ctx.addIssue({ code: 'custom', path: ['specsSourceNote'], message: 'Say where the memory and FP8 figures come from (datasheet or documentation page).' });
  }
}

export const acceleratorSchema = acceleratorFields.superRefine(specsNeedSource);
export type AcceleratorInput = z.input<typeof acceleratorSchema>;
export type AcceleratorData = z.output<typeof acceleratorSchema>;
export const updateAcceleratorSchema = acceleratorFields.extend({ acceleratorId: uuid('an accelerator'), version }).superRefine(specsNeedSource);

// --- markets ---

export const marketSchema = z.object({
  name: requiredText(200, 'Market name'),
  definition: safeText(5000, 'Definition').default(''),
  metric: z.enum(METRICS, { message: 'Choose a metric.' }),
  geographicScope: requiredText(200, 'Geographic scope'),
  asOf: isoDate,
  includeNonOperational: z.boolean({ message: 'Tick or clear “include clusters not yet operational”.' }).default(false),
  mcDraws: numberInput('Enter a number of draws.')
    .pipe(z.number().int('Whole draws only.').min(100, 'At least 100 draws.').max(MAX_DRAWS, `At most ${MAX_DRAWS.toLocaleString('en-US')} draws.`))
    .default(10_000),
  mcSeed: numberInput('Enter a whole number.').pipe(z.number().int('Whole number only.').min(0, 'Zero or more.').max(2_147_483_647, 'Too large.')).default(1),
  mcDistribution: z.enum(MC_DISTRIBUTIONS, { message: 'Choose uniform or triangular.' }).default('uniform'),
});
export type MarketInput = z.input<typeof marketSchema>;
export type MarketData = z.output<typeof marketSchema>;
export const updateMarketSchema = marketSchema.extend({ version });

// --- firms ---

export const firmSchema = z.object({
  name: requiredText(200, 'Firm name'),
  ultimateParent: safeText(200, 'Ultimate parent').default(''),
});
export type FirmInput = z.input<typeof firmSchema>;
export const updateFirmSchema = firmSchema.extend({ firmId: uuid('a firm'), version });

// --- clusters ---

const clusterFields = z.object({
  firmId: uuid('the firm'),
  name: requiredText(200, 'Cluster name'),
  site: safeText(200, 'Site').default(''),
  acceleratorId: uuid('an accelerator from the catalogue'),
  countLow: optionalCount,
  countCentral: count,
  countHigh: optionalCount,
  status: z.enum(CLUSTER_STATUSES, { message: 'Choose a status.' }),
  asOf: isoDate,
  source: safeText(500, 'Source').default(''),
});
export const clusterSchema = clusterFields.superRefine(checkOrder);
export type ClusterInput = z.input<typeof clusterSchema>;
export type ClusterData = z.output<typeof clusterSchema>;
export const updateClusterSchema = clusterFields.extend({ clusterId: uuid('a cluster'), version }).superRefine(checkOrder);

// --- scenarios ---

const scenarioFields = z.object({
  name: requiredText(200, 'Scenario name'),
  kind: z.enum(SCENARIO_KINDS, { message: 'Choose a kind of scenario.' }),
  /** Merger: the acquirer. Transfer: the firm receiving the accelerators. */
  buyerFirmId: uuid('a firm'),
  /** Merger: the target. Transfer: the firm giving them up. */
  sellerFirmId: uuid('a firm'),
  // Only a transfer names one; anything but an id reads as "none chosen" (and a transfer then asks for it).
  acceleratorId: z
    .union([z.string(), z.null()], { message: 'Choose the accelerator that changes hands.' })
    .optional()
    .transform((s) => (s && UUID.test(s) ? s : '')),
  countLow: optionalCount,
  countCentral: optionalCount,
  countHigh: optionalCount,
});

function checkScenario(v: z.output<typeof scenarioFields>, ctx: z.RefinementCtx) {
  if (v.buyerFirmId === v.sellerFirmId) {
    ctx.addIssue({ code: 'custom', path: ['sellerFirmId'], message: 'Choose two different firms.' });
  }
  if (v.kind !== 'transfer') return;
  if (!v.acceleratorId) {
    ctx.addIssue({ code: 'custom', path: ['acceleratorId'], message: 'Choose the accelerator that changes hands.' });
  }
  if (v.countCentral === null) {
    ctx.addIssue({ code: 'custom', path: ['countCentral'], message: 'Enter how many accelerators change hands.' });
    return;
  }
  checkOrder({ countLow: v.countLow, countCentral: v.countCentral, countHigh: v.countHigh }, ctx);
}

export const scenarioSchema = scenarioFields.superRefine(checkScenario);
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioData = z.output<typeof scenarioSchema>;
export const updateScenarioSchema = scenarioFields.extend({ scenarioId: uuid('a scenario'), version }).superRefine(checkScenario);

// --- import ---

export const IMPORT_MODES = ['replace', 'add'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
/** Uploads above this are refused before parsing; 10,000 rows of the demo layout are about 1.5 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const saveAnalysisSchema = z.object({
  scenarioId: uuid('a scenario'),
  title: requiredText(200, 'Title'),
});
export type SaveAnalysisInput = z.input<typeof saveAnalysisSchema>;

/** The upload form: the server checks the bytes again (size, encoding, every row). */
export const importFormSchema = z.object({
  mode: z.enum(IMPORT_MODES, { message: 'Choose whether to replace the clusters or add to them.' }),
  file: z
    .custom<{ length: number; item: (i: number) => { size: number; name: string } | null }>(
      (v) => !!v && typeof v === 'object' && 'length' in v && typeof (v as { item?: unknown }).item === 'function',
      'Choose a CSV file.',
    )
    .refine((files) => files.length === 1, 'Choose a CSV file.')
    .refine((files) => (files.item(0)?.size ?? 0) <= MAX_IMPORT_BYTES, `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it and use “add to them”.`),
});
export type ImportFormInput = z.input<typeof importFormSchema>;
