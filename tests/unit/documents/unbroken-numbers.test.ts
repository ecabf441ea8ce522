import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { composeModel } from '@/lib/documents/compose';
import { DOCUMENT_EDITIONS, DOCUMENT_KINDS } from '@/lib/documents/kinds';
import { createDocContext, flushContent, table } from '@/lib/pdf';
import { execFileSync } from 'node:child_process';
import { skipPoppler, writeTemp } from '../pdf/poppler';
import { markedModelFor, metaFor } from './fixtures';

/** pdftotext in raw mode: the text in drawing order, so each drawn line of a cell is one line here. */
const raw = (bytes: Uint8Array, name: string) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', writeTemp(name, bytes), '-'], { encoding: 'utf8' });

/** Places where a figure or range was cut across two lines. */
function brokenNumbers(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1] ?? '';
    if (/\d[,.'’–-]$/.test(line) && /^\d/.test(next)) out.push(`${line} / ${next}`);
    if ((line.match(/\[/g) ?? []).length !== (line.match(/\]/g) ?? []).length) out.push(line);
  });
  return out;
}

describe.skipIf(skipPoppler)('numbers never break in tables', () => {
  it('keeps a wide range and a long header word whole in a narrow column, taking the room from a flexible one', async () => {
    const doc = await PDFDocument.create();
    const ctx = await createDocContext(doc);
    table(ctx, [
      { header: 'Undertaking', width: { fr: 2 } },
      { header: 'Capacity before (H100-equivalents)', width: 50, align: 'right' },
      { header: 'Count', width: 30, align: 'right' },
    ], [['Helios Compute GmbH', '[2,000,000–3,000,000]', '[50,000–60,000]'], ['Orbital', '12,345.6', '7']], { fontSize: 8.5 });
    flushContent(ctx);
    const text = raw(await doc.save(), 'narrow.pdf');
    expect(text).toContain('[2,000,000–3,000,000]');
    expect(text).toContain('[50,000–60,000]');
    expect(text).toContain('(H100-equivalents)');
    expect(brokenNumbers(text)).toEqual([]);
  });

  for (const kind of DOCUMENT_KINDS) {
    for (const edition of DOCUMENT_EDITIONS) {
      it(`${kind}, ${edition}: no figure or range cut across lines, no header word split`, async () => {
        const doc = await composeModel(markedModelFor(kind, { rows: 40, events: 40 }), metaFor(kind, edition));
        const text = raw(doc.bytes, `${kind}-${edition}-raw.pdf`);
        expect(brokenNumbers(text)).toEqual([]);
        if (kind === 'concentration-annex') expect(text).toContain('H100-equivalents');
      });
    }
  }
});
