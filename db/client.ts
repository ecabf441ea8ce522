import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { takeFolderLock, type FolderLock } from './pglite-lock';
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

/** `migrate: false` opens the database as it is (audit:verify must not create or change what it checks). */
export async function openDatabase(opts: { url?: string; dataDir?: string; memory?: boolean; migrate?: boolean; lock?: FolderLock }): Promise<DbHandle> {
  const handle = opts.url ? await openPostgres(opts.url) : await openPglite(opts);
  if (opts.migrate === false) return handle;
  try {
    await migrateDatabase(handle);
  } catch (err) {
    await handle.close().catch(() => {});
    throw err;
  }
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

async function openPglite(opts: { dataDir?: string; memory?: boolean; lock?: FolderLock }): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (opts.memory) {
    const client = await PGlite.create();
    return { db: drizzle(client, { schema }) as unknown as Db, kind: 'pglite', close: () => client.close() };
  }
  const dir = path.resolve(opts.dataDir ?? 'data', 'pglite');
  fs.mkdirSync(dir, { recursive: true });
  // A lock handed in stays the caller's (npm start keeps it across migration and serving);
  // otherwise this process takes it, or takes over the one its starter holds for it.
  const own = !opts.lock;
  const lock = opts.lock ?? takeFolderLock(dir, { inherit: env.PGLITE_LOCK_TOKEN });
  const watch = own ? watchLock(lock, dir) : undefined;
  try {
    const client = await PGlite.create(dir);
    await client.exec("SET TIME ZONE 'UTC'");
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      close: async () => {
        clearInterval(watch);
        await client.close();
        if (own) lock.release();
      },
    };
  } catch (err) {
    clearInterval(watch);
    if (own) lock.release();
    throw err;
  }
}

/**
 * A process whose lock file was taken away (deleted by hand, broken by another starter) can no
 * longer be sure it is the only writer: it stops, non-zero, rather than answer with errors or
 * write beside another process.
 */
function watchLock(lock: FolderLock, dir: string) {
  const timer = setInterval(() => {
    if (lock.held()) return;
    console.error(`The lock of the embedded database in ${dir} (${lock.path}) no longer names this process: stopping so two processes never write to one database.`);
    process.exit(75);
  }, 2_000);
  timer.unref();
  return timer;
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
