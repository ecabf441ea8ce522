import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLE_GENERATED_AT, SAMPLE_METADATA, SAMPLE_PARTIES, composeSampleDocument,
} from '@/lib/pdf/compose-sample';
import { DEFAULT_PRODUCER, type ComposedDocument } from '@/lib/pdf';
import { ARTIFACT_DIR, pdftotext, renderPng, skipPoppler, writeTemp } from './poppler';

let sample: ComposedDocument;
let file: string;

beforeAll(async () => {
  sample = await composeSampleDocument();
  file = writeTemp('sample.pdf', sample.bytes);
});

describe('sample filing document', () => {
  it('has several pages and subsets the fonts (small file despite a 7.8 MB CJK font)', () => {
    expect(sample.pageCount).toBeGreaterThanOrEqual(4);
    expect(sample.bytes.length).toBeLessThan(400_000);
  });

  it('is byte-for-byte reproducible for the same input and generation time', async () => {
    const again = await composeSampleDocument();
    expect(Buffer.from(again.bytes).equals(Buffer.from(sample.bytes))).toBe(true);
  });

  it('names every uncovered character in the warnings', () => {
    expect(sample.warnings.map((w) => w.codePoint)).toEqual(['U+1F600', 'U+10000']);
    expect(sample.warnings.every((w) => w.code === 'uncovered-character')).toBe(true);
  });

  it('writes the metadata', async () => {
    const doc = await PDFDocument.load(sample.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(SAMPLE_METADATA.title);
    expect(doc.getAuthor()).toBe(SAMPLE_METADATA.author);
    expect(doc.getSubject()).toBe(SAMPLE_METADATA.subject);
    expect(doc.getKeywords()).toBe('merger control, Form CO, compute, Project Kolossos');
    expect(doc.getProducer()).toBe(DEFAULT_PRODUCER);
    expect(doc.getCreator()).toBe('merger-review');
    expect(doc.getCreationDate()?.toISOString()).toBe(SAMPLE_GENERATED_AT.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(SAMPLE_GENERATED_AT.toISOString());
    expect(doc.getPageCount()).toBe(sample.pageCount);
  });

  it('has a nested outline (bookmarks) pointing at its pages', async () => {
    const doc = await PDFDocument.load(sample.bytes);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(9);
    const title = (d: PDFDict) => (d.lookup(PDFName.of('Title')) as PDFHexString | PDFString).decodeText();
    const siblings = (first: PDFDict | undefined) => {
      const out: PDFDict[] = [];
      for (let d = first; d; d = d.lookupMaybe(PDFName.of('Next'), PDFDict)) out.push(d);
      return out;
    };
    const top = siblings(outlines.lookup(PDFName.of('First'), PDFDict));
    expect(top.map(title)).toEqual([
      '1. The parties', '2. Market shares and concentration',
      '3. Annex — compute capacity by data centre', '4. Audit trail',
    ]);
    expect(siblings(top[0].lookupMaybe(PDFName.of('First'), PDFDict)).map(title))
      .toEqual(['1.1 Corporate structure', '1.2 深度求索 and 東京計算株式会社']);
    const section2 = siblings(top[1].lookupMaybe(PDFName.of('First'), PDFDict));
    expect(siblings(section2[1].lookupMaybe(PDFName.of('First'), PDFDict)).map(title)).toEqual(['2.3 Post-merger HHI over time']);
    const pageRefs = doc.getPages().map((p) => p.ref.toString());
    for (const item of top) expect(pageRefs).toContain(item.lookup(PDFName.of('Dest'))!.toString().match(/\d+ 0 R/)![0]);
  });

  describe.skipIf(skipPoppler)('as read by poppler', () => {
    it('has every party name as extractable text, in every script', () => {
      const text = pdftotext(file);
      for (const p of SAMPLE_PARTIES) expect(text).toContain(p.name);
      for (const s of ['Ανθρωπική Α.Ε.', 'ООО Колосс', '深度求索', '東京計算株式会社', '삼성전자', 'Société Générale — Zürich']) {
        expect(text).toContain(s);
      }
      expect(text).toContain('[U+1F600]');
      expect(text).toContain('ΔHHI 250');
    });

    it('stamps header and footer on every page', () => {
      for (let page = 1; page <= sample.pageCount; page++) {
        const text = pdftotext(file, page);
        expect(text).toContain(`Page ${page} of ${sample.pageCount}`);
        expect(text).toContain('CONFIDENTIAL — contains business secrets');
        expect(text).toContain('Project Kolossos');
        expect(text).toContain('Document ID: MR-2025-0042-FCO-v3');
        expect(text).toContain('Generated 2025-06-02 09:30 UTC');
      }
    });

    it('renders pages to PNG for a person to look at (artifacts/pdf/)', () => {
      mkdirSync(ARTIFACT_DIR, { recursive: true });
      copyFileSync(file, path.join(ARTIFACT_DIR, 'sample.pdf'));
      renderPng(file, 1, 'sample-page1');
      renderPng(file, 2, 'sample-page2-charts');
    });
  });
});
