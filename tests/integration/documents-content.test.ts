import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { documentJobs, documents, users } from '@/db/schema';
import { seedDemo } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { sha256Hex } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { formatNumber } from '@/lib/concentration';
import { buildAuditorPackage } from '@/lib/documents/exports/auditor-package';
import { getCaseExport } from '@/lib/documents/exports/get-export';
import type { Finding } from '@/lib/documents/confidentiality-kinds';
import { DOCUMENT_KINDS } from '@/lib/documents/kinds';
import { markConfidentiality } from '@/lib/documents/mark-confidentiality';
import { generateDocumentNow } from '@/lib/documents/run-generation';
import { NotFoundError } from '@/lib/core/errors';
import { getSavedAnalysis } from '@/lib/markets/get-saved-analysis';
import { listMarkets } from '@/lib/markets/list-markets';
import { getMarket } from '@/lib/markets/get-market';
import { saveAnalysis } from '@/lib/markets/save-analysis';
import { useTestDatabase } from '../fixtures/db';
import { pdftotext, renderPng, skipPoppler, writeTemp } from '../unit/pdf/poppler';

useTestDatabase();

async function demoUser(email: string): Promise<SessionUser> {
  const [u] = await (await getDb()).select({ id: users.id, email: users.email, name: users.name, role: users.role }).from(users).where(eq(users.email, email));
  return { ...u, ip: '127.0.0.1', userAgent: 'vitest' };
}

let demo: Promise<{ counsel: SessionUser; auditor: SessionUser; outsider: SessionUser; caseId: string; analysisId: string }> | undefined;
/** The seeded demo case with one saved analysis of the deal, as counsel would save it. */
function demoCase() {
  demo ??= (async () => {
    const db = await getDb();
    await seedReferenceData(db);
    await seedDemo(db);
    const counsel = await demoUser('counsel@demo.example');
    const { rows } = (await db.execute<{ id: string }>(sql`select id from cases where codename = 'COLOSSUS'`)) as unknown as { rows: { id: string }[] };
    const caseId = rows[0].id;
    const [market] = await listMarkets({ actor: counsel, caseId });
    const m = await getMarket({ actor: counsel, caseId, marketId: market.id });
    const saved = await saveAnalysis({ actor: counsel, caseId, marketId: market.id, input: { scenarioId: m.scenarios[0].id, title: 'Form CO section 7 figures' } });
    return { counsel, auditor: await demoUser('auditor@demo.example'), outsider: await demoUser('counsel2@demo.example'), caseId, analysisId: saved.id };
  })();
  return demo;
}

/**
 * What counsel does on the Confidentiality page after a refusal: a name gets a public label, a
 * figure in text is marked as a confidential passage.
 */
async function markFindings(counsel: SessionUser, caseId: string, findings: Finding[]) {
  for (const f of findings) {
    const input = f.subject === 'text'
      ? f.figures.map((figure) => ({ kind: 'passage' as const, subject: 'text' as const, text: figure, category: 'business-secret' as const, justification: 'Deal terms not yet public.' }))
      : [{ kind: 'name' as const, subject: f.subject, text: f.value, publicLabel: `${f.field} (withheld)`, category: 'business-secret' as const, justification: 'Names the transferred capacity.' }];
    for (const i of input) await markConfidentiality({ actor: counsel, caseId, input: i }).catch((e: unknown) => { if (!/already/.test(String(e))) throw e; });
  }
}

