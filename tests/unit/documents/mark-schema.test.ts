import { describe, expect, it } from 'vitest';
import { formatHhiFigure, figuresFor } from '@/lib/documents/figures';
import { markConfidentialitySchema } from '@/lib/documents/schemas';
import { fmtHhi } from '@/lib/markets/present';

const errors = (v: unknown) => {
  const r = markConfidentialitySchema.safeParse(v);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the confidentiality mark schema, on what the browser sends', () => {
  it('accepts a name with its label, category and justification, trimming what was typed', () => {
    expect(markConfidentialitySchema.parse({ kind: 'name', subject: 'cluster', text: ' Memphis 37,412-GPU hall ', publicLabel: ' Cluster A ', category: 'business-secret', justification: ' Capacity. ' }))
      .toEqual({ kind: 'name', subject: 'cluster', text: 'Memphis 37,412-GPU hall', publicLabel: 'Cluster A', category: 'business-secret', justification: 'Capacity.' });
  });

  it('asks for the label, category and justification a claim needs, in words counsel understands', () => {
    expect(errors({ kind: 'name', subject: 'cluster', text: 'Hall 2,222', publicLabel: '', category: '', justification: '' })).toEqual({
      publicLabel: 'Enter the label the non-confidential edition prints instead (for example “Cluster A”).',
      category: 'Choose business secret or other confidential information.',
      justification: 'Say why this is confidential: the claims index gives it to the Commission.',
    });
    expect(errors({ kind: 'passage', subject: 'text', text: '', category: null, justification: '' })).toMatchObject({ text: 'Enter the text to mark.' });
    expect(errors({ kind: 'name', subject: 'site', text: 'Plot 2,222', publicLabel: 'Plot 2,222', category: 'business-secret', justification: 'x' })).toEqual({ publicLabel: 'The public label must differ from the confidential name.' });
    expect(errors({ kind: 'passage', subject: 'cluster', text: 'x', category: 'business-secret', justification: 'x' })).toEqual({ subject: 'Passages and figures belong to text fields.' });
    expect(errors({ kind: 'bogus', subject: 'text', text: 'x' })).toMatchObject({ kind: 'Choose what to mark.' });
  });

  it('needs nothing but the figure to declare it public', () => {
    expect(markConfidentialitySchema.parse({ kind: 'public-figure', subject: 'text', text: '2025', publicLabel: '', category: '', justification: '' }))
      .toMatchObject({ kind: 'public-figure', category: null });
  });
});

describe('ΔHHI precision', () => {
  it('is the Market tab’s in every document: 8.3 stays 8.3', () => {
    for (const v of [8.3, 0.04, 9.96, 10.4, 156.7, 2345.6, 0, -3.2]) expect(formatHhiFigure(v)).toBe(fmtHhi(v));
    expect(figuresFor('confidential').delta(8.3)).toBe('8.3');
  });
});
