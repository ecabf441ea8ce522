import { z } from 'zod';
import { isoDate } from '@/lib/core/fields';
import { CLAIM_CATEGORIES, MARK_KINDS, MARK_SUBJECTS } from './confidentiality-kinds';
import { DOCUMENT_EDITIONS, DOCUMENT_KINDS } from './kinds';

/*
 * Inputs of the Documents tab and the Verify page: one schema per form, parsed by the form
 * (zodResolver) and again by the verb.
 */

export const MAX_ANNEX_ANALYSES = 10;

const optionalDate = z.union([z.literal(''), isoDate]).optional().nullable().transform((v) => (v ? v : null));

export const generateDocumentSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS, { message: 'Choose a document.' }),
    edition: z.enum(DOCUMENT_EDITIONS, { message: 'Choose the confidential or the non-confidential edition.' }),
    savedAnalysisIds: z
      .array(z.string().uuid('Choose saved analyses from the list.'))
      .max(MAX_ANNEX_ANALYSES, `At most ${MAX_ANNEX_ANALYSES} saved analyses in one annex.`)
      .optional()
      .default([]),
    from: optionalDate,
    to: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'concentration-annex' && v.savedAnalysisIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['savedAnalysisIds'], message: 'Choose at least one saved analysis for the annex.' });
    }
    if (v.kind === 'form-co' && v.savedAnalysisIds.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['savedAnalysisIds'], message: 'The Form CO draft draws on one saved analysis: choose one.' });
    }
    if (new Set(v.savedAnalysisIds).size !== v.savedAnalysisIds.length) {
      ctx.addIssue({ code: 'custom', path: ['savedAnalysisIds'], message: 'Each saved analysis can be chosen once.' });
    }
    if (v.from && v.to && v.from > v.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the period must not be before its start.' });
    }
  });
export type GenerateDocumentInput = z.input<typeof generateDocumentSchema>;
export type GenerateDocumentData = z.output<typeof generateDocumentSchema>;

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The Verify page's pasted hash: 64 hexadecimal characters, spaces and case forgiven. */
export const verifyHashSchema = z.object({
  sha256: z
    .string()
    .transform((s) => s.replace(/\s+/g, '').toLowerCase())
    .refine((s) => SHA256_HEX.test(s), 'A SHA-256 is 64 hexadecimal characters (0–9, a–f).'),
});
export type VerifyHashInput = z.input<typeof verifyHashSchema>;

/** Uploads larger than this are refused before hashing: registered PDFs are far smaller. */
export const MAX_VERIFY_BYTES = 25 * 1024 * 1024;

/** The Verify page's upload, as the browser sees it (a FileList); the server hashes the bytes itself. */
export const verifyUploadSchema = z.object({
  file: z
    .custom<{ length: number; item: (i: number) => { size: number } | null }>((v) => !!v && typeof v === 'object' && 'length' in v && (v as { length: number }).length > 0 && typeof (v as { item?: unknown }).item === 'function', 'Choose a PDF file.')
    .refine((v) => (v.item(0)?.size ?? 0) > 0, 'The file is empty.')
    .refine((v) => (v.item(0)?.size ?? 0) <= MAX_VERIFY_BYTES, `The file is larger than ${MAX_VERIFY_BYTES / 1024 / 1024} MB; no registered document is that large.`),
});

/**
 * Counsel's confidentiality mark (the Confidentiality page): a name with its public label, a
 * passage of long text, or a figure declared public. Names and passages are claims, so they carry
 * the category and justification the claims index prints.
 */
export const markConfidentialitySchema = z
  .object({
    kind: z.enum(MARK_KINDS, { message: 'Choose what to mark.' }),
    subject: z.enum(MARK_SUBJECTS, { message: 'Choose which field this is.' }),
    text: z.string({ message: 'Enter the text to mark.' }).trim().min(1, 'Enter the text to mark.').max(2_000, 'At most 2,000 characters: mark a shorter passage.'),
    publicLabel: z.string().trim().max(200, 'At most 200 characters.').optional().default(''),
    category: z.union([z.literal(''), z.enum(CLAIM_CATEGORIES)]).nullable().optional().transform((v) => (v ? v : null)),
    justification: z.string().trim().max(1_000, 'At most 1,000 characters.').optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'name' && v.subject === 'text') ctx.addIssue({ code: 'custom', path: ['subject'], message: 'Choose which name this is.' });
    if (v.kind !== 'name' && v.subject !== 'text') ctx.addIssue({ code: 'custom', path: ['subject'], message: 'Passages and figures belong to text fields.' });
    if (v.kind === 'name' && !v.publicLabel) ctx.addIssue({ code: 'custom', path: ['publicLabel'], message: 'Enter the label the non-confidential edition prints instead (for example “Cluster A”).' });
    if (v.kind === 'name' && v.publicLabel === v.text) ctx.addIssue({ code: 'custom', path: ['publicLabel'], message: 'The public label must differ from the confidential name.' });
    if (v.kind !== 'public-figure' && !v.category) ctx.addIssue({ code: 'custom', path: ['category'], message: 'Choose business secret or other confidential information.' });
    if (v.kind !== 'public-figure' && !v.justification) ctx.addIssue({ code: 'custom', path: ['justification'], message: 'Say why this is confidential: the claims index gives it to the Commission.' });
  });
export type MarkConfidentialityInput = z.input<typeof markConfidentialitySchema>;
