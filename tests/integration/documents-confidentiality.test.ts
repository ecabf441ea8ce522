import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, confidentialityMarks, documents } from '@/db/schema';
import { getCase } from '@/lib/cases/get-case';
import { listConfidentiality } from '@/lib/documents/list-confidentiality';
import { markConfidentiality, removeConfidentialityMark } from '@/lib/documents/mark-confidentiality';
import { generateDocumentNow } from '@/lib/documents/run-generation';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { useTestDatabase } from '../fixtures/db';
import { createCaseWith, createUser } from '../fixtures/factories';
import { pdftotext, skipPoppler, writeTemp } from '../unit/pdf/poppler';

useTestDatabase();

const LEAKY = 'xAI transfers USD8,400m; EUR9.75bn; 8,4 Mrd.; 1.234.567; ４００００; No. 37,412; Section 2,222 of capacity.';

async function world() {
  const counsel = await createUser({ role: 'counsel', name: 'Clara Marks' });
  const colleague = await createUser({ role: 'counsel', name: 'Colin Colleague' });
  const reviewer = await createUser({ role: 'reviewer' });
  const outsider = await createUser({ role: 'counsel' });
  const caseId = await createCaseWith({ counsel, members: [colleague, reviewer], input: { name: 'Project Leak', codename: 'LEAK', description: LEAKY } });
  return { counsel, colleague, reviewer, outsider, caseId };
}

