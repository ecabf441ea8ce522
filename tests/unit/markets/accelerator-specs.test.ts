import { describe, expect, it } from 'vitest';
import { ACCELERATOR_SEED } from '@/lib/markets/data/accelerators';
import { acceleratorSchema } from '@/lib/markets/schemas';

/* The memory and FP8 fields as the browser sends them: strings, '' when blank, null after a reset. */

const base = { name: 'Test NPU', vendor: 'Acme', tflops: '989.4', watts: '', sourceNote: 'Acme datasheet' };
const errors = (input: Record<string, unknown>) => {
  const r = acceleratorSchema.safeParse({ ...base, ...input });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('accelerator memory and FP8 figures', () => {
  it('reads blank and null as unknown, and grouped strings as numbers', () => {
    expect(acceleratorSchema.parse({ ...base, memoryGb: '', memoryBandwidthGbs: null, fp8DenseTflops: undefined })).toMatchObject({
      memoryGb: null,
      memoryBandwidthGbs: null,
      fp8DenseTflops: null,
      specsSourceNote: '',
    });
    expect(acceleratorSchema.parse({ ...base, memoryGb: '80', memoryBandwidthGbs: '3,350', fp8DenseTflops: '1,978.9', specsSourceNote: 'NVIDIA H100 datasheet' })).toMatchObject({
      memoryGb: 80,
      memoryBandwidthGbs: 3350,
      fp8DenseTflops: 1978.9,
    });
  });

  it('refuses words, zero, negatives and absurd sizes at the field, in words', () => {
    expect(errors({ memoryGb: 'eighty', specsSourceNote: 's' })).toEqual({ memoryGb: 'Enter the memory in GB as a number, e.g. 80, or leave it blank.' });
    expect(errors({ memoryBandwidthGbs: '0', specsSourceNote: 's' })).toEqual({ memoryBandwidthGbs: 'Must be more than zero; leave it blank if unknown.' });
    expect(errors({ fp8DenseTflops: '-5', specsSourceNote: 's' })).toHaveProperty('fp8DenseTflops');
    expect(errors({ memoryGb: '1000000', specsSourceNote: 's' })).toEqual({ memoryGb: 'At most 100,000 per chip; check the units.' });
    expect(errors({ memoryGb: true })).toEqual({ memoryGb: 'Enter the memory in GB, or leave it blank.' });
  });

  it('asks for the source of any figure given', () => {
    expect(errors({ fp8DenseTflops: '1299' })).toEqual({ specsSourceNote: 'Say where the memory and FP8 figures come from (datasheet or documentation page).' });
    expect(errors({ fp8DenseTflops: '1299', specsSourceNote: '   ' })).toHaveProperty('specsSourceNote');
    expect(errors({ fp8DenseTflops: '' })).toEqual({});
  });

  it('the seed rows parse under the same schema an admin uses, each figure with its source', () => {
    for (const row of ACCELERATOR_SEED) {
      const parsed = acceleratorSchema.parse(row);
      expect(parsed.memoryGb, row.name).toBeGreaterThan(0);
      expect(parsed.memoryBandwidthGbs, row.name).toBeGreaterThan(0);
      expect(row.specsSourceNote.length, row.name).toBeGreaterThan(20);
      // Dense FP8 is never below dense BF16 on a chip that has it.
      if (parsed.fp8DenseTflops !== null) expect(parsed.fp8DenseTflops, row.name).toBeGreaterThanOrEqual(parsed.tflops);
    }
    expect(ACCELERATOR_SEED.filter((r) => r.fp8DenseTflops === null).map((r) => r.name)).toEqual([
      'NVIDIA A100 SXM',
      'Google TPU v4',
      'Google TPU v5e',
      'Google TPU v5p',
      'Google TPU v6e (Trillium)',
    ]);
  });
});
