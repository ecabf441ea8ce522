import { describe, expect, it } from 'vitest';
import { composeModel } from '@/lib/documents/compose';
import { SUBJECT_LABELS, type NameSubject } from '@/lib/documents/confidentiality-kinds';
import { DOCUMENT_KINDS, type DocumentKind } from '@/lib/documents/kinds';
import type { ChecklistReportModel, DocumentModel, FormCoModel } from '@/lib/documents/model';
import type { Mark } from '@/lib/documents/publication';
import { UnmarkedFiguresError } from '@/lib/documents/unmarked-figures-error';
import { skipPoppler } from '../pdf/poppler';
import { metaFor, modelFor } from './fixtures';
import { readSurfaces } from './read-public';

/*
 * The corpus test of the non-confidential editions: every figure format counsel types, placed in
 * every free-text and name field a document prints. Unmarked, each edition refuses and lists every
 * place; marked, no figure survives anywhere a reader could look (page text, strings, bookmarks,
 * document properties, decompressed streams), and no hash of confidential data is printed.
 */

const CORPUS = ['USD8,400m', 'EUR9.75bn', '8,4 Mrd.', '1.234.567', '４００００', 'No. 37,412', 'Section 2,222', "37'412", '5\u2009550', '٣٧٤١٢', '$7.3bn', '41 %', '€ 6,5 Mio.', '12.5k'];
const S = CORPUS.join('; ');
/** What must not appear, as printed or after Unicode normalisation. */
const CORES = ['8,400', '9.75', '8,4', '1.234.567', '40000', '４００００', '37,412', '2,222', "37'412", '5\u2009550', '5550', '٣٧٤١٢', '7.3bn', '41 %', '6,5', '12.5'];

/** The fixture model with the corpus in every text and name field its document prints. */
function corpusModel(kind: DocumentKind): DocumentModel {
  const m = structuredClone(modelFor(kind));
  m.case = { ...m.case, name: `Project ${S}`, codename: `CODE ${S}`, description: S };
  const analyses = m.kind === 'form-co' ? (m.analysis ? [m.analysis] : []) : m.kind === 'concentration-annex' ? m.analyses : [];
  for (const a of analyses) {
    a.title = S;
    a.inputs.market = { ...a.inputs.market, name: S, definition: S };
    if (a.inputs.scenario) a.inputs.scenario = { ...a.inputs.scenario, name: S };
    a.inputs.clusters = a.inputs.clusters.map((c) => ({ ...c, cluster: S, site: S }));
  }
  if (m.kind === 'form-co') {
    (m as FormCoModel).reviews![0].events[0].note = S;
    (m as FormCoModel).evidence = [{ item: S, fileName: S, revision: 1, sha256: 'e3'.repeat(32), sizeBytes: 1, uploadedAt: '2026-02-01T08:00:00.000Z', uploadedBy: 'Clara Counsel', current: true }];
  }
  if (m.kind === 'checklist-report') {
    const list = (m as ChecklistReportModel).checklist!.checklists[0];
    list.name = S;
    list.items = list.items.map((it, i) => ({
      ...it, title: S, answer: S, notApplicable: i === 1, naReason: i === 1 ? S : '',
      evidence: it.evidence.map((e) => ({ ...e, fileName: S })),
      sinceApproval: it.sinceApproval && {
        ...it.sinceApproval,
        title: { approved: S, now: S },
        notApplicable: { approved: `Not applicable: ${S}`, now: 'Applicable' },
        answer: [{ op: 'same', text: S }, { op: 'removed', text: S }, { op: 'added', text: S }],
        evidence: it.sinceApproval.evidence.map((e) => ({ ...e, fileName: S })),
      },
      openThreads: it.openThreads.map((t) => ({ ...t, body: S, replies: t.replies.map((r) => ({ ...r, body: S })) })),
    }));
  }
  if (m.kind === 'audit-report') m.audit.events = m.audit.events.map((e) => ({ ...e, changes: JSON.stringify({ description: S }) }));
  return m;
}

