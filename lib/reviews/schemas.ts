import { z } from 'zod';
import { isoDate, requiredText, safeText } from '@/lib/core/fields';
import { numberInput, optionalAmount, parseAmount, versionField, wellFormedString } from '@/lib/core/fields';

// Enum values are written once here and feed both the pgEnums (db/schema/reviews.ts) and the forms.

export const REVIEW_AUTHORITIES = ['us-hsr', 'eu-commission', 'uk-cma', 'cn-samr', 'de-bkarta', 'us-wa', 'us-co', 'other'] as const;
export type ReviewAuthority = (typeof REVIEW_AUTHORITIES)[number];
export const AUTHORITY_LABELS: Record<ReviewAuthority, string> = {
  'us-hsr': 'United States (HSR)',
  'eu-commission': 'European Commission',
  'uk-cma': 'United Kingdom (CMA)',
  'cn-samr': 'China (SAMR)',
  'de-bkarta': 'Germany (Bundeskartellamt)',
  'us-wa': 'Washington State (attorney general)',
  'us-co': 'Colorado (attorney general)',
  other: 'Other authority',
};

export const US_AGENCIES = ['FTC', 'DOJ'] as const;
export const US_AGENCY_LABELS: Record<(typeof US_AGENCIES)[number], string> = {
  FTC: 'Federal Trade Commission (FTC)',
  DOJ: 'Department of Justice, Antitrust Division (DOJ)',
};

export const EU_EVENT_TYPES = [
  'pre-notification', 'notification', 'commitments', 'art9-request', 'phase2-opened', 'extension', 'stop-clock', 'decision',
] as const;
export const US_EVENT_TYPES = [
  'filing-received', 'pull-and-refile', 'second-request', 'substantial-compliance', 'timing-agreement', 'early-termination', 'closing',
] as const;
export const OTHER_EVENT_TYPES = ['manual-deadline'] as const;
export const UK_EVENT_TYPES = ['uk-phase1-commenced', 'stop-clock', 'uk-phase2-referred', 'uk-extension', 'authority-decision'] as const;
export const CN_EVENT_TYPES = ['samr-accepted', 'samr-accepted-simplified', 'stop-clock', 'samr-further-review', 'samr-extension', 'authority-decision'] as const;
export const DE_EVENT_TYPES = ['bkarta-received', 'bkarta-main-exam', 'bkarta-remedies', 'bkarta-extension', 'stop-clock', 'authority-decision'] as const;
export const US_STATE_EVENT_TYPES = ['hsr-filing-date', 'state-copy-filed'] as const;
const NEW_KIND_EVENT_TYPES = [
  'uk-phase1-commenced', 'uk-phase2-referred', 'uk-extension', 'samr-accepted', 'samr-accepted-simplified', 'samr-further-review',
  'samr-extension', 'bkarta-received', 'bkarta-main-exam', 'bkarta-remedies', 'bkarta-extension', 'hsr-filing-date', 'state-copy-filed',
  'authority-decision',
] as const;
export const REVIEW_EVENT_TYPES = [...EU_EVENT_TYPES, ...US_EVENT_TYPES, ...OTHER_EVENT_TYPES, ...NEW_KIND_EVENT_TYPES] as const;
export type ReviewEventType = (typeof REVIEW_EVENT_TYPES)[number];

export const EVENT_TYPES_BY_AUTHORITY: Record<ReviewAuthority, readonly ReviewEventType[]> = {
  // A closing is recorded in an EU review too: the Art. 7(1) standstill is checked against it.
  'eu-commission': [...EU_EVENT_TYPES, 'closing'],
  'us-hsr': US_EVENT_TYPES,
  'uk-cma': UK_EVENT_TYPES,
  'cn-samr': CN_EVENT_TYPES,
  'de-bkarta': DE_EVENT_TYPES,
  'us-wa': US_STATE_EVENT_TYPES,
  'us-co': US_STATE_EVENT_TYPES,
  other: OTHER_EVENT_TYPES,
};

/** Extension events and what their amount counts, with the statutory range. */
export const EXTENSION_AMOUNTS: Partial<Record<ReviewEventType, { unit: 'weeks' | 'days'; min: number; max: number; basis: string }>> = {
  'uk-extension': { unit: 'weeks', min: 1, max: 8, basis: 'EA02 s. 39(3): once, by up to 8 weeks' },
  'samr-extension': { unit: 'days', min: 1, max: 60, basis: 'AML Art. 31(2): up to 60 days' },
  'bkarta-extension': { unit: 'days', min: 1, max: 366, basis: '§ 40(2) sentence 4 GWB: as agreed with the notifying parties' },
};

