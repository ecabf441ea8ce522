import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { verifyAuditChain } from '@/lib/audit';
import { loadSigningKey, readCheckpoints } from '@/lib/audit/checkpoint';
import { parseHead, verifyAnchors, type Anchor } from '@/lib/audit/verify-anchors';
import { env } from '@/lib/env';

/*
 * `npm run audit:verify [-- --head <seq:hash>]`: walks the whole hash chain, then checks it still
 * holds every signed checkpoint (DATA_DIR/audit-checkpoints.jsonl) and the head given by hand.
 * Exit 0 verified; 1 broken, cut or rewritten; 2 nothing to verify here (wrong folder, forgotten
 * DATABASE_URL, an empty database) — so a typo never reads as "OK".
 */
const NOTHING = 2;

class NothingHere extends Error {}
function nothingHere(why: string): never {
  throw new NothingHere(`No audit trail here: ${why}. Check DATA_DIR or DATABASE_URL; nothing was verified.`);
}

async function main() {
  const args = process.argv.slice(2);
  const heads: Anchor[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--head') {
      console.error(`Unknown argument ${args[i]}. Usage: npm run audit:verify [-- --head <seq:hash>]`);
      process.exit(NOTHING);
    }
    const head = parseHead(args[++i] ?? '');
    if (!head) {
      console.error('--head takes the head as printed by audit:verify: <event number>:<64 hex digits>.');
      process.exit(NOTHING);
    }
    heads.push({ ...head, source: 'head given with --head' });
  }
  if (!env.DATABASE_URL) {
    const dir = path.resolve(env.DATA_DIR, 'pglite');
    // Opening a missing folder would create and migrate an empty database, which then "verifies".
    if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) nothingHere(`${dir} holds no database`);
  }
  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, migrate: false });
  try {
    const res = await handle.db.execute<{ t: string | null }>(sql`select to_regclass('audit_events')::text as t`);
    if (!(res as unknown as { rows: { t: string | null }[] }).rows[0]?.t) nothingHere('the database has no audit table (never set up by this app)');
    const report = await verifyAuditChain(handle.db);
    if (!report.ok) {
      console.error(`BROKEN at event #${report.brokenAt}: ${report.reason}. ${report.count} events before it verified.`);
      console.error(`  expected ${report.expected}\n  found    ${report.found}`);
      process.exitCode = 1;
      return;
    }
    const { checkpoints, unreadable } = readCheckpoints();
    if (report.count === 0 && checkpoints.length === 0 && heads.length === 0) nothingHere('the database holds no audit events (freshly created?)');
    const anchors = await verifyAnchors(handle.db, { checkpoints, publicKey: loadSigningKey()?.publicKey ?? null, heads });
    if (!anchors.ok) {
      console.error(`NOT VERIFIED: ${anchors.reason}.`);
      process.exitCode = 1;
      return;
    }
    console.log(`OK: ${report.count} audit events verified. Head ${report.headSeq ?? 0}:${report.headHash}`);
    if (anchors.latest) console.log(`    holds ${anchors.checked} anchor(s); the latest, event #${anchors.latest.seq}, from the ${anchors.latest.source}.`);
    else console.log('    No signed checkpoint found: a deleted tail or a full re-hash could not be detected. Pass --head <seq:hash> from a copy kept elsewhere.');
    if (unreadable) console.log(`    ${unreadable} line(s) of the checkpoint log could not be read.`);
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(err instanceof NothingHere ? NOTHING : 1);
});