async function generated(kind: (typeof DOCUMENT_KINDS)[number], edition: 'confidential' | 'non-confidential') {
  const d = await demoCase();
  const input = { kind, edition, savedAnalysisIds: kind === 'concentration-annex' || kind === 'form-co' ? [d.analysisId] : [] };
  let r = await generateDocumentNow({ actor: d.counsel, caseId: d.caseId, input });
  if (edition === 'non-confidential' && r.status === 'failed') {
    // The demo's description and scenario names hold the deal's figures: refused, nothing registered, each place listed.
    const [job] = await (await getDb()).select().from(documentJobs).where(eq(documentJobs.id, r.jobId));
    expect(job.error).toMatch(/^The non-confidential edition was not generated/);
    expect(job.documentId).toBeNull();
    expect(job.findings?.length).toBeGreaterThan(0);
    await markFindings(d.counsel, d.caseId, job.findings!);
    r = await generateDocumentNow({ actor: d.counsel, caseId: d.caseId, input });
  }
  expect(r.error).toBeNull();
  const [doc] = await (await getDb()).select().from(documents).where(eq(documents.id, r.documentId!));
  return doc;
}

describe.skipIf(skipPoppler)('the documents of the demo case, read back with pdftotext', () => {
  it('prints HHI figures equal to the engine’s, with right page count and metadata', async () => {
    const d = await demoCase();
    const a = await getSavedAnalysis({ actor: d.counsel, caseId: d.caseId, analysisId: d.analysisId });
    for (const kind of ['form-co', 'concentration-annex'] as const) {
      const doc = await generated(kind, 'confidential');
      const file = writeTemp(`${kind}.pdf`, doc.bytes);
      const text = pdftotext(file).replace(/\s+/g, ' ');
      expect(text).toContain(`HHI ${formatNumber(a.results.pre.hhi, 0)} ${formatNumber(a.results.post!.hhi, 0)}`);
      expect(text).toContain(`ΔHHI (central figures) ${formatNumber(a.results.delta!.central, 0)}`);
      for (const s of a.results.screens!) expect(text).toContain(s.reason.replace(/\s+/g, ' ').slice(0, 40));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(doc.pageCount);
      expect(info).toMatch(new RegExp(`Title:\\s+.*Colossus compute transfer.*version ${doc.version}`));
      expect(info).toMatch(/Author:\s+Clara Counsel/);
      expect(text).toContain(`Page ${doc.pageCount} of ${doc.pageCount}`);
      expect(text).toContain(doc.number);
      renderPng(file, 1, `documents-demo-${kind}`, 70);
    }
  });

  it('leaves no confidential figure in the non-confidential editions', async () => {
    const d = await demoCase();
    const a = await getSavedAnalysis({ actor: d.counsel, caseId: d.caseId, analysisId: d.analysisId });
    // Short or round figures also occur as page numbers or range edges ("[30,000–40,000]"), so those are
    // checked in the context they are printed in.
    const long = (f: string) => f.replace(/\D/g, '').length >= 4;
    const analysisFigures = [
      `HHI ${formatNumber(a.results.pre.hhi, 0)} ${formatNumber(a.results.post!.hhi, 0)}`,
      `ΔHHI (central figures) ${formatNumber(a.results.delta!.central, 0)}`,
      ...Object.values(a.results.pre.shares).map((s) => `${formatNumber(s, 1)} %`),
      ...a.inputs.clusters.flatMap((c) => [c.count.low, c.count.central, c.count.high]).filter((n) => !/^[1-9]0*$/.test(String(n))).map((n) => formatNumber(n, 0)).filter(long),
      `transfers ${formatNumber(30_000)} / ${formatNumber(40_000)} / ${formatNumber(50_000)}`,
    ];
    const dealValue = ['USD 8,000 m', 'USD 12,000 m', '30,000–50,000'];
    // The figures are really there in the confidential editions, so their absence below means something.
    const annex = pdftotext(writeTemp('annex-c.pdf', (await generated('concentration-annex', 'confidential')).bytes)).replace(/\s+/g, ' ');
    for (const figure of analysisFigures) expect.soft(annex, figure).toContain(figure);
    const hsr = pdftotext(writeTemp('hsr-c.pdf', (await generated('hsr-summary', 'confidential')).bytes)).replace(/\s+/g, ' ');
    for (const figure of dealValue.slice(0, 2)) expect(hsr).toContain(figure);

    for (const kind of DOCUMENT_KINDS) {
      const nc = pdftotext(writeTemp(`${kind}-nc.pdf`, (await generated(kind, 'non-confidential')).bytes)).replace(/\s+/g, ' ');
      expect(nc).toContain('NON-CONFIDENTIAL VERSION');
      for (const figure of [...analysisFigures, ...dealValue]) expect.soft(nc.includes(figure), `${kind}: ${figure}`).toBe(false);
    }
  });
});

