// Once per server process: open (and migrate) the database early, anchor the audit trail, and
// stop cleanly on SIGTERM/SIGINT. Next's own handler would exit at once — cutting the replies of
// requests whose writes had committed, and forcing PGlite into crash recovery — so the server is
// started with NEXT_MANUAL_SIG_HANDLE=1 and this file drains and closes instead.
import { sql } from 'drizzle-orm';
import { closeDb, getHandle } from './db/client';
import { sweepSignInThrottle } from './lib/auth/throttle/failure-window';
import { checkpointNow, enableCheckpoints } from './lib/audit/checkpoint';
import { env } from './lib/env';
import { drainRequests, trackRequests } from './lib/http/drain';

trackRequests();

const handle = await getHandle().catch((err) => {
  // Serving pages without the database would answer every request with an error: stop instead.
  console.error(`Cannot open the database: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});

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

// Signed checkpoints of the audit chain's head (lib/audit/checkpoint.ts): at start, every 15
// minutes, after every generated document and at a clean stop.
enableCheckpoints();
await checkpointNow(handle.db, 'server start');
setInterval(() => void checkpointNow(handle.db, 'periodic'), 15 * 60_000).unref();

const DRAIN_MS = 10_000;
let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  let code = signal === 'SIGINT' ? 130 : 0;
  try {
    const drained = await drainRequests(DRAIN_MS);
    if (!drained) console.error(`Stopping with requests still running after ${DRAIN_MS / 1000} s; their transactions roll back.`);
    await checkpointNow(handle.db, 'shutdown');
    await closeDb();
  } catch (err) {
    console.error('Error while stopping', err);
    code = 1;
  }
  process.exit(code);
}
// Started by `npm start`: if it dies without passing on a signal (kill -9), stop too, so no server is
// left orphaned holding the database.
if (env.SUPERVISOR_PID && process.ppid === env.SUPERVISOR_PID) {
  setInterval(() => process.ppid !== env.SUPERVISOR_PID && void shutdown('SIGTERM'), 1_000).unref();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