const NAMES: NameSubject[] = ['case-name', 'codename', 'market', 'scenario', 'cluster', 'site', 'checklist', 'checklist-item', 'evidence-file', 'analysis'];
const EXPECTED: Record<DocumentKind, string[]> = {
  'form-co': ['Case name', 'Case codename', 'Case description', 'Saved analysis title', 'Market name', 'Market definition', 'Scenario name', 'Note of a review event', 'Evidence file name', 'Checklist item title'],
  'hsr-summary': ['Case name', 'Case codename', 'Case description'],
  'concentration-annex': ['Case name', 'Case codename', 'Saved analysis title', 'Market name', 'Market definition', 'Scenario name', 'Cluster name', 'Site'],
  'checklist-report': ['Case name', 'Case codename', 'Checklist name', 'Checklist item title', 'Checklist answer', 'Not-applicable reason', 'Comment', 'Evidence file name'],
  'audit-report': ['Case name', 'Case codename'],
};

/** Counsel's marks for the corpus: every name gets a public label, every passage is withheld. */
const MARKS: Mark[] = [
  ...NAMES.map((subject): Mark => ({ kind: 'name', subject, text: subject === 'case-name' ? `Project ${S}` : subject === 'codename' ? `CODE ${S}` : S, publicLabel: `${SUBJECT_LABELS[subject]} A`, category: 'business-secret', justification: 'Reveals capacity.' })),
  { kind: 'passage', subject: 'text', text: S, publicLabel: '', category: 'other-confidential', justification: 'Not public.' },
  { kind: 'passage', subject: 'text', text: 'about 26,419 accelerators', publicLabel: '', category: 'business-secret', justification: 'Not public.' },
];

describe.skipIf(skipPoppler)('non-confidential editions against the corpus of figure formats', () => {
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: refuses, listing every place, while the figures are unmarked`, async () => {
      const err = await composeModel(corpusModel(kind), metaFor(kind, 'non-confidential')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnmarkedFiguresError);
      const findings = (err as UnmarkedFiguresError).findings;
      expect(new Set(findings.map((f) => f.field.replace(/: its public label$/, '')))).toEqual(new Set(EXPECTED[kind]));
      for (const f of findings) {
        expect(f.location).toMatch(/^p\. \d+|^Title/);
        expect(f.figures.length).toBeGreaterThanOrEqual(CORPUS.length);
      }
      expect((err as Error).message).toMatch(/^The non-confidential edition was not generated: .*Mark each on the Confidentiality page.*Case name at /);
    });

    it(`${kind}: once marked, no figure, no hash of confidential data survives anywhere in the file`, async () => {
      const model = corpusModel(kind);
      model.case.marks = MARKS;
      const meta = metaFor(kind, 'non-confidential');
      const doc = await composeModel(model, meta);
      const s = await readSurfaces(doc.bytes, `${kind}-corpus-nc.pdf`);
      const readable = [s.text, ...s.strings, ...Object.values(s.info), ...s.bookmarks].join('\n');
      // Page text is glyph ids in hex inside content streams (read back by pdftotext above), and
      // drawing operators are numbers: the streams are searched for formatted figures only.
      const streams = s.streams.replace(/<[0-9A-Fa-f\s]*>/g, '');
      for (const core of CORES) {
        expect.soft(readable.includes(core) || readable.normalize('NFKC').includes(core), `${kind}: ${core}`).toBe(false);
        if (/[^\d.]/.test(core)) expect.soft(streams.includes(core), `${kind} streams: ${core}`).toBe(false);
      }
      const hashes = [meta.snapshotSha256, 'e3'.repeat(32), 'a1'.repeat(32), 'ab'.repeat(32)];
      if (model.kind === 'concentration-annex') hashes.push(model.analyses[0].inputsSha256);
      if (model.kind === 'form-co' && model.analysis) hashes.push(model.analysis.inputsSha256);
      if (model.kind === 'audit-report') hashes.push(...model.audit.events.map((e) => e.hash));
      const everywhere = `${readable}\n${streams}`;
      for (const h of hashes) expect.soft(everywhere.includes(h.slice(0, 12)), `${kind}: hash ${h.slice(0, 12)}`).toBe(false);
      expect(s.info.Title).toContain('Case name A');
      expect(s.info.Keywords).toContain('Case codename A');
      expect(s.text).toContain('Confidentiality claims index');
      expect(s.bookmarks).toContain('Confidentiality claims index');
    });
  }

  it('prints the confidential edition exactly, marks or not', async () => {
    const model = corpusModel('form-co');
    model.case.marks = MARKS;
    const s = await readSurfaces((await composeModel(model, metaFor('form-co'))).bytes, 'fco-corpus-c.pdf');
    expect(s.text).toContain('No. 37,412');
    expect(s.info.Title).toContain('Project USD8,400m');
    expect(s.text).not.toContain('Confidentiality claims index');
  });
});