export const EVENT_LABELS: Record<ReviewEventType, string> = {
  'pre-notification': 'Pre-notification contact',
  notification: 'Notification',
  commitments: 'Commitments offered',
  'art9-request': 'Art. 9 referral request',
  'phase2-opened': 'Phase II opened (Art. 6(1)(c))',
  extension: 'Extension of Phase II',
  'stop-clock': 'Stop-the-clock',
  decision: 'Decision',
  'filing-received': 'Filing received',
  'pull-and-refile': 'Pull-and-refile',
  'second-request': 'Second request issued',
  'substantial-compliance': 'Substantial compliance',
  'timing-agreement': 'Timing agreement',
  'early-termination': 'Early termination',
  closing: 'Closing',
  'manual-deadline': 'Deadline',
  'uk-phase1-commenced': 'Phase 1 began (CMA notice)',
  'uk-phase2-referred': 'Referred for Phase 2',
  'uk-extension': 'Phase 2 extended (special reasons)',
  'samr-accepted': 'Filing accepted (normal procedure)',
  'samr-accepted-simplified': 'Filing accepted (simplified procedure)',
  'samr-further-review': 'Further review decided (Phase II)',
  'samr-extension': 'Further review extended',
  'bkarta-received': 'Complete notification received',
  'bkarta-main-exam': 'Main examination opened',
  'bkarta-remedies': 'Remedies first offered',
  'bkarta-extension': 'Extension agreed',
  'hsr-filing-date': 'HSR notification filed',
  'state-copy-filed': 'Copy filed with the attorney general',
  'authority-decision': 'Final decision',
};

// Mirrors EU_DECISION_ARTICLES in lib/deadlines (a test keeps the two equal): this file imports only zod.
export const DECISION_ARTICLES = ['6(1)(b)', '6(2)', '8(1)', '8(2)', '8(3)', 'withdrawal'] as const;
export const DECISION_LABELS: Record<(typeof DECISION_ARTICLES)[number], string> = {
  '6(1)(b)': 'Art. 6(1)(b) — cleared in Phase I',
  '6(2)': 'Art. 6(2) — cleared with commitments in Phase I',
  '8(1)': 'Art. 8(1) — cleared in Phase II',
  '8(2)': 'Art. 8(2) — cleared with commitments in Phase II',
  '8(3)': 'Art. 8(3) — prohibited',
  withdrawal: 'Notification withdrawn',
};

export const HSR_KINDS = ['standard', 'cash-tender', 'bankruptcy'] as const;
export const HSR_KIND_LABELS: Record<(typeof HSR_KINDS)[number], string> = {
  standard: 'Standard (30 days)',
  'cash-tender': 'Cash tender offer (15 days)',
  bankruptcy: 'Bankruptcy sale, 11 U.S.C. 363(b) (15 days)',
};

/** EU merger case numbers: "M." and four or five digits (M.9999, M.11231). */
export const EU_CASE_NUMBER = /^M\.\d{4,5}$/;

// Blank is '' in the field and null once parsed: both mean none, so the output parses again.
const optionalDate = z.union([z.literal(''), z.null(), isoDate]).optional().transform((v) => (v ? v : null));
// A checkbox arrives as a boolean from the form, "on" from a plain HTML post, or not at all.
const checkbox = z.union([z.boolean(), z.null(), z.literal('on'), z.literal('')], { message: 'Tick or clear the box.' }).optional()
  .transform((v) => v === true || v === 'on');

/**
 * The Commission writes "the suspension ended on X with effect as of Y": Y is the first day
 * counted again. Entering X gives a deadline one working day early (Mars/Kellanova, 2025).
 */
export const STOP_CLOCK_RESTART_LABEL = 'Clock restarts on (first day counted again)';
export const STOP_CLOCK_RESTART_HINT =
  'Where the Commission writes “ended on X with effect as of Y”, enter Y. Leave empty while the clock is stopped.';
const version = versionField;
const reload = 'Reload the page and try again.';

export const reviewSchema = z
  .object({
    authority: z.enum(REVIEW_AUTHORITIES, { message: 'Choose an authority.' }),
    authorityName: safeText(120, 'Authority name').default(''),
    clearingAgency: z.union([z.literal(''), z.enum(US_AGENCIES)]).optional().transform((v) => (v ? v : null)),
    caseNumber: wellFormedString('Enter the case number, or leave it blank.')
      .trim()
      .max(40, 'Case number must be at most 40 characters.')
      .default('')
      .transform((s) => s.replace(/^m\./, 'M.')),
    note: safeText(1000, 'Note').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.authority === 'eu-commission' && v.caseNumber && !EU_CASE_NUMBER.test(v.caseNumber)) {
      ctx.addIssue({ code: 'custom', path: ['caseNumber'], message: 'Use the Commission’s case number, e.g. M.12345 (“M.” and 4 or 5 digits).' });
    }
    if (v.authority === 'other' && !v.authorityName) {
      ctx.addIssue({ code: 'custom', path: ['authorityName'], message: 'Name the authority, e.g. Japan JFTC.' });
    }
    if (v.authority !== 'us-hsr' && v.clearingAgency) {
      ctx.addIssue({ code: 'custom', path: ['clearingAgency'], message: 'A clearing agency applies to HSR reviews only.' });
    }
  });
