import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { getDb } from '@/db/client';
import { accelerators, users } from '@/db/schema';
import type { SessionUser } from '@/lib/access';

export type AcceleratorRow = {
  id: string;
  name: string;
  vendor: string;
  tflops: number;
  watts: number | null;
  sourceNote: string;
  memoryGb: number | null;
  memoryBandwidthGbs: number | null;
  fp8DenseTflops: number | null;
  specsSourceNote: string;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
};

/** Reads the catalogue; callers inside a transaction pass it, pages let it open the database. */
export async function readCatalogue(db: Executor): Promise<AcceleratorRow[]> {
  return db
    .select({
      id: accelerators.id,
      name: accelerators.name,
      vendor: accelerators.vendor,
      tflops: accelerators.tflops,
      watts: accelerators.watts,
      sourceNote: accelerators.sourceNote,
      memoryGb: accelerators.memoryGb,
      memoryBandwidthGbs: accelerators.memoryBandwidthGbs,
      fp8DenseTflops: accelerators.fp8DenseTflops,
      specsSourceNote: accelerators.specsSourceNote,
      version: accelerators.version,
      updatedAt: accelerators.updatedAt,
      updatedByName: users.name,
    })
    .from(accelerators)
    .leftJoin(users, eq(users.id, accelerators.updatedBy))
    .orderBy(asc(accelerators.vendor), asc(accelerators.name));
}

/** The catalogue is reference data: every signed-in user may read it (the figures appear in analyses). */
export async function listAccelerators(opts: { actor: SessionUser }): Promise<AcceleratorRow[]> {
  void opts.actor;
  return readCatalogue(await getDb());
}