describe('exports and the auditor package', () => {
  it('serves CSV and JSON exports to members and records them', async () => {
    const d = await demoCase();
    const csv = await getCaseExport({ actor: d.auditor, caseId: d.caseId, name: 'clusters.csv' });
    // CSV exports start with a byte-order mark, so Excel reads them as UTF-8.
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFmarket,firm,cluster,site,accelerator,count_low,count_central,count_high,status,as_of,source');
    expect(csv.body).toContain('Colossus');
    const json = JSON.parse((await getCaseExport({ actor: d.auditor, caseId: d.caseId, name: 'saved-analyses.json' })).body);
    expect(json.savedAnalyses[0].inputsSha256).toMatch(/^[0-9a-f]{64}$/);
    const items = await getCaseExport({ actor: d.auditor, caseId: d.caseId, name: 'checklist-items.csv' });
    expect(items.body.split('\r\n')[0]).toContain('content_hash');
    const events = await getCaseExport({ actor: d.auditor, caseId: d.caseId, name: 'audit-events.csv' });
    expect(events.body).toContain('case.create');
    await expect(getCaseExport({ actor: d.auditor, caseId: d.caseId, name: '../etc/passwd' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseExport({ actor: d.outsider, caseId: d.caseId, name: 'clusters.csv' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('packs the current PDFs, the exports, a manifest that sha256sum accepts and a README', async () => {
    const d = await demoCase();
    await generated('form-co', 'confidential');
    const latest = await generated('form-co', 'confidential');
    await expect(buildAuditorPackage({ actor: d.outsider, caseId: d.caseId })).rejects.toBeInstanceOf(NotFoundError);
    const pkg = await buildAuditorPackage({ actor: d.auditor, caseId: d.caseId });
    expect(pkg.sha256).toBe(sha256Hex(pkg.bytes));
    expect(pkg.files).toContain(`documents/${latest.number}.pdf`);
    expect(pkg.files.filter((f) => f.includes('-FCO-C-'))).toHaveLength(1); // current version only
    for (const f of ['manifest.json', 'manifest.sha256', 'README.txt', 'exports/audit-events.json', 'case-timeline.svg']) expect(pkg.files).toContain(f);

    if (spawnSync('unzip', ['-v']).status !== 0 || spawnSync('sha256sum', ['--version']).status !== 0) return;
    const dir = mkdtempSync(path.join(tmpdir(), 'pkg-'));
    writeFileSync(path.join(dir, pkg.fileName), pkg.bytes);
    execFileSync('unzip', ['-q', pkg.fileName], { cwd: dir });
    const root = path.join(dir, pkg.fileName.replace(/\.zip$/, ''));
    expect(execFileSync('sha256sum', ['-c', 'manifest.sha256'], { cwd: root, encoding: 'utf8' })).not.toMatch(/FAILED/);
    const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
    expect(manifest.auditChain).toMatchObject({ ok: true });
    expect(manifest.files.find((f: { path: string }) => f.path === `documents/${latest.number}.pdf`).sha256).toBe(latest.sha256);
    expect(readFileSync(path.join(root, 'README.txt'), 'utf8')).toContain('sha256sum -c manifest.sha256');
    // One changed byte is caught.
    const pdf = path.join(root, 'documents', `${latest.number}.pdf`);
    const bytes = readFileSync(pdf);
    bytes[100] ^= 1;
    writeFileSync(pdf, bytes);
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'manifest.sha256'], { cwd: root, encoding: 'utf8' }).status).not.toBe(0);
  });
});
