/**
 * Seed rows of the accelerator catalogue: peak dense BF16 tensor throughput and board power from
 * the vendors' published datasheets, each row citing its own source in sourceNote. Dense (no sparsity) BF16/FP16 tensor peak per chip;
 * power is nullable. "Secondary" means a third-party page quoting the vendor. After seeding, the
 * catalogue is data an administrator maintains; these rows only fill an empty table.
 */
export type AcceleratorSeed = { name: string; vendor: string; tflops: number; watts: number | null; sourceNote: string };

const SECONDARY = 'Secondary source (a third-party page quoting the vendor)';
const GOOGLE = 'Google does not say whether TPU figures are dense';

export const ACCELERATOR_SEED: readonly AcceleratorSeed[] = [
  { name: 'NVIDIA A100 SXM', vendor: 'NVIDIA', tflops: 312, watts: 400, sourceNote: 'NVIDIA datasheet, as quoted by glennklockwood.com' },
  { name: 'NVIDIA H100 SXM', vendor: 'NVIDIA', tflops: 989.4, watts: 700, sourceNote: 'NVIDIA datasheet, as quoted by glennklockwood.com' },
  { name: 'NVIDIA H100 PCIe', vendor: 'NVIDIA', tflops: 756, watts: 350, sourceNote: 'NVIDIA product brief PB-11133' },
  { name: 'NVIDIA H200 SXM', vendor: 'NVIDIA', tflops: 989.4, watts: 700, sourceNote: SECONDARY },
  { name: 'NVIDIA B200 (HGX)', vendor: 'NVIDIA', tflops: 2250, watts: 1000, sourceNote: 'NVIDIA, as quoted by glennklockwood.com' },
  { name: 'NVIDIA GB200 (per GPU)', vendor: 'NVIDIA', tflops: 2500, watts: 1200, sourceNote: 'NVIDIA, as quoted by glennklockwood.com' },
  { name: 'AMD Instinct MI300X', vendor: 'AMD', tflops: 1307.4, watts: 750, sourceNote: SECONDARY },
  { name: 'AMD Instinct MI325X', vendor: 'AMD', tflops: 1307.4, watts: 1000, sourceNote: SECONDARY },
  { name: 'Google TPU v4', vendor: 'Google', tflops: 275, watts: null, sourceNote: `cloud.google.com/tpu/docs/v4 (${GOOGLE})` },
  { name: 'Google TPU v5e', vendor: 'Google', tflops: 197, watts: null, sourceNote: `cloud.google.com/tpu/docs/v5e (${GOOGLE})` },
  { name: 'Google TPU v5p', vendor: 'Google', tflops: 459, watts: null, sourceNote: `cloud.google.com/tpu/docs/v5p (${GOOGLE})` },
  { name: 'Google TPU v6e (Trillium)', vendor: 'Google', tflops: 918, watts: null, sourceNote: `cloud.google.com/tpu/docs/v6e (${GOOGLE})` },
  { name: 'AWS Trainium', vendor: 'AWS', tflops: 190, watts: null, sourceNote: 'AWS Neuron documentation' },
  { name: 'AWS Trainium2', vendor: 'AWS', tflops: 667, watts: null, sourceNote: 'AWS Neuron documentation' },
];
