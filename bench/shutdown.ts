// `npm run bench shutdown`: stops a server in the middle of a stream of writes — SIGTERM to `npm start`
// (the process a supervisor signals), then kill -9 of the server — and checks, from the database,
// that no acknowledged write was lost and (for SIGTERM) that no committed write went unanswered.
// Needs a production build (`npm start` once, or `npx next build`). Exits 1 on a failed check.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, like } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { checklistItems, evidenceFiles } from '@/db/schema';
import { demoCaseId, seedDemo } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { signInCookie } from './http';

const PORT = Number(process.env.BENCH_PORT ?? 3292);
const BASE = `http://127.0.0.1:${PORT}`;
const WRITERS = 4;

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {}
  }
  const out: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => (out.push(c), walk(c)));
  walk(pid);
  return out;
}

const alive = (pid: number) => fs.existsSync(`/proc/${pid}`) && !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));

async function waitUp(server: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error('the server exited during start');
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not start');
}

/** Writers upload small evidence files one after another until the server stops answering. */
function writeStream(cookie: string, caseId: string, itemId: string, tag: string) {
  const acked = new Set<string>();
  let stop = false;
  const loops = Array.from({ length: WRITERS }, async (_, w) => {
    for (let i = 0; !stop; i++) {
      const name = `${tag}-${w}-${i}.txt`;
      const form = new FormData();
      form.set('itemId', itemId);
      form.set('file', new File([`evidence ${name}\n`.repeat(2000)], name, { type: 'text/plain' }));
      try {
        const res = await fetch(`${BASE}/api/cases/${caseId}/evidence`, { method: 'POST', body: form, headers: { cookie, origin: BASE } });
        if (res.status === 200) acked.add(name);
        else if (res.status >= 500) return;
        else throw new Error(`upload refused: ${res.status} ${await res.text()}`);
      } catch (err) {
        if (err instanceof Error && err.message.startsWith('upload refused')) throw err;
        return; // connection refused or cut: the server is going away
      }
    }
  });
  return { acked, stopped: Promise.all(loops), halt: () => void (stop = true) };
}

async function stored(dataDir: string, itemId: string, tag: string) {
  const h = await openDatabase({ dataDir });
  try {
    const rows = await h.db.select({ name: evidenceFiles.fileName }).from(evidenceFiles).where(and(eq(evidenceFiles.itemId, itemId), like(evidenceFiles.fileName, `${tag}-%`)));
    return new Set(rows.map((r) => r.name));
  } finally {
    await h.close();
  }
}

async function run(kind: 'SIGTERM' | 'kill -9', dataDir: string, caseId: string, itemId: string) {
  const server = spawn('npm', ['start', '--', '--no-build'], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, SEED_DEMO: 'no', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitUp(server);
  const cookie = await signInCookie(BASE, 'counsel@demo.example', 'merger-review-demo');
  const tag = kind === 'SIGTERM' ? 'term' : 'kill';
  const stream = writeStream(cookie, caseId, itemId, tag);
  await new Promise((r) => setTimeout(r, 3_000));
  const tree = descendants(server.pid!);
  const t0 = Date.now();
  if (kind === 'SIGTERM') server.kill('SIGTERM'); // npm only: it must reach every child
  else for (const pid of tree) if (alive(pid)) process.kill(pid, 'SIGKILL');
  const code = await new Promise<number | null>((r) => (server.exitCode !== null ? r(server.exitCode) : server.on('exit', (c) => r(c))));
  stream.halt();
  await stream.stopped;
  for (let i = 0; i < 40 && tree.some(alive); i++) await new Promise((r) => setTimeout(r, 250));
  const orphans = tree.filter(alive);
  const inDb = await stored(dataDir, itemId, tag);
  const lost = [...stream.acked].filter((n) => !inDb.has(n));
  const unanswered = [...inDb].filter((n) => !stream.acked.has(n));
  console.log(
    `${kind}: stopped in ${Date.now() - t0} ms (exit ${code}); ${stream.acked.size} uploads acknowledged, ${inDb.size} stored; ` +
      `lost acknowledged: ${lost.length}; committed without a reply: ${unanswered.length}; processes left: ${orphans.length}`,
  );
  for (const pid of orphans) process.kill(pid, 'SIGKILL');
  const ok = lost.length === 0 && orphans.length === 0 && stream.acked.size > 0 && (kind !== 'SIGTERM' || unanswered.length === 0);
  return ok;
}

export async function benchShutdown(rounds = Number(process.env.SHUTDOWN_ROUNDS ?? 1)) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mr-shutdown-'));
  const h = await openDatabase({ dataDir });
  await seedReferenceData(h.db);
  await seedDemo(h.db);
  const caseId = await demoCaseId(h.db);
  const [item] = await h.db.select({ id: checklistItems.id }).from(checklistItems).where(eq(checklistItems.caseId, caseId)).limit(1);
  await h.close();
  let ok = true;
  for (let i = 0; i < rounds; i++) {
    ok = (await run('SIGTERM', dataDir, caseId, item.id)) && ok;
    ok = (await run('kill -9', dataDir, caseId, item.id)) && ok;
  }
  console.log(ok ? 'shutdown: every check passed' : 'shutdown: FAILED');
  return ok;
}
