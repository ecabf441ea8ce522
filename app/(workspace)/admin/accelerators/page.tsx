import { notFound } from 'next/navigation';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';
import { listAccelerators } from '@/lib/markets/list-accelerators';
import { AcceleratorTable } from './_components/accelerator-table';

export const metadata = { title: 'Accelerator catalogue' };

export default async function AcceleratorsPage() {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-catalogues')) notFound();
  const rows = await listAccelerators({ actor: user });
  return (
    <>
      <h1>Accelerator catalogue</h1>
      <p className="muted">
        The per-chip figures every market analysis uses: dense BF16 tensor throughput (for H100-equivalent compute, count × TFLOP/s ÷ 989.4) and board power (for
        the MW metric), with memory capacity, memory bandwidth and dense FP8 throughput for reference, each set of figures with its source. Each change is versioned and recorded in the audit trail; saved analyses keep the figures they were computed with.
      </p>
      <AcceleratorTable
        rows={rows.map((r) => ({
          id: r.id,
          name: r.name,
          vendor: r.vendor,
          tflops: r.tflops,
          watts: r.watts,
          sourceNote: r.sourceNote,
          memoryGb: r.memoryGb,
          memoryBandwidthGbs: r.memoryBandwidthGbs,
          fp8DenseTflops: r.fp8DenseTflops,
          specsSourceNote: r.specsSourceNote,
          version: r.version,
          updated: `${r.updatedAt.toISOString().slice(0, 10)} by ${r.updatedByName ?? 'reference seed'}`,
        }))}
      />
    </>
  );
}
