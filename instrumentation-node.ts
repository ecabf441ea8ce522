// Once per server process: open (and migrate) the database early, and close it cleanly on
// SIGTERM/SIGINT. Next's own handler would exit first and force PGlite into crash recovery,
// so the server is started with NEXT_MANUAL_SIG_HANDLE=1.
import { closeDb, getHandle } from './db/client';

await getHandle();
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
