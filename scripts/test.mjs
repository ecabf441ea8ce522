// `npm test`: the whole suite — unit and integration on PGlite, integration again on PostgreSQL
// (TEST_DATABASE_URL), then the browser specs in Chromium — and one closing count.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ci = process.env.CI === 'true';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mr-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let hardFailure = false;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) hardFailure = true;
  return r.status === 0;
}

function vitest(label, files, env, report) {
  const ok = run(label, 'npx', ['vitest', 'run', ...files, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (!fs.existsSync(report)) return void (totals.failed += 1);
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  const failed = r.numFailedTests + (r.numFailedTestSuites ?? 0);
  totals.passed += r.numPassedTests;
  totals.failed += failed;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // Unhandled errors fail the run without failing a test: count them so the closing line says so.
  if (!ok && failed === 0) {
    console.error(`${label}: errors outside any test (see "Unhandled Errors" above)`);
    totals.failed += 1;
  }
}

run('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
// The layering of docs/architecture.md ("Layers"), checked by eslint.config.mjs: a failure here is an arrow that runs back up.
if (!run('import boundaries (ESLint)', 'npx', ['eslint', '--max-warnings=0', '.'])) totals.failed += 1;

vitest('unit and integration tests (PGlite)', ['tests/unit', 'tests/integration'], {}, path.join(tmp, 'vitest-pglite.json'));

if (process.env.TEST_DATABASE_URL) {
  vitest('integration tests (PostgreSQL)', ['tests/integration'], { TEST_DB: 'postgres' }, path.join(tmp, 'vitest-pg.json'));
} else if (ci) {
  console.error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL path must be tested in CI.');
  totals.failed += 1;
  hardFailure = true;
} else {
  console.log('\n(TEST_DATABASE_URL not set: skipping the PostgreSQL run; `bash scripts/with-postgres.sh npm test` runs it.)');
}

const chromium = ['/usr/bin/chromium', process.env.CHROMIUM_PATH].find((p) => p && fs.existsSync(p));
if (chromium) {
  const report = path.join(tmp, 'playwright.json');
  const ok = run('browser tests (Chromium)', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report, CHROMIUM_PATH: chromium });
  if (fs.existsSync(report)) {
    const s = JSON.parse(fs.readFileSync(report, 'utf8')).stats;
    totals.passed += s.expected + (s.flaky ?? 0);
    totals.failed += s.unexpected + (!ok && s.unexpected === 0 ? 1 : 0); // e.g. the server did not start
    totals.skipped += s.skipped;
  } else totals.failed += 1;
} else if (ci) {
  console.error('CI=true but Chromium is missing: browser tests must run in CI.');
  totals.failed += 1;
  hardFailure = true;
} else {
  console.log('\n(Chromium not found: skipping browser tests; apt-get install -y chromium)');
}

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(hardFailure || totals.failed > 0 ? 1 : 0);
