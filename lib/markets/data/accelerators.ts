/**
 * Seed rows of the accelerator catalogue: peak dense BF16 tensor throughput and board power from
 * the vendors' published datasheets, each row citing its own source in sourceNote. Dense (no sparsity) BF16/FP16 tensor peak per chip;
 * power is nullable. "Secondary" means a third-party page quoting the vendor. After seeding, the
 * catalogue is data an administrator maintains; these rows only fill an empty table.
 *
 * Memory capacity (GB), peak memory bandwidth (GB/s) and dense FP8 tensor peak (TFLOP/s, no
 * sparsity: NVIDIA and AMD headline FP8 figures "with sparsity" are twice these) carry their own
 * source in specsSourceNote. FP8 is null where the chip has no FP8 tensor format in its vendor's
 * documentation (A100, the TPUs): null means "not offered", never zero.
 */
export type AcceleratorSeed = {
  name: string;
  vendor: string;
  tflops: number;
  watts: number | null;
  sourceNote: string;
  memoryGb: number | null;
  memoryBandwidthGbs: number | null;
  fp8DenseTflops: number | null;
  specsSourceNote: string;
};

const SECONDARY = 'Secondary source (a third-party page quoting the vendor)';
const GOOGLE = 'Google does not say whether TPU figures are dense';
const NO_FP8 = 'no FP8 tensor format listed';

