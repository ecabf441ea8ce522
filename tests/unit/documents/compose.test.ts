import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/concentration';
import { composeModel } from '@/lib/documents/compose';
import { MISSING_PREFIX } from '@/lib/documents/compose/blocks';
import { DOCUMENT_KINDS } from '@/lib/documents/kinds';
import type { AnnexModel, FormCoModel } from '@/lib/documents/model';
import { inkRatio, pdftotext, renderPng, skipPoppler, writeTemp } from '../pdf/poppler';
import { CASE, PARTY_NAMES, analysisFacts, markedModelFor, metaFor, modelFor } from './fixtures';

const flat = (t: string) => t.replace(/\s+/g, ' ');

describe.skipIf(skipPoppler)('filing documents, parsed back with poppler', () => {
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: names in Greek, Cyrillic and CJK, page count, metadata and a page one to look at`, async () => {
      const meta = metaFor(kind);
      const doc = await composeModel(modelFor(kind), meta);
      expect(doc.warnings).toEqual([]);
      const file = writeTemp(`${kind}.pdf`, doc.bytes);
      const text = flat(pdftotext(file));
      for (const name of Object.values(PARTY_NAMES)) expect(text).toContain(name);
      expect(text).toContain(`Page ${doc.pageCount} of ${doc.pageCount}`);
      expect(text).toContain(meta.number);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(doc.pageCount);
      expect(info).toMatch(/Author:\s+Clara Counsel/);
      expect(info).toMatch(/Title:\s+.*Project Kolossos.*version 2/);
      expect(info).toMatch(/Keywords:.*KOLOSSOS/);
      expect(inkRatio(file, 1)).toBeGreaterThan(0.01);
      renderPng(file, 1, `documents-${kind}`, 70);
    });
  }

  it('prints the engine’s HHI, ΔHHI and shares in the Form CO and the annex', async () => {
    const a = analysisFacts();
    for (const kind of ['form-co', 'concentration-annex'] as const) {
      const text = flat(pdftotext(writeTemp(`${kind}.pdf`, (await composeModel(modelFor(kind), metaFor(kind))).bytes)));
      expect(text).toContain(`HHI ${formatNumber(a.results.pre.hhi, 0)} ${formatNumber(a.results.post!.hhi, 0)}`);
      expect(text).toContain(`ΔHHI (central figures) ${formatNumber(a.results.delta!.central, 0)}`);
      for (const share of Object.values(a.results.pre.shares)) expect(text).toContain(`${formatNumber(share, 1)} %`);
      for (const s of a.results.screens!) expect(text).toContain(s.citation);
    }
  });

  it('leaves no confidential figure in the non-confidential edition', async () => {
    const a = analysisFacts();
    const confidential = [
      ...Object.values(a.results.pre.shares).map((s) => `${formatNumber(s, 1)} %`),
      ...Object.values(a.results.post!.shares).map((s) => `${formatNumber(s, 1)} %`),
      formatNumber(a.results.pre.hhi, 0), formatNumber(a.results.post!.hhi, 0), formatNumber(a.results.delta!.central, 0),
      ...a.inputs.clusters.flatMap((c) => [c.count.low, c.count.central, c.count.high]).map((n) => formatNumber(n)),
      '26,419', '8,437.25', '8,437.50', '9,173.50', '8,437', '8437',
    ];
    for (const kind of DOCUMENT_KINDS) {
      const conf = flat(pdftotext(writeTemp(`${kind}-c.pdf`, (await composeModel(modelFor(kind), metaFor(kind, 'confidential'))).bytes)));
      const nc = flat(pdftotext(writeTemp(`${kind}-nc.pdf`, (await composeModel(markedModelFor(kind), metaFor(kind, 'non-confidential'))).bytes)));
      expect(nc).toContain('NON-CONFIDENTIAL VERSION');
      expect(conf.length).toBeGreaterThan(0);
      for (const f of confidential) expect.soft(nc.includes(f), `${kind} non-confidential contains ${f}`).toBe(false);
    }
    const annex = flat(pdftotext(writeTemp('annex-c.pdf', (await composeModel(modelFor('concentration-annex'), metaFor('concentration-annex'))).bytes)));
    for (const f of confidential.slice(0, -6)) expect.soft(annex, f).toContain(f);
    const nc = flat(pdftotext(writeTemp('annex-nc.pdf', (await composeModel(markedModelFor('concentration-annex'), metaFor('concentration-annex', 'non-confidential'))).bytes)));
    expect(nc).toContain('[20–30] %');
    expect(nc).toContain('Chart omitted in the non-confidential version');
  });

  it('marks what the case does not hold for counsel', async () => {
    const model: FormCoModel = { ...(modelFor('form-co') as FormCoModel), analysis: null, reviews: [] };
    const text = flat(pdftotext(writeTemp('fco-missing.pdf', (await composeModel(model, metaFor('form-co'))).bytes)));
    expect(text).toContain(`${MISSING_PREFIX}: the relevant product and geographic markets`);
    expect(text).toContain(`${MISSING_PREFIX}: the review dates`);
    for (let s = 1; s <= 11; s++) expect(text).toMatch(new RegExp(`\\b${s}\\. [A-Z]`));
    const annex: AnnexModel = { kind: 'concentration-annex', case: CASE, analyses: [] };
    expect(flat(pdftotext(writeTemp('anx-missing.pdf', (await composeModel(annex, metaFor('concentration-annex'))).bytes)))).toContain(`${MISSING_PREFIX}: a saved analysis`);
  });

  it('is byte-for-byte reproducible for the same model and time', async () => {
    const [a, b] = await Promise.all([composeModel(modelFor('hsr-summary'), metaFor('hsr-summary')), composeModel(modelFor('hsr-summary'), metaFor('hsr-summary'))]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
