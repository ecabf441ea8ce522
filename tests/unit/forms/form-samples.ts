import type { z } from 'zod';
import { changePasswordSchema, createUserSchema, settingsSchema, signInSchema, updateUserSchema } from '@/lib/auth/schemas';
import { calendarYearSchema } from '@/lib/calendars/schemas';
import { caseSchema, memberSchema, partySchema, updateCaseSchema, updatePartySchema } from '@/lib/cases/schemas';
import {
  addCommentSchema,
  approveSchema,
  adoptTemplateSchema,
  assignmentSchema,
  createChecklistSchema,
  customItemSchema,
  editCommentSchema,
  itemContentSchema,
  templateSchema,
  transitionSchema,
} from '@/lib/checklists/schemas';
import { generateDocumentSchema, verifyHashSchema, verifyUploadSchema } from '@/lib/documents/schemas';
import {
  acceleratorSchema,
  clusterSchema,
  firmSchema,
  importFormSchema,
  marketSchema,
  saveAnalysisSchema,
  scenarioSchema,
  updateAcceleratorSchema,
  updateClusterSchema,
  updateFirmSchema,
  updateMarketSchema,
  updateScenarioSchema,
} from '@/lib/markets/schemas';
import { hsrTableSchema, reviewEventSchema, reviewSchema, turnoverSchema, updateReviewEventSchema, updateReviewSchema } from '@/lib/reviews/schemas';

/*
 * What each form really sends: its fields as the browser serialises them ('' for an empty text
 * or number input, strings for numbers, null where the form's own parse turned a blank into
 * null), blank where a person may leave them blank, and filled. `reparsed`: the form hands its
 * PARSED values to the action (no `raw`), so the output must parse again on the server.
 */

export const U1 = '3f1f6a52-8d44-4d4a-9a55-2b1b0f6f9e01';
export const U2 = '9a0c8c2e-7b9a-4b6e-8f6e-0f3a7a0b5c11';
export const U3 = '5b6f1c3e-2d4a-4e8f-9a1b-7c3d2e1f0a9b';

export interface FormSample {
  form: string;
  schema: z.ZodType;
  reparsed: boolean;
  variants: Record<string, unknown>;
}

const caseBlank = { name: 'Project Atlas', codename: 'ATLAS', dealType: 'asset-transfer', description: '', valueLowM: '', valueHighM: '', currency: 'USD', status: 'pre-filing', longStopDate: '' };
const caseFilled = { ...caseBlank, dealType: 'merger', description: 'Schätzung — München', valueLowM: '8,400', valueHighM: '9000.5', currency: 'EUR', status: 'under-review', longStopDate: '2027-06-30' };
const clusterBlank = { firmId: U1, name: 'Colossus', site: '', acceleratorId: U2, countLow: '', countCentral: '100000', countHigh: '', status: 'operational', asOf: '2025-06-30', source: '' };
const scenarioMerger = { name: 'Full merger', kind: 'merger', buyerFirmId: U1, sellerFirmId: U2, acceleratorId: '', countLow: '', countCentral: '', countHigh: '' };
const eventBlank = { type: 'notification', date: '2026-03-02', restartedOn: '', phase: '', workingDays: '', amount: '', article: '', hsrKind: '', label: '', note: '', done: false };
const marketBlank = { name: 'AI compute', definition: '', metric: 'compute', geographicScope: 'Worldwide', asOf: '2025-10-31', includeNonOperational: false, mcDraws: '10000', mcSeed: '1', mcDistribution: 'uniform' };
const hsr = {
  year: '2026',
  effectiveFrom: '2026-02-17',
  source: 'FTC notice, 91 FR 1234',
  sizeOfTransactionUsd: '133,900,000',
  sizeOfPersonSmallerUsd: '26,800,000',
  sizeOfPersonLargerUsd: '267,800,000',
  noSizeOfPersonAboveUsd: '535,500,000',
  feeTiers: [
    { fromUsd: '0', belowUsd: '189,600,000', feeUsd: '35,000', verified: true },
    { fromUsd: '189,600,000', belowUsd: 'none', feeUsd: '', verified: false },
  ],
  version: null,
};