describe('confidentiality marks and the refusing net', () => {
  it('refuses the public edition while a figure is unmarked, lists each place, registers nothing', async () => {
    const w = await world();
    const r = await generateDocumentNow({ actor: w.counsel, caseId: w.caseId, input: { kind: 'hsr-summary', edition: 'non-confidential' } });
    expect(r.status).toBe('failed');
    expect(r.documentId).toBeNull();
    expect(r.error).toMatch(/^The non-confidential edition was not generated: 7 figure\(s\) in 1 place\(s\)/);
    expect(r.error).toContain('Case description at p. 1 — 2. Transaction: USD8,400m, EUR9.75bn');
    const db = await getDb();
    expect(await db.select().from(documents).where(eq(documents.caseId, w.caseId))).toEqual([]);
    const view = await listConfidentiality({ actor: w.reviewer, caseId: w.caseId });
    expect(view.canEdit).toBe(false);
    expect(view.refused?.findings.flatMap((f) => f.figures)).toEqual(expect.arrayContaining(['USD8,400m', 'EUR9.75bn', '8,4 Mrd.', '1.234.567', '40000', '37,412', '2,222']));
    // The confidential edition is not affected by marks.
    expect((await generateDocumentNow({ actor: w.counsel, caseId: w.caseId, input: { kind: 'hsr-summary', edition: 'confidential' } })).status).toBe('succeeded');
  });

  it.skipIf(skipPoppler)('prints the public edition once counsel marked the passage, with its claim, tied to the confidential edition', async () => {
    const w = await world();
    const confidential = await generateDocumentNow({ actor: w.counsel, caseId: w.caseId, input: { kind: 'hsr-summary', edition: 'confidential' } });
    await markConfidentiality({ actor: w.counsel, caseId: w.caseId, input: { kind: 'passage', subject: 'text', text: 'USD8,400m; EUR9.75bn; 8,4 Mrd.; 1.234.567; ４００００; No. 37,412', category: 'business-secret', justification: 'Price and capacity not announced.' } });
    await markConfidentiality({ actor: w.counsel, caseId: w.caseId, input: { kind: 'public-figure', subject: 'text', text: '2,222' } });
    const r = await generateDocumentNow({ actor: w.counsel, caseId: w.caseId, input: { kind: 'hsr-summary', edition: 'non-confidential' } });
    expect(r.error).toBeNull();
    const [doc] = await (await getDb()).select().from(documents).where(eq(documents.id, r.documentId!));
    const text = pdftotext(writeTemp('hsr-nc.pdf', doc.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('xAI transfers […]; Section 2,222 of capacity.');
    expect(text).toContain('Confidentiality claims index');
    expect(text).toContain('Price and capacity not announced.');
    expect(text).not.toContain(doc.snapshotSha256.slice(0, 16));
    expect((doc.source as { confidentialEdition: { id: string } }).confidentialEdition.id).toBe(confidential.documentId);
  });

  it('lets counsel mark and unmark, audited; refuses reviewers; hides the case from outsiders', async () => {
    const w = await world();
    const input = { kind: 'name' as const, subject: 'codename' as const, text: 'LEAK', publicLabel: 'Project L', category: 'business-secret' as const, justification: 'The codename names the target.' };
    const { id } = await markConfidentiality({ actor: w.counsel, caseId: w.caseId, input });
    await expect(markConfidentiality({ actor: w.reviewer, caseId: w.caseId, input: { ...input, text: 'Other' } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(markConfidentiality({ actor: w.outsider, caseId: w.caseId, input: { ...input, text: 'Other' } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listConfidentiality({ actor: w.outsider, caseId: w.caseId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeConfidentialityMark({ actor: w.outsider, caseId: w.caseId, markId: id })).rejects.toBeInstanceOf(NotFoundError);
    const db = await getDb();
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.caseId, w.caseId), eq(auditEvents.entityId, id)));
    expect(events.map((e) => e.action)).toEqual(['confidentiality.mark']);
    await removeConfidentialityMark({ actor: w.colleague, caseId: w.caseId, markId: id });
    await expect(removeConfidentialityMark({ actor: w.counsel, caseId: w.caseId, markId: id })).rejects.toThrow(/someone may have removed it already/);
    expect((await db.select().from(auditEvents).where(and(eq(auditEvents.caseId, w.caseId), eq(auditEvents.entityId, id)))).map((e) => e.action)).toEqual(['confidentiality.mark', 'confidentiality.unmark']);
  });

  it('validates what the browser sends and refuses a public "figure" that is no figure', async () => {
    const w = await world();
    await expect(markConfidentiality({ actor: w.counsel, caseId: w.caseId, input: { kind: 'name', subject: 'cluster', text: 'Hall 37,412', publicLabel: '', category: '', justification: '' } }))
      .rejects.toMatchObject({ name: 'ZodError' });
    await expect(markConfidentiality({ actor: w.counsel, caseId: w.caseId, input: { kind: 'public-figure', subject: 'text', text: 'no digits here' } }))
      .rejects.toBeInstanceOf(ValidationError);
    expect(await (await getDb()).select().from(confidentialityMarks).where(eq(confidentialityMarks.caseId, w.caseId))).toEqual([]);
  });

  it('two people marking the same name at once: one mark, and the other is told who made it', async () => {
    const w = await world();
    const input = (who: string) => ({ kind: 'name' as const, subject: 'cluster' as const, text: 'Memphis 37,412-GPU hall', publicLabel: `Cluster ${who}`, category: 'business-secret' as const, justification: 'Capacity.' });
    const results = await Promise.allSettled([
      markConfidentiality({ actor: w.counsel, caseId: w.caseId, input: input('A') }),
      markConfidentiality({ actor: w.colleague, caseId: w.caseId, input: input('B') }),
    ]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((x) => x.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ValidationError);
    expect(refused.reason.message).toMatch(/^This name is already marked by (Clara Marks|Colin Colleague) at .* UTC\. Nothing was changed\.$/);
    const db = await getDb();
    expect(await db.select().from(confidentialityMarks).where(eq(confidentialityMarks.caseId, w.caseId))).toHaveLength(1);
    expect(await db.select().from(auditEvents).where(and(eq(auditEvents.caseId, w.caseId), eq(auditEvents.action, 'confidentiality.mark')))).toHaveLength(1);
    // The case itself is untouched by marks.
    expect((await getCase({ actor: w.counsel, caseId: w.caseId })).case.description).toBe(LEAKY);
  });
});
