import { describe, expect, it } from 'vitest';
import { acceleratorSchema, clusterSchema, importFormSchema, marketSchema, parseCount, scenarioSchema } from '@/lib/markets/schemas';

const UUID = '3f1f6a52-8d44-4d4a-9a55-2b1b0f6f9e01';
const OTHER = '9a0c8c2e-7b9a-4b6e-8f6e-0f3a7a0b5c11';

const cluster = (over: Record<string, unknown> = {}) => ({
  firmId: UUID,
  name: 'Colossus',
  site: '',
  acceleratorId: OTHER,
  countLow: '',
  countCentral: '100000',
  countHigh: '',
  status: 'operational',
  asOf: '2024-09-30',
  source: '',
  ...over,
});

const fieldErrors = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['40000', 40_000],
    ['40,000', 40_000],
    [' 1,000,000 ', 1_000_000],
    ['1000000000', 1_000_000_000],
    [7, 7],
  ])('reads %j as %d', (raw, n) => expect(parseCount(raw)).toEqual({ value: n }));

  it.each([
    ['', /Enter a count/],
    ['-3', /negative/],
    [-3, /negative/],
    ['2.5', /whole number/],
    [2.5, /whole number/],
    ['1e5', /digits only/],
    ['40,00', /whole number|digits only/],
    ['lots', /digits only/],
    ['1000000001', /1,000,000,000/],
    ['99999999999999999999', /1,000,000,000/],
    [Number.NaN, /number/],
  ])('refuses %j', (raw, message) => {
    const r = parseCount(raw);
    expect('error' in r && r.error).toMatch(message);
  });
});

describe('clusterSchema (form and server alike)', () => {
  it('treats blank bounds as exact and keeps them null', () => {
    const r = clusterSchema.parse(cluster());
    expect(r).toMatchObject({ countLow: null, countCentral: 100_000, countHigh: null });
  });

  it('puts each ordering error on the field that is out of order', () => {
    expect(fieldErrors(clusterSchema.safeParse(cluster({ countLow: '200000' })))).toEqual({ countLow: 'The low estimate must not exceed the central one.' });
    expect(fieldErrors(clusterSchema.safeParse(cluster({ countHigh: '5' })))).toEqual({ countHigh: 'The high estimate must not be below the central one.' });
  });

  it('refuses a missing accelerator, an impossible date and hostile text at their fields', () => {
    const errs = fieldErrors(clusterSchema.safeParse(cluster({ acceleratorId: '', asOf: '2025-02-29', name: 'x\u200b' })));
    expect(Object.keys(errs).sort()).toEqual(['acceleratorId', 'asOf', 'name']);
  });
});

describe('scenarioSchema', () => {
  it('needs an accelerator and a number only for a transfer', () => {
    expect(scenarioSchema.safeParse({ name: 'M', kind: 'merger', buyerFirmId: UUID, sellerFirmId: OTHER }).success).toBe(true);
    const errs = fieldErrors(scenarioSchema.safeParse({ name: 'T', kind: 'transfer', buyerFirmId: UUID, sellerFirmId: OTHER }));
    expect(Object.keys(errs).sort()).toEqual(['acceleratorId', 'countCentral']);
  });

  it('refuses the same firm on both sides and an inverted range', () => {
    const errs = fieldErrors(
      scenarioSchema.safeParse({ name: 'T', kind: 'transfer', buyerFirmId: UUID, sellerFirmId: UUID, acceleratorId: OTHER, countLow: '50000', countCentral: '40000', countHigh: '30000' }),
    );
    expect(Object.keys(errs).sort()).toEqual(['countHigh', 'countLow', 'sellerFirmId']);
  });
});

describe('marketSchema and acceleratorSchema', () => {
  it('bounds the Monte Carlo draws and requires a metric', () => {
    const base = { name: 'M', metric: 'compute', geographicScope: 'Worldwide', asOf: '2025-10-31' };
    expect(marketSchema.parse(base)).toMatchObject({ mcDraws: 10_000, mcSeed: 1, mcDistribution: 'uniform', includeNonOperational: false });
    expect(fieldErrors(marketSchema.safeParse({ ...base, mcDraws: '500000' }))).toHaveProperty('mcDraws');
    expect(fieldErrors(marketSchema.safeParse({ ...base, metric: 'revenue' }))).toHaveProperty('metric');
  });

  it('reads TFLOP/s with grouping and decimals, and power as optional whole watts', () => {
    expect(acceleratorSchema.parse({ name: 'A', vendor: 'V', tflops: '1,307.4', watts: '', sourceNote: 's' })).toMatchObject({ tflops: 1307.4, watts: null });
    expect(fieldErrors(acceleratorSchema.safeParse({ name: 'A', vendor: 'V', tflops: '0', watts: '700', sourceNote: '' }))).toEqual({
      tflops: 'Must be more than zero.',
      sourceNote: 'Source is required.',
    });
  });

  it('refuses an upload form without a file or with one over 5 MB', () => {
    const files = (size: number) => ({ length: 1, item: () => ({ size, name: 'a.csv' }) });
    expect(importFormSchema.safeParse({ mode: 'add', file: files(10) }).success).toBe(true);
    expect(fieldErrors(importFormSchema.safeParse({ mode: 'add', file: files(6 * 1024 * 1024) })).file).toMatch(/larger than 5 MB/);
    expect(fieldErrors(importFormSchema.safeParse({ mode: 'add', file: { length: 0, item: () => null } })).file).toBe('Choose a CSV file.');
  });
});