export type ReviewInput = z.input<typeof reviewSchema>;
export type ReviewData = z.output<typeof reviewSchema>;

export const updateReviewSchema = reviewSchema.and(z.object({ reviewId: z.string({ message: reload }).uuid(reload), version }));

/**
 * One flat shape for every event type, so one form serves them all; superRefine asks for the
 * fields the chosen type needs, and the verb stores only those (a value left in a field the form
 * hid after the type changed is ignored). `date` is the stop date for a stop-the-clock.
 */
export const reviewEventSchema = z
  .object({
    type: z.enum(REVIEW_EVENT_TYPES, { message: 'Choose what happened.' }),
    date: isoDate,
    restartedOn: optionalDate,
    phase: z.union([z.literal(''), z.null(), numberInput('Choose the phase.')], { message: 'Choose the phase.' }).optional().transform((v) => (v === '' || v === undefined ? null : v)),
    workingDays: z.union([z.literal(''), z.null(), numberInput('Enter a number of working days.')], { message: 'Enter a number of working days.' }).optional()
      .transform((v) => (v === '' || v === undefined ? null : v)),
    // '' and null mean "not given"; "8" is 8; "eight" is refused in words. The range is checked below, per type.
    amount: z.union([z.literal(''), z.null(), numberInput('Enter a number.')], { message: 'Enter a number.' }).optional()
      .transform((v) => (v === '' || v === undefined ? null : v)),
    article: z.union([z.literal(''), z.null(), z.enum(DECISION_ARTICLES)], { message: 'Choose the decision’s legal basis.' }).optional().transform((v) => (v ? v : null)),
    hsrKind: z.union([z.literal(''), z.null(), z.enum(HSR_KINDS)], { message: 'Choose the kind of transaction.' }).optional().transform((v) => (v ? v : null)),
    /** HSR: receipt of the acquired person's filing (the acquiring person's is `date`). */
    acquiredReceivedOn: optionalDate,
    /** HSR: an acquisition under 16 CFR 801.30, where the acquiring person's filing starts the period. */
    section80130: checkbox,
    /** EU: an extension agreed with the Commission after the parties' 15-day request window. */
    extensionByAgreement: checkbox,
    label: safeText(160, 'Label').default(''),
    note: safeText(1000, 'Note').default(''),
    done: z.boolean({ message: 'Tick or clear “Done”.' }).optional().default(false),
  })
  .superRefine((v, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.type === 'commitments' && v.phase !== 1 && v.phase !== 2) need('phase', 'Choose the phase in which the commitments were offered.');
    if (v.type === 'extension' && (v.workingDays === null || !Number.isInteger(v.workingDays) || v.workingDays < 1 || v.workingDays > 20)) {
      need('workingDays', 'An extension is 1 to 20 working days (Art. 10(3) EUMR).');
    }
    if (v.type === 'decision' && !v.article) need('article', 'Choose the decision’s legal basis.');
    if (v.type === 'manual-deadline' && !v.label) need('label', 'Say what the deadline is for, e.g. “CMA Phase 1 decision”.');
    if (v.type === 'stop-clock' && v.restartedOn && v.restartedOn <= v.date) need('restartedOn', 'The clock restarts after the day it stopped.');
    const range = EXTENSION_AMOUNTS[v.type];
    if (range && (v.amount === null || !Number.isInteger(v.amount) || v.amount < range.min || v.amount > range.max)) {
      need('amount', `Enter whole ${range.unit} from ${range.min} to ${range.max} (${range.basis}).`);
    }
  });
export type ReviewEventInput = z.input<typeof reviewEventSchema>;
export type ReviewEventData = z.output<typeof reviewEventSchema>;

export const updateReviewEventSchema = reviewEventSchema.and(z.object({ eventId: z.string({ message: reload }).uuid(reload), version }));

// Turnover in € millions with at most two decimals, as in Form CO section 4.
const optionalEur = optionalAmount({ unit: '€ millions', max: 10_000_000, maxMessage: 'That is more than any undertaking’s turnover; check the units (€ millions).', blank: null });

// EU-27 as in lib/jurisdiction/member-states.ts (a test keeps the two equal): this file imports only zod.
export const MEMBER_STATE_CODES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'EL', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/**
 * "DE 2000" or "FR: 150.5", one Member State per line. Every bad line is reported at once, in
 * order, each with its line number, so a list pasted from a spreadsheet is fixed in one pass.
 */
