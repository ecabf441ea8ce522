import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLockOwner, takeFolderLock } from '@/db/pglite-lock';

/** The lock of a PGlite folder: atomic, stale only when its owner is gone, released only by its owner. */
function folder() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mr-lock-'));
  return { dir: path.join(root, 'pglite'), lockPath: path.join(root, 'pglite.lock') };
}

/** Starts contenders, lets all of them try at one instant once every one is loaded, then lets them go. */
async function contenders(dir: string, n: number): Promise<{ won: boolean; message?: string }[]> {
  const procs = Array.from({ length: n }, () =>
    spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'tests/fixtures/lock-child.ts', dir], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const lines = procs.map((p) => {
    const queue: string[] = [];
    const waiters: ((l: string) => void)[] = [];
    let buf = '';
    p.stdout.on('data', (d) => {
      buf += d;
      for (let i; (i = buf.indexOf('\n')) >= 0; buf = buf.slice(i + 1)) {
        const line = buf.slice(0, i);
        const w = waiters.shift();
        if (w) w(line);
        else queue.push(line);
      }
    });
    return () => new Promise<string>((resolve) => (queue.length ? resolve(queue.shift()!) : waiters.push(resolve)));
  });
  for (const next of lines) expect(await next()).toBe('ready');
  const at = Date.now() + 300;
  for (const p of procs) p.stdin.write(`${at}\n`);
  const results = await Promise.all(lines.map(async (next) => JSON.parse(await next())));
  await Promise.all(procs.map((p) => new Promise((r) => (p.on('exit', r), p.stdin.end()))));
  return results;
}

describe('the embedded database folder lock', () => {
  it.each([
    ['a free folder', false],
    ['a folder whose lock was left by a dead process', true],
  ])('lets exactly one of three processes starting in the same millisecond take %s', async (_, stale) => {
    const { dir, lockPath } = folder();
    if (stale) {
      fs.mkdirSync(path.dirname(lockPath), { recursive: true });
      fs.writeFileSync(lockPath, JSON.stringify({ pid: 2 ** 22 + 4321, host: os.hostname(), started: '1', token: 'd'.repeat(24), since: 'then' }));
    }
    const results = await contenders(dir, 3);
    expect(results.filter((r) => r.won)).toHaveLength(1);
    for (const r of results.filter((x) => !x.won)) expect(r.message).toMatch(/in use by another process/);
    expect(fs.existsSync(lockPath)).toBe(false); // released by its owner on the way out
  }, 120_000);

  it('refuses a second opener while the owner lives, naming it; the owner releases it', () => {
    const { dir, lockPath } = folder();
    const lock = takeFolderLock(dir);
    expect(readLockOwner(lockPath)).toMatchObject({ pid: process.pid, token: lock.token });
    // The same process opening twice is a second opener as well.
    expect(() => takeFolderLock(dir)).toThrow(new RegExp(`in use by another process \\(pid ${process.pid}`));
    expect(lock.held()).toBe(true);
    lock.release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('never removes a lock that is not its own', () => {
    const { dir, lockPath } = folder();
    const lock = takeFolderLock(dir);
    const other = { ...readLockOwner(lockPath)!, token: 'f'.repeat(24) };
    fs.writeFileSync(lockPath, JSON.stringify(other)); // someone else's lock now
    expect(lock.held()).toBe(false);
    lock.release();
    expect(readLockOwner(lockPath)).toEqual(other);
  });

  it('takes over a lock whose owner is gone, or whose pid now belongs to a later process', () => {
    const { dir, lockPath } = folder();
    fs.mkdirSync(path.dirname(lockPath), { recursive: true });
    fs.writeFileSync(lockPath, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), started: '1', token: 'a'.repeat(24), since: 'then' }));
    const a = takeFolderLock(dir);
    expect(readLockOwner(lockPath)?.token).toBe(a.token);
    a.release();
    // Our own pid, but a start time that is not ours: the pid was reused, the owner is gone.
    fs.writeFileSync(lockPath, JSON.stringify({ pid: process.pid, host: os.hostname(), started: '1', token: 'b'.repeat(24), since: 'then' }));
    const b = takeFolderLock(dir);
    expect(b.held()).toBe(true);
    b.release();
  });

  it('does not mistake a lock being written for a stale one: an unreadable lock is judged by its age', () => {
    const { dir, lockPath } = folder();
    fs.mkdirSync(path.dirname(lockPath), { recursive: true });
    fs.writeFileSync(lockPath, '');
    const t0 = Date.now();
    const lock = takeFolderLock(dir);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1_900);
    lock.release();
  });

  it('hands a lock to the process its holder started, with no moment unlocked', () => {
    const { dir, lockPath } = folder();
    const parent = takeFolderLock(dir);
    fs.writeFileSync(lockPath, JSON.stringify({ ...readLockOwner(lockPath)!, pid: 1 })); // as if held by the starter
    const server = takeFolderLock(dir, { inherit: parent.token });
    expect(readLockOwner(lockPath)).toMatchObject({ pid: process.pid, token: parent.token });
    expect(() => takeFolderLock(dir, { inherit: 'c'.repeat(24) })).toThrow(/in use/);
    server.release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });
});
