// `npm run bench [concentration|pdf|http|shutdown]`: each measurement beside a baseline run in the same process and on the same
// machine, reported as a ratio. Nothing here is asserted; targets are printed beside results.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { demoCaseId, seedDemo } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { benchConcentration, formatTable } from './concentration';
import { load, signInCookie, type HttpResult } from './http';
import { benchPdf } from './pdf';
import { benchShutdown } from './shutdown';
import { growWorkspace } from './workspace';

const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

async function benchHttp() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mr-bench-'));
  const port = 3290;
  // BENCH_DATABASE_URL: an EMPTY PostgreSQL database to run the same benchmark on the server path.
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? '';
  console.log(`Preparing a workspace of 500 cases and 100,000 audit events on ${databaseUrl ? 'PostgreSQL' : 'the embedded database'}…`);
  const handle = await openDatabase(databaseUrl ? { url: databaseUrl } : { dataDir });
  await seedReferenceData(handle.db);
  await seedDemo(handle.db);
  await growWorkspace(handle.db, { cases: 499, events: 100_000 });
  const caseId = await demoCaseId(handle.db);
  await handle.close();

  const server = spawn('npx', ['tsx', 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'no', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  try {
    await waitForServer(server, `http://127.0.0.1:${port}/api/health`);
    const base = `http://127.0.0.1:${port}`;
    const cookie = await signInCookie(base, 'counsel@demo.example', 'merger-review-demo');
    // The baseline is the cheapest page this server can serve: a trivial dynamic page behind the same
    // proxy and session cookie as the case page, rendering the time and nothing else. A JSON route
    // handler (no proxy, no React) is printed for reference: not even an empty page reaches half of it.
    const routes = [
      { name: 'baseline: trivial dynamic page (/status)', path: '/status' },
      { name: 'reference: JSON route handler (/api/health)', path: '/api/health' },
      { name: 'case list (500 cases)', path: '/cases' },
      { name: 'case page', path: `/cases/${caseId}` },
    ];
    for (const r of routes) await load({ base, ...r, cookie, seconds: 3 }); // warm up
    // Rounds interleave the routes so that a noisy neighbour slows them all alike; the median round counts.
    const rounds: HttpResult[][] = routes.map(() => []);
    for (let round = 0; round < 5; round++) {
      for (const [i, r] of routes.entries()) rounds[i].push(await load({ base, ...r, cookie, seconds: 5 }));
    }
    const results = rounds.map((runs) => [...runs].sort((a, b) => a.requestsPerSec - b.requestsPerSec)[2]);
    const baseline = results[0].requestsPerSec;
    const json = results[1].requestsPerSec;
    console.log('\nHTTP, 20 concurrent connections, 5 interleaved rounds of 5 s per route (median round)');
    console.log('| route | req/s | p50 ms | p95 ms | vs baseline page | vs JSON handler | errors/non-2xx |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      console.log(`| ${r.name} | ${r.requestsPerSec.toFixed(0)} | ${r.p50Ms.toFixed(0)} | ${r.p95Ms.toFixed(0)} | ${(r.requestsPerSec / baseline).toFixed(2)} | ${(r.requestsPerSec / json).toFixed(2)} | ${r.errors}/${r.non2xx} |`);
    }
    const casePage = results[3].requestsPerSec / baseline;
    console.log(`Target: the case page keeps at least half the baseline page's throughput — ${casePage >= 0.5 ? 'met' : 'NOT met'} (${(casePage * 100).toFixed(0)} %).`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 2000));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function waitForServer(server: ChildProcess, url: string) {
  return new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 300_000;
    server.on('exit', (code) => reject(new Error(`The server exited early (code ${code}).`)));
    server.stdout?.on('data', (d) => process.stdout.write(String(d).replace(/^/gm, '  [server] ')));
    const poll = async () => {
      try {
        if ((await fetch(url)).ok) return resolve();
      } catch {}
      if (Date.now() > deadline) return reject(new Error('The server did not start within 5 minutes.'));
      setTimeout(poll, 500);
    };
    void poll();
  });
}

async function main() {
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`);
  if (want('concentration')) {
    console.log('Concentration engine');
    console.log(formatTable(await benchConcentration()));
  }
  if (want('pdf')) {
    console.log('\nPDF: a 100-page concentration annex (5,000 holdings rows) beside Chromium printing the same content');
    await benchPdf();
  }
  if (want('http')) await benchHttp();
  if (want('shutdown')) {
    console.log('\nShutdown: SIGTERM to `npm start` and kill -9 of the server during a stream of uploads');
    if (!(await benchShutdown())) process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