export function parseMemberStateLines(text: string): { values: Record<string, number>; problems: string[] } {
  const values: Record<string, number> = {};
  const problems: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const at = `Line ${i + 1} (“${line.length > 30 ? `${line.slice(0, 30)}…` : line}”)`;
    // The code ends at a separator or the first digit, so "Ireland 200" is not read as "IR eland 200".
    const m = /^([A-Za-z]{2})(?:\s*[:=]\s*|\s+|(?=\d))(\S.*)$/.exec(line);
    if (!m) {
      problems.push(`${at}: write a two-letter country code and an amount, e.g. “DE 2000”.`);
      return;
    }
    const upper = m[1].toUpperCase();
    const code = upper === 'GR' ? 'EL' : upper;
    const amount = parseAmount(m[2], '€ millions');
    if (!(MEMBER_STATE_CODES as readonly string[]).includes(code)) problems.push(`${at}: ${upper} is not an EU Member State code (Greece is EL; the UK and EEA states do not count).`);
    else if ('error' in amount) problems.push(`${at}: ${amount.error}`);
    else if (amount.value > 10_000_000) problems.push(`${at}: more than any undertaking’s turnover; check the units (€ millions).`);
    else if (code in values) problems.push(`${at}: ${code} is listed twice.`);
    else values[code] = amount.value;
  });
  return { values, problems };
}

export const turnoverSchema = z.object({
  partyId: z.string({ message: reload }).uuid(reload),
  version: z.union([z.null(), version], { message: reload }).optional().transform((v) => (v === undefined ? null : v)),
  worldwideEurM: optionalEur,
  euEurM: optionalEur,
  byMemberState: wellFormedString('Enter one Member State per line, e.g. “DE 2000”.')
    .pipe(z.string().max(2000, 'At most 2,000 characters.'))
    .default('')
    .transform((text, ctx) => {
      const { values, problems } = parseMemberStateLines(text);
      if (problems.length) {
        ctx.addIssue({ code: 'custom', message: problems.join('\n') });
        return z.NEVER;
      }
      return values;
    }),
  byMemberStateComplete: z.boolean({ message: 'Tick or clear “the list is complete”.' }).optional().default(false),
});
export type TurnoverInput = z.input<typeof turnoverSchema>;
export type TurnoverData = z.output<typeof turnoverSchema>;

// HSR tables as an admin edits them: whole dollars (commas allowed), and "unverified" where the
// source could not confirm a boundary, as in lib/hsr/data.
const dollars = (label: string) =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).replace(/[,\s$]/g, ''))
    .refine((v) => /^\d{1,15}$/.test(v), `${label}: whole dollars, e.g. 133,900,000.`)
    .transform(Number);
const bound = (label: string, open: 'none' | null) =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim().replace(/[,\s$]/g, '').toLowerCase())
    .refine((v) => v === 'unverified' || (open !== null && v === open) || /^\d{1,15}$/.test(v), `${label}: whole dollars${open ? ', “none”' : ''} or “unverified”.`)
    .transform((v) => (v === 'unverified' || v === 'none' ? v : Number(v)));

export const hsrFeeTierSchema = z.object({
  fromUsd: bound('From', null),
  belowUsd: bound('Below', 'none'),
  feeUsd: z
    .union([z.string(), z.number()])
    .transform((v) => String(v).replace(/[,\s$]/g, ''))
    .refine((v) => v === '' || /^\d{1,12}$/.test(v), 'Fee: whole dollars, or empty when unverified.')
    .transform((v) => (v === '' ? null : Number(v))),
  verified: z.boolean({ message: 'Tick or clear “verified”.' }).optional().default(false),
});

export const hsrTableSchema = z.object({
  year: numberInput('Enter a year.').pipe(z.number().int('Enter a whole year.').min(2000, 'From 2000.').max(2100, 'Up to 2100.')),
  effectiveFrom: isoDate,
  source: requiredText(300, 'Source'),
  sizeOfTransactionUsd: dollars('Size of transaction'),
  sizeOfPersonSmallerUsd: dollars('Size of person (smaller)'),
  sizeOfPersonLargerUsd: dollars('Size of person (larger)'),
  noSizeOfPersonAboveUsd: dollars('No size-of-person test above'),
  feeTiers: z.array(hsrFeeTierSchema).min(1, 'At least one fee tier.').max(12, 'At most 12 tiers.'),
  version: z.union([z.null(), version], { message: reload }).optional().transform((v) => (v === undefined ? null : v)),
});
export type HsrTableInput = z.input<typeof hsrTableSchema>;