/** What a file input holds: a FileList (length and item()). */
const files = (size: number, name: string) => ({ length: 1, item: (i: number) => (i === 0 ? { size, name } : null) });

export const FORM_SAMPLES: FormSample[] = [
  { form: 'import', schema: importFormSchema, reparsed: false, variants: { replace: { mode: 'replace', file: files(1200, 'clusters.csv') }, add: { mode: 'add', file: files(1200, 'more.csv') } } },
  { form: 'verify by file', schema: verifyUploadSchema, reparsed: false, variants: { file: { file: files(52_000, 'filing.pdf') } } },
  { form: 'sign-in', schema: signInSchema, reparsed: false, variants: { filled: { email: 'Counsel@Example.com ', password: 'correct horse battery' } } },
  { form: 'change password', schema: changePasswordSchema, reparsed: true, variants: { filled: { currentPassword: 'old password 1', newPassword: 'a new long password', confirmPassword: 'a new long password' } } },
  { form: 'create user', schema: createUserSchema, reparsed: true, variants: { filled: { email: 'new@example.com', name: 'Nia Ng', role: 'reviewer' } } },
  { form: 'user row', schema: updateUserSchema, reparsed: true, variants: { filled: { userId: U1, version: 3, role: 'auditor', status: 'disabled' } } },
  { form: 'session settings', schema: settingsSchema, reparsed: true, variants: { untouched: { sessionHours: 12 }, typed: { sessionHours: '24' } } },
  { form: 'case', schema: caseSchema, reparsed: true, variants: { blank: caseBlank, filled: caseFilled } },
  { form: 'case edit', schema: updateCaseSchema, reparsed: true, variants: { blank: { ...caseBlank, version: 2 } } },
  { form: 'party', schema: partySchema, reparsed: true, variants: { blank: { name: 'Target GmbH', role: 'target', country: '', ultimateParent: '' }, filled: { name: 'Acquirer Inc.', role: 'acquirer', country: 'US', ultimateParent: 'Holdings' } } },
  { form: 'party edit', schema: updatePartySchema, reparsed: true, variants: { blank: { name: 'Target GmbH', role: 'other', country: '', ultimateParent: '', partyId: U1, version: 0 } } },
  { form: 'member', schema: memberSchema, reparsed: true, variants: { filled: { email: 'member@example.com' } } },
  { form: 'accelerator', schema: acceleratorSchema, reparsed: true, variants: { blank: { name: 'NPU', vendor: 'Acme', tflops: '989.4', watts: '', sourceNote: 'Datasheet' }, filled: { name: 'NPU', vendor: 'Acme', tflops: '1,234.5', watts: '700', sourceNote: 'Datasheet' } } },
  { form: 'accelerator edit', schema: updateAcceleratorSchema, reparsed: true, variants: { blank: { name: 'NPU', vendor: 'Acme', tflops: '989.4', watts: null, sourceNote: 'Datasheet', acceleratorId: U1, version: 0 } } },
  { form: 'market', schema: marketSchema, reparsed: true, variants: { blank: marketBlank, filled: { ...marketBlank, definition: 'Frontier training compute', metric: 'power', includeNonOperational: true, mcDraws: '2,000'.replace(',', ''), mcSeed: '7', mcDistribution: 'triangular' } } },
  { form: 'market edit', schema: updateMarketSchema, reparsed: true, variants: { blank: { ...marketBlank, metric: 'count', version: 4 } } },
  { form: 'firm', schema: firmSchema, reparsed: true, variants: { blank: { name: 'xAI', ultimateParent: '' }, filled: { name: 'xAI', ultimateParent: 'X.AI Holdings Corp.' } } },
  { form: 'firm edit', schema: updateFirmSchema, reparsed: true, variants: { blank: { name: 'xAI', ultimateParent: '', firmId: U1, version: 1 } } },
  {
    form: 'cluster',
    schema: clusterSchema,
    reparsed: true,
    variants: {
      blank: clusterBlank,
      filled: { ...clusterBlank, site: 'Memphis, TN', countLow: '90,000', countHigh: '110,000', status: 'under construction', source: 'Press' },
      planned: { ...clusterBlank, status: 'planned' },
    },
  },
  { form: 'cluster edit', schema: updateClusterSchema, reparsed: true, variants: { blank: { ...clusterBlank, countLow: null, countHigh: null, clusterId: U3, version: 2 } } },
  {
    form: 'scenario',
    schema: scenarioSchema,
    reparsed: true,
    variants: {
      merger: scenarioMerger,
      'transfer, exact': { ...scenarioMerger, name: 'Sale', kind: 'transfer', acceleratorId: U3, countCentral: '40,000' },
      'transfer, ranged': { ...scenarioMerger, name: 'Sale', kind: 'transfer', acceleratorId: U3, countLow: '30000', countCentral: '40000', countHigh: '50000' },
    },
  },
  { form: 'scenario edit', schema: updateScenarioSchema, reparsed: true, variants: { merger: { ...scenarioMerger, countLow: null, countCentral: null, countHigh: null, scenarioId: U3, version: 0 } } },
  { form: 'save analysis', schema: saveAnalysisSchema, reparsed: true, variants: { filled: { scenarioId: U1, title: 'Merger of xAI and Anthropic' } } },
  {
    form: 'add review',
    schema: reviewSchema,
    reparsed: false,
    variants: {
      'EU, blank': { authority: 'eu-commission', authorityName: '', clearingAgency: '', caseNumber: '', note: '' },
      'EU, filled': { authority: 'eu-commission', authorityName: '', clearingAgency: '', caseNumber: 'm.11231', note: 'Pre-notification since May' },
      'US, filled': { authority: 'us-hsr', authorityName: '', clearingAgency: 'FTC', caseNumber: '2026-0142', note: '' },
      'UK CMA': { authority: 'uk-cma', authorityName: '', clearingAgency: '', caseNumber: 'ME/7123/26', note: '' },
      'China SAMR': { authority: 'cn-samr', authorityName: '', clearingAgency: '', caseNumber: '', note: '' },
      Bundeskartellamt: { authority: 'de-bkarta', authorityName: '', clearingAgency: '', caseNumber: 'B7-12/26', note: '' },
      Washington: { authority: 'us-wa', authorityName: '', clearingAgency: '', caseNumber: '', note: '' },
      Colorado: { authority: 'us-co', authorityName: '', clearingAgency: '', caseNumber: '', note: '' },
      other: { authority: 'other', authorityName: 'Japan JFTC', clearingAgency: '', caseNumber: '', note: '' },
    },
  },
  { form: 'review details', schema: updateReviewSchema, reparsed: false, variants: { blank: { authority: 'us-hsr', authorityName: '', clearingAgency: '', caseNumber: '', note: '', reviewId: U1, version: '3' } } },
  {
    form: 'event',
    schema: reviewEventSchema,
    reparsed: false,
    variants: {
      notification: eventBlank,
      'stop-clock, running': { ...eventBlank, type: 'stop-clock', date: '2026-04-01' },
      'stop-clock, restarted': { ...eventBlank, type: 'stop-clock', date: '2026-04-01', restartedOn: '2026-04-20' },
      commitments: { ...eventBlank, type: 'commitments', phase: '2' },
      extension: { ...eventBlank, type: 'extension', workingDays: '15' },
      decision: { ...eventBlank, type: 'decision', article: '8(2)', note: 'Remedies' },
      'filing received': { ...eventBlank, type: 'filing-received', hsrKind: 'cash-tender' },
      'manual deadline': { ...eventBlank, type: 'manual-deadline', label: 'CMA Phase 1 decision' },
      'UK Phase 1 commenced': { ...eventBlank, type: 'uk-phase1-commenced' },
      'UK extension': { ...eventBlank, type: 'uk-extension', amount: '8' },
      'SAMR accepted, simplified': { ...eventBlank, type: 'samr-accepted-simplified' },
      'SAMR extension': { ...eventBlank, type: 'samr-extension', amount: '60' },
      'Bundeskartellamt received': { ...eventBlank, type: 'bkarta-received' },
      'Bundeskartellamt extension, amount as a number': { ...eventBlank, type: 'bkarta-extension', amount: 30 },
      'state copy filed': { ...eventBlank, type: 'state-copy-filed' },
      'authority decision': { ...eventBlank, type: 'authority-decision', amount: null },
    },
  },
  { form: 'event correction', schema: updateReviewEventSchema, reparsed: false, variants: { 'manual, done': { ...eventBlank, type: 'manual-deadline', label: 'Due', done: true, eventId: U2, version: 1 } } },
  {
    form: 'turnover',
    schema: turnoverSchema,
    reparsed: false,
    variants: {
      'first entry, blank': { partyId: U1, version: null, worldwideEurM: '', euEurM: '', byMemberState: '', byMemberStateComplete: false },
      filled: { partyId: U1, version: 2, worldwideEurM: '12,500.5', euEurM: '4000', byMemberState: 'DE 2,000\nFR: 150.5\nGR 10', byMemberStateComplete: true },
    },
  },
  { form: 'HSR table', schema: hsrTableSchema, reparsed: false, variants: { filled: hsr } },
  {
    form: 'calendar year',
    schema: calendarYearSchema,
    reparsed: false,
    variants: {
      blank: { kind: 'eu-commission', year: '2027', source: 'OJ C', verified: false, note: '', holidays: '', version: null },
      filled: { kind: 'us-federal', year: 2027, source: '5 U.S.C. 6103', verified: true, note: 'Checked', holidays: '2027-01-01 New Year’s Day\n2027-07-05 Independence Day (observed)', version: 3 },
    },
  },
  {
    form: 'template',
    schema: templateSchema,
    reparsed: true,
    variants: { filled: { name: 'Form CO', description: '', items: [{ section: '1', title: 'Parties', guidance: '', reference: 'Form CO 1.1' }], note: '' } },
  },
  { form: 'new checklist', schema: createChecklistSchema, reparsed: true, variants: { blank: { templateId: U1, name: '' }, filled: { templateId: U1, name: 'EU filing', reviewId: U2 } } },
  { form: 'custom item', schema: customItemSchema, reparsed: true, variants: { blank: { checklistId: U1, section: '1', title: 'Extra', reference: '', guidance: '' } } },
  {
    form: 'item content',
    schema: itemContentSchema,
    reparsed: true,
    variants: { answer: { answer: 'See annex 3', notApplicable: false, naReason: '' }, 'not applicable': { answer: '', notApplicable: true, naReason: 'No EU turnover' } },
  },
  { form: 'assignment', schema: assignmentSchema, reparsed: true, variants: { blank: { preparerId: '', reviewerId: '', dueDate: '', confirmPastDue: false }, filled: { preparerId: U1, reviewerId: U2, dueDate: '2099-12-24', confirmPastDue: false }, 'past date, confirmed': { preparerId: U1, reviewerId: '', dueDate: '2020-01-01', confirmPastDue: true } } },
  // The adopt form sends the numbers and stamp the page was rendered with (not typed: no strings).
  { form: 'adopt template version', schema: adoptTemplateSchema, reparsed: true, variants: { filled: { checklistId: U1, toVersion: 2, version: 3, itemsStamp: 'ab'.repeat(32) } } },
  { form: 'workflow step', schema: transitionSchema, reparsed: true, variants: { submit: { itemId: U1, expectedStatus: 'in-progress', action: 'submit' } } },
  { form: 'approve', schema: approveSchema, reparsed: true, variants: { filled: { itemId: U1, contentHash: 'a'.repeat(64) } } },
  { form: 'comment', schema: addCommentSchema, reparsed: true, variants: { root: { body: 'Quote: <script> is fine here', itemId: U1, parentId: '' }, reply: { body: 'Agreed', itemId: U1, parentId: U2 } } },
  { form: 'comment edit', schema: editCommentSchema, reparsed: true, variants: { filled: { body: 'Corrected', commentId: U1, version: 0 } } },
  { form: 'generate document', schema: generateDocumentSchema, reparsed: true, variants: { 'form CO': { kind: 'form-co', edition: 'confidential', savedAnalysisIds: [U1], from: '', to: '' } } },
  { form: 'verify by hash', schema: verifyHashSchema, reparsed: true, variants: { pasted: { sha256: ' AB'.repeat(1) + 'c'.repeat(62) } } },
];
