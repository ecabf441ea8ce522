import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { env } from '@/lib/env';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A database or a transaction: verbs that take part in a caller's transaction accept either. */
export type Executor = Db | Tx;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
}

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');
// Any fixed 64-bit key: serialises migrations when several app instances start together.
const MIGRATION_LOCK_KEY = 7_202_611_290;

type Globals = typeof globalThis & { __mergerDb?: Promise<DbHandle> };
const g = globalThis as Globals;

/** The process-wide database, opened and migrated once. */
export function getDb(): Promise<Db> {
  return getHandle().then((h) => h.db);
}

/**
 * Work run inside `withHandle` uses that handle instead of the process-wide one: the race tests
 * give each contender its own connection pool, as two app instances on one database would have.
 */
const scoped = new AsyncLocalStorage<Promise<DbHandle>>();
export function withHandle<T>(handle: DbHandle, fn: () => Promise<T>): Promise<T> {
  return scoped.run(Promise.resolve(handle), fn);
}

export function getHandle(): Promise<DbHandle> {
  const own = scoped.getStore();
  if (own) return own;
  g.__mergerDb ??= openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }).catch((err) => {
    g.__mergerDb = undefined;
    throw err;
  });
  return g.__mergerDb;
}

/** Tests and scripts install their own handle (a fresh PGlite or a scratch PostgreSQL database). */
export function setHandle(handle: Promise<DbHandle> | undefined) {
  g.__mergerDb = handle;
}

export async function closeDb() {
  const h = g.__mergerDb;
  g.__mergerDb = undefined;
  if (h) await (await h).close();
}

export async function openDatabase(opts: { url?: string; dataDir?: string; memory?: boolean }): Promise<DbHandle> {
  const handle = opts.url ? await openPostgres(opts.url) : await openPglite(opts);
  await migrateDatabase(handle);
  return handle;
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({ connectionString: url, max: 10, options: '-c timezone=UTC' });
  // An idle connection dropped by the server (restart, failover, admin) must not take the process down;
  // the pool replaces it on the next checkout.
  pool.on('error', (err) => console.error(`PostgreSQL closed an idle connection: ${err.message}`));
  const db = drizzle(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end() };
}

async function openPglite(opts: { dataDir?: string; memory?: boolean }): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (opts.memory) {
    const client = await PGlite.create();
    return { db: drizzle(client, { schema }) as unknown as Db, kind: 'pglite', close: () => client.close() };
  }
  const dir = path.resolve(opts.dataDir ?? 'data', 'pglite');
  fs.mkdirSync(dir, { recursive: true });
  const release = takeLock(dir);
  try {
    const client = await PGlite.create(dir);
    await client.exec("SET TIME ZONE 'UTC'");
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/**
 * PGlite has no locking between processes: two openers of one folder silently lose data.
 * The lock file names its owner so a second server, seed or migration stops with a clear message.
 */
function takeLock(dir: string): () => void {
  const lockPath = path.join(dir, '..', 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          fs.unlinkSync(lockPath);
        } catch {}
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readLockOwner(lockPath);
      if (owner && owner.host === os.hostname() && isAlive(owner.pid) && owner.pid !== process.pid) {
        throw new Error(
          `The embedded database in ${dir} is in use by another process (pid ${owner.pid}, since ${owner.since}). ` +
            'Stop that process first, or set DATA_DIR to a different folder. Two processes on one embedded database would lose data.',
        );
      }
      if (owner && owner.host !== os.hostname()) {
        throw new Error(`The embedded database in ${dir} is locked by host ${owner.host} (pid ${owner.pid}). Remove ${lockPath} only if that host no longer uses it.`);
      }
      fs.rmSync(lockPath, { force: true }); // stale lock from a process that died
    }
  }
  throw new Error(`Could not lock the embedded database in ${dir}.`);
}

function readLockOwner(p: string): { pid: number; host: string; since: string } | null {
  try {
    return JSON.parse(fs.readFileSync(p, 'utf8'));
  } catch {
    return null;
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs start-up work (migrations, seeding) in one instance at a time. On PostgreSQL a session
 * advisory lock held by a dedicated connection keeps instances that start together apart; the
 * embedded database already has its folder lock.
 */
export async function withStartupLock<T>(handle: DbHandle, fn: () => Promise<T>): Promise<T> {
  if (handle.kind === 'pglite') return fn();
  const pool = (handle.db as unknown as { $client: import('pg').Pool }).$client;
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await fn();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}

async function migrateDatabase(handle: DbHandle) {
  if (handle.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS });
    return;
  }
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  await withStartupLock(handle, () => migrate(handle.db as never, { migrationsFolder: MIGRATIONS }));
}
