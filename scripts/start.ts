import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { takeFolderLock } from '@/db/pglite-lock';
import { sourceFingerprint } from './lib/fingerprint';
import { prepareDatabase } from './lib/prepare-db';

// `npm start`: build when the sources changed, migrate and seed, then serve.
const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next');
const stamp = path.join(distDir, 'source-fingerprint');

async function main() {
  const fingerprint = sourceFingerprint(root);
  const hasBuild = fs.existsSync(path.join(distDir, 'BUILD_ID'));
  // --no-build: serve the existing build as it is (a second instance beside one that just built).
  const built = hasBuild && (process.argv.includes('--no-build') || (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint));
  if (!built) {
    console.log('Building the app (first run or changed sources)…');
    const r = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (r.status !== 0) process.exit(r.status ?? 1);
    fs.writeFileSync(stamp, fingerprint);
  }
  fs.mkdirSync(path.resolve(env.DATA_DIR), { recursive: true });
  // The embedded database is locked from here to exit: taken now, kept across migration and seeding,
  // and handed to the server process (its token in PGLITE_LOCK_TOKEN). Releasing it between the two
  // let a second `npm start` take the folder in that gap while this one went on serving.
  const lock = env.DATABASE_URL ? undefined : takeFolderLock(path.resolve(env.DATA_DIR, 'pglite'));
  process.on('exit', () => lock?.release()); // only if the server never took it over
  const { authSecret, seeded, kind } = await prepareDatabase({ lock });
  console.log(`Database ready (${kind === 'pglite' ? `embedded, ${path.resolve(env.DATA_DIR)}` : 'PostgreSQL'})${seeded ? '; demo workspace seeded' : ''}.`);
  // A larger young generation: server rendering allocates many short-lived objects, and with the
  // default 16 MB semi-space the collector ran for about a tenth of the busy time (npm run bench http).
  const child = spawn(process.execPath, ['--max-semi-space-size=64', path.join(root, 'scripts', 'serve.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(env.PORT), AUTH_SECRET: authSecret, ...(lock ? { PGLITE_LOCK_TOKEN: lock.token } : {}), SUPERVISOR_PID: String(process.pid), NEXT_MANUAL_SIG_HANDLE: '1', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
  // npm's SIGTERM reaches tsx (package.json execs it) and tsx relays it here; should a process above
  // die without relaying (kill -9), this one is re-parented: stop the server rather than orphan it.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && child.kill('SIGTERM'), 1_000).unref();
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
