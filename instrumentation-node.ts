// Once per server process: open (and migrate) the database early, and close it cleanly on
// SIGTERM/SIGINT. Next's own handler would exit first and force PGlite into crash recovery,
// so the server is started with NEXT_MANUAL_SIG_HANDLE=1.
import { sql } from 'drizzle-orm';
import { closeDb, getHandle } from './db/client';
import { sweepSignInThrottle } from './lib/auth/throttle/failure-window';

const handle = await getHandle();

// PGlite runs no autovacuum, so its planner statistics never refresh on their own: without this,
// a grown table gets nested-loop plans sized for an empty one (seen: 130 ms instead of 2 ms).
if (handle.kind === 'pglite') {
  const analyze = () => handle.db.execute(sql`analyze`).catch((err) => console.error('ANALYZE failed', err));
  await analyze();
  setInterval(analyze, 15 * 60_000).unref();
}

// Failed sign-ins reach the audit trail as one event per account and window; a window whose attack
// stopped is recorded by this sweep rather than waiting for the next attempt on that account.
const sweep = () => sweepSignInThrottle().catch((err) => console.error('Sign-in throttle sweep failed', err));
setInterval(sweep, 5 * 60_000).unref();

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  try {
    await closeDb();
  } catch (err) {
    console.error('Error while closing the database', err);
  }
  process.exit(signal === 'SIGINT' ? 130 : 0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
