import { z } from 'zod';
import { isoDate, requiredText, safeText } from '@/lib/core/fields';
import { optionalAmount, versionField } from '@/lib/core/fields';
import { searchInt, searchText } from '@/lib/core/search-params';

export const DEAL_TYPES = ['merger', 'acquisition-of-control', 'asset-transfer', 'joint-venture'] as const;
export const DEAL_TYPE_LABELS: Record<(typeof DEAL_TYPES)[number], string> = {
  merger: 'Merger',
  'acquisition-of-control': 'Acquisition of control',
  'asset-transfer': 'Asset transfer',
  'joint-venture': 'Joint venture',
};

export const CASE_STATUSES = [
  'pre-filing',
  'under-review',
  'cleared',
  'cleared-with-conditions',
  'prohibited',
  'abandoned',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  'pre-filing': 'Pre-filing',
  'under-review': 'Under review',
  cleared: 'Cleared',
  'cleared-with-conditions': 'Cleared with conditions',
  prohibited: 'Prohibited',
  abandoned: 'Abandoned',
};

export const PARTY_ROLES = ['acquirer', 'target', 'other'] as const;
export const PARTY_ROLE_LABELS: Record<(typeof PARTY_ROLES)[number], string> = {
  acquirer: 'Acquirer / transferee',
  target: 'Target / transferor',
  other: 'Other',
};

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY'] as const;

// Blank means none; null is accepted too, so a value parsed once on the client parses again on the server.
const optionalDate = z.union([z.literal(''), z.null(), isoDate]).optional().transform((v) => (v ? v : null));

// Money in millions, at most two decimals; stored exactly as numeric. Blank stays '' so the
// parsed value parses again on the server.
const millions = optionalAmount({ unit: 'millions', max: 100_000_000, maxMessage: 'That is more than any deal on record; check the units (millions).', blank: '' });

export const codenameSchema = z
  .string({ message: 'Enter a codename.' })
  .trim()
  .min(2, 'Codename needs at least 2 characters.')
  .max(32, 'Codename must be at most 32 characters.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9 _-]*$/, 'Use letters, digits, spaces, - and _ only (it is used in file names).');

export const caseSchema = z
  .object({
    name: requiredText(200, 'Case name'),
    codename: codenameSchema,
    dealType: z.enum(DEAL_TYPES, { message: 'Choose a deal type.' }),
    description: safeText(5000, 'Description').default(''),
    valueLowM: millions,
    valueHighM: millions,
    currency: z.enum(CURRENCIES, { message: 'Choose a currency.' }),
    status: z.enum(CASE_STATUSES, { message: 'Choose a status.' }),
    longStopDate: optionalDate,
  })
  .refine(
    (v) => typeof v.valueLowM !== 'number' || typeof v.valueHighM !== 'number' || v.valueLowM <= v.valueHighM,
    { path: ['valueHighM'], message: 'The high estimate must not be below the low estimate.' },
  );
export type CaseInput = z.input<typeof caseSchema>;
export type CaseData = z.output<typeof caseSchema>;

export const updateCaseSchema = caseSchema.and(z.object({ version: versionField }));

export const partySchema = z.object({
  name: requiredText(200, 'Party name'),
  role: z.enum(PARTY_ROLES, { message: 'Choose the party’s role.' }),
  country: safeText(80, 'Country').default(''),
  ultimateParent: safeText(200, 'Ultimate parent').default(''),
});
export type PartyInput = z.input<typeof partySchema>;

export const updatePartySchema = partySchema.extend({
  partyId: z.string({ message: 'Reload the page and try again.' }).uuid('Reload the page and try again.'),
  version: versionField,
});

export const memberSchema = z.object({
  email: z.string({ message: 'Enter the member’s email address.' }).trim().toLowerCase().email('Enter the member’s email address.'),
});

/** The case list's query string, read with `parseSearchParams` (bad values count as absent). */
export const caseFilterShape = {
  q: searchText(200).transform((s) => s ?? ''),
  status: z.union([z.enum(CASE_STATUSES), z.literal('all'), z.literal('archived')]).optional().default('all'),
  page: searchInt(100_000).transform((n) => n ?? 1),
};
export const caseFilterSchema = z.object(caseFilterShape);