export const ACCELERATOR_SEED: readonly AcceleratorSeed[] = [
  { name: 'NVIDIA A100 SXM', vendor: 'NVIDIA', tflops: 312, watts: 400, sourceNote: 'NVIDIA datasheet, as quoted by glennklockwood.com',
    memoryGb: 80, memoryBandwidthGbs: 2039, fp8DenseTflops: null, specsSourceNote: `NVIDIA A100 Tensor Core GPU datasheet, 80 GB SXM variant (Ampere: ${NO_FP8})` },
  { name: 'NVIDIA H100 SXM', vendor: 'NVIDIA', tflops: 989.4, watts: 700, sourceNote: 'NVIDIA datasheet, as quoted by glennklockwood.com',
    memoryGb: 80, memoryBandwidthGbs: 3350, fp8DenseTflops: 1978.9, specsSourceNote: 'NVIDIA H100 Tensor Core GPU datasheet (FP8 3,958 TFLOP/s with sparsity, 1,978.9 dense as tabulated by glennklockwood.com/garden/processors/h100)' },
  { name: 'NVIDIA H100 PCIe', vendor: 'NVIDIA', tflops: 756, watts: 350, sourceNote: 'NVIDIA product brief PB-11133',
    memoryGb: 80, memoryBandwidthGbs: 2000, fp8DenseTflops: 1513, specsSourceNote: 'NVIDIA H100 Tensor Core GPU datasheet, PCIe column (80 GB HBM2e, 2,000 GB/s; FP8 3,026 TFLOP/s with sparsity, half without), as reproduced by archive-lib.hpctech.co.jp' },
  { name: 'NVIDIA H200 SXM', vendor: 'NVIDIA', tflops: 989.4, watts: 700, sourceNote: SECONDARY,
    memoryGb: 141, memoryBandwidthGbs: 4800, fp8DenseTflops: 1978.9, specsSourceNote: 'NVIDIA H200 Tensor Core GPU datasheet (141 GB HBM3e, 4.8 TB/s; FP8 3,958 TFLOP/s with sparsity, the H100’s tensor cores), as quoted by aiwiki.ai and aiminingco.com' },
  { name: 'NVIDIA B200 (HGX)', vendor: 'NVIDIA', tflops: 2250, watts: 1000, sourceNote: 'NVIDIA, as quoted by glennklockwood.com',
    memoryGb: 180, memoryBandwidthGbs: 8000, fp8DenseTflops: 4500, specsSourceNote: 'NVIDIA figures as quoted by glennklockwood.com/garden/processors/B200 (8 TB/s; FP8 4,500 TFLOP/s dense at 1,000 W; 192 GB physical HBM3e) and docs.vultr.com HGX B200 hardware overview (about 180 GB usable per GPU)' },
  { name: 'NVIDIA GB200 (per GPU)', vendor: 'NVIDIA', tflops: 2500, watts: 1200, sourceNote: 'NVIDIA, as quoted by glennklockwood.com',
    memoryGb: 186, memoryBandwidthGbs: 8000, fp8DenseTflops: 5000, specsSourceNote: 'NVIDIA GB200 NVL72 figures divided by its 72 GPUs (13.4 TB HBM3e, 576 TB/s; 720 PFLOP/s FP8 with sparsity), as quoted by aiwiki.ai; 5,000 TFLOP/s dense FP8 per GPU at 1,200 W as tabulated by glennklockwood.com/garden/processors/B200' },
  { name: 'AMD Instinct MI300X', vendor: 'AMD', tflops: 1307.4, watts: 750, sourceNote: SECONDARY,
    memoryGb: 192, memoryBandwidthGbs: 5300, fp8DenseTflops: 2614.9, specsSourceNote: 'AMD Instinct MI300X data sheet (192 GB HBM3, 5.3 TB/s; FP8 2,614.9 TFLOP/s, 5,229.8 with sparsity), as quoted by awesomeagents.ai and yobitel.com' },
  { name: 'AMD Instinct MI325X', vendor: 'AMD', tflops: 1307.4, watts: 1000, sourceNote: SECONDARY,
    memoryGb: 256, memoryBandwidthGbs: 6000, fp8DenseTflops: 2614.9, specsSourceNote: 'AMD Instinct MI325X data sheet (256 GB HBM3E, 6 TB/s; FP8 2,614.9 TFLOP/s, 5,229.8 with sparsity), as quoted by awesomeagents.ai/hardware/amd-mi325x' },
  { name: 'Google TPU v4', vendor: 'Google', tflops: 275, watts: null, sourceNote: `cloud.google.com/tpu/docs/v4 (${GOOGLE})`,
    memoryGb: 32, memoryBandwidthGbs: 1200, fp8DenseTflops: null, specsSourceNote: `cloud.google.com/tpu/docs/v4: 32 GiB HBM2, 1,200 GB/s (${NO_FP8})` },
  { name: 'Google TPU v5e', vendor: 'Google', tflops: 197, watts: null, sourceNote: `cloud.google.com/tpu/docs/v5e (${GOOGLE})`,
    memoryGb: 16, memoryBandwidthGbs: 819, fp8DenseTflops: null, specsSourceNote: `cloud.google.com/tpu/docs/v5e: 16 GB HBM2, 819 GB/s (${NO_FP8}; Int8 393 TOPS)` },
  { name: 'Google TPU v5p', vendor: 'Google', tflops: 459, watts: null, sourceNote: `cloud.google.com/tpu/docs/v5p (${GOOGLE})`,
    memoryGb: 95, memoryBandwidthGbs: 2765, fp8DenseTflops: null, specsSourceNote: `cloud.google.com/tpu/docs/v5p: 95 GB HBM2e, 2,765 GB/s (${NO_FP8})` },
  { name: 'Google TPU v6e (Trillium)', vendor: 'Google', tflops: 918, watts: null, sourceNote: `cloud.google.com/tpu/docs/v6e (${GOOGLE})`,
    memoryGb: 32, memoryBandwidthGbs: 1638, fp8DenseTflops: null, specsSourceNote: `cloud.google.com/tpu/docs/v6e: 32 GB HBM, 1,638 GB/s (${NO_FP8}; Int8 1,836 TOPS)` },
  { name: 'AWS Trainium', vendor: 'AWS', tflops: 190, watts: null, sourceNote: 'AWS Neuron documentation',
    memoryGb: 32, memoryBandwidthGbs: 820, fp8DenseTflops: 190, specsSourceNote: 'AWS Neuron documentation, Trainium architecture: 32 GiB, 820 GB/s; 190 TFLOP/s FP16/BF16/cFP8/TF32 (cFP8 is AWS’s configurable FP8)' },
  { name: 'AWS Trainium2', vendor: 'AWS', tflops: 667, watts: null, sourceNote: 'AWS Neuron documentation',
    memoryGb: 96, memoryBandwidthGbs: 2900, fp8DenseTflops: 1299, specsSourceNote: 'AWS Neuron documentation, Trainium2 architecture: 96 GiB HBM, 2.9 TB/s; 1,299 FP8 TFLOP/s dense (2,563 sparse)' },
];
