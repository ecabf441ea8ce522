import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * PGlite has no locking between processes: two openers of one folder silently lose data. This
 * lock file names its owner (pid, host, the process's start time, a random token):
 * - it appears complete or not at all (written aside, then hard-linked into place: link fails if
 *   the name exists), so a reader never sees a half-written lock and mistakes it for stale;
 * - it is stale only when its owner process is gone (or its pid now belongs to a later process);
 *   breaking a stale lock is itself serialised, so two starters cannot both break and both take it;
 * - it is removed only by its owner;
 * - `npm start` takes it before migrating and hands it to the server process it spawns (same
 *   token, passed in MERGER_DB_LOCK_TOKEN), so there is no moment when the folder is unlocked.
 */

export type LockOwner = { pid: number; host: string; started: string; token: string; since: string };

export interface FolderLock {
  readonly path: string;
  readonly token: string;
  /** True while the lock file still names this process with this token. */
  held(): boolean;
  /** Removes the lock file if (and only if) it is still this process's. */
  release(): void;
}

const HOST = os.hostname();

/** The kernel's start time of a process (clock ticks since boot), or null when it is gone. */
function processStarted(pid: number): string | null {
  try {
    const fields = ((stat) => stat.slice(stat.lastIndexOf(')') + 2).split(' '))(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    if (fields[0] === 'Z' || fields[0] === 'X') return null; // killed, not yet reaped: gone all the same
    return fields[19] ?? 'unknown';
  } catch {
    if (process.platform === 'linux') return null;
    try {
      process.kill(pid, 0);
      return 'unknown';
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EPERM' ? 'unknown' : null;
    }
  }
}

function ownerAlive(o: LockOwner): boolean {
  const started = processStarted(o.pid);
  return started !== null && (started === 'unknown' || o.started === 'unknown' || started === o.started);
}

export function readLockOwner(lockPath: string): LockOwner | null {
  try {
    const o = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockOwner;
    return typeof o.pid === 'number' && typeof o.token === 'string' ? o : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs fn while holding a short-lived "breaker" directory, so only one process judges a lock stale at a time. */
function whileBreaking<T>(lockPath: string, fn: () => T): T {
  const breaker = `${lockPath}.break`;
  for (let i = 0; ; i++) {
    try {
      fs.mkdirSync(breaker);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A breaker left by a process killed mid-way: breaking takes milliseconds.
      try {
        if (Date.now() - fs.statSync(breaker).mtimeMs > 10_000) fs.rmdirSync(breaker);
      } catch {}
      if (i > 400) throw new Error(`Could not lock ${lockPath}: ${breaker} is in the way.`);
      sleep(25);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(breaker, { recursive: true, force: true });
  }
}

function inUse(dir: string, o: LockOwner) {
  if (o.host !== HOST) return new Error(`The embedded database in ${dir} is locked by host ${o.host} (pid ${o.pid}). Remove ${path.join(dir, '..', 'pglite.lock')} only if that host no longer uses it.`);
  return new Error(
    `The embedded database in ${dir} is in use by another process (pid ${o.pid}, since ${o.since}). ` +
      'Stop that process first, or set DATA_DIR to a different folder. Two processes on one embedded database would lose data.',
  );
}

/**
 * Takes the lock of a PGlite folder, or throws naming who holds it. `inherit` is the token of a
 * lock held by the process that started this one: it is taken over in place (renamed over), never
 * released in between.
 */
export function takeFolderLock(dir: string, opts: { inherit?: string } = {}): FolderLock {
  const lockPath = path.join(dir, '..', 'pglite.lock');
  const me: LockOwner = { pid: process.pid, host: HOST, started: processStarted(process.pid) ?? 'unknown', token: randomBytes(12).toString('hex'), since: new Date().toISOString() };
  if (opts.inherit) me.token = opts.inherit;
  const aside = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(aside, JSON.stringify(me), { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        fs.linkSync(aside, lockPath);
        return lockOf(lockPath, me);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const owner = readLockOwner(lockPath);
      if (opts.inherit && owner?.token === opts.inherit) {
        fs.renameSync(aside, lockPath); // atomic: the file names the parent, then this process
        return lockOf(lockPath, me);
      }
      if (!owner) {
        // Unreadable: written by an older version of this code, or being replaced. Judge it by age.
        let age = 0;
        try {
          age = Date.now() - fs.statSync(lockPath).mtimeMs;
        } catch {
          continue; // gone meanwhile: try again
        }
        if (age < 2_000) {
          sleep(50);
          continue;
        }
      } else if (owner.host !== HOST || ownerAlive(owner)) {
        throw inUse(dir, owner);
      }
      whileBreaking(lockPath, () => {
        const now = readLockOwner(lockPath);
        // Remove only the very lock judged stale; a fresh one taken meanwhile stays.
        if ((now === null && !owner) || (now && owner && now.token === owner.token && now.pid === owner.pid)) fs.rmSync(lockPath, { force: true });
      });
    }
    throw new Error(`Could not lock the embedded database in ${dir}.`);
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function lockOf(lockPath: string, me: LockOwner): FolderLock {
  const ours = () => {
    const o = readLockOwner(lockPath);
    return !!o && o.token === me.token && o.pid === me.pid;
  };
  return {
    path: lockPath,
    token: me.token,
    held: ours,
    release() {
      if (ours()) fs.rmSync(lockPath, { force: true });
    },
  };
}
