import { openDatabase } from '@/db/client';
import { verifyAuditChain } from '@/lib/audit';
import { env } from '@/lib/env';

// `npm run audit:verify`: walks the whole hash chain; exit 0 with the count and head hash, or 1 at the first broken event.
async function main() {
  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const report = await verifyAuditChain(handle.db);
    if (report.ok) {
      console.log(`OK: ${report.count} audit events verified. Head hash ${report.headHash} (event #${report.headSeq ?? '—'}).`);
    } else {
      console.error(`BROKEN at event #${report.brokenAt}: ${report.reason}. ${report.count} events before it verified.`);
      console.error(`  expected ${report.expected}\n  found    ${report.found}`);
      process.exitCode = 1;
    }
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
