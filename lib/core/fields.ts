import { z } from 'zod';

/*
 * Building blocks every input schema shares (imports only zod, so forms and verbs can use them).
 *
 * Installing the product's own wording for zod's generic issues happens here, at import: every
 * schema file imports this module, so the words apply on the client and on the server alike. A
 * message written on a schema still wins; these only replace zod's default English ("Invalid
 * input: expected string, received number"), which tells a lawyer nothing about what to do.
 */

const TYPE_WORDS: Record<string, string> = {
  string: 'Enter text here.',
  number: 'Enter a number.',
  int: 'Enter a whole number.',
  boolean: 'Tick or clear this box.',
  array: 'Choose from the list.',
  date: 'Enter a date in the form YYYY-MM-DD.',
};

function productMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      // A whole object missing means the form itself did not arrive (a stale page, a broken request).
      if (issue.expected === 'object') return 'This form did not arrive complete; reload the page and try again.';
      if (issue.input === undefined || issue.input === null) return 'This field is required.';
      return TYPE_WORDS[issue.expected] ?? 'This value is not of the kind expected here.';
    case 'invalid_value':
      return 'Choose one of the options offered.';
    case 'invalid_union':
      return 'This value is not one this field accepts.';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'This field is required.' : `Use at least ${issue.minimum} characters.`;
      if (issue.origin === 'array') return `Choose at least ${issue.minimum}.`;
      return `At least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${Number(issue.maximum).toLocaleString('en-US')} characters.`;
      if (issue.origin === 'array') return `At most ${issue.maximum}.`;
      return `At most ${Number(issue.maximum).toLocaleString('en-US')}.`;
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return 'Choose an entry from the list.';
      if (issue.format === 'email') return 'Enter a valid email address.';
      return 'This value is not in the expected form.';
    case 'not_multiple_of':
      return 'Enter a whole number.';
    case 'unrecognized_keys':
      return 'The form sent fields this page does not have; reload the page and try again.';
    default:
      return 'Check this value.';
  }
}

z.config({ customError: productMessage });

/**
 * Text PostgreSQL and the audit trail can store: no lone surrogate halves (what a cut emoji or a
 * broken client leaves), no NUL, no Unicode non-characters. PostgreSQL refuses these in text and
 * JSON, so letting them through turns a typing accident into "Something went wrong".
 */
const ILL_FORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000\uFFFE\uFFFF]/;
export const ILL_FORMED_MESSAGE = 'Contains characters that are not valid text (a broken emoji or a stray control code); please retype it.';

export function isWellFormedText(s: string): boolean {
  return !ILL_FORMED.test(s);
}

/** Any string that is valid Unicode; the base of every free-text field. */
export function wellFormedString(message = TYPE_WORDS.string) {
  return z.string({ message }).refine(isWellFormedText, ILL_FORMED_MESSAGE);
}

/**
 * A number typed into a form (a string) or sent as a number, never anything else: `true`, a
 * Date or an array are refused rather than coerced (z.coerce would read `true` as 1 and '' as 0).
 * Digits with an optional sign and decimal point only, so "0x10" or "1e5" are not read as numbers.
 */
export function numberInput(message: string) {
  return z.union([z.number({ message }), z.string({ message })], { message }).transform((v, ctx) => {
    const s = typeof v === 'string' ? v.trim() : v;
    const n = typeof s === 'number' ? s : /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return n;
  });
}

/** A row version echoed back by a form: a whole number in PostgreSQL's integer range. */
export const versionField = numberInput('Reload the page and try again.').pipe(
  z.number().int('Reload the page and try again.').min(0, 'Reload the page and try again.').max(2_147_483_647, 'Reload the page and try again.'),
);

/**
 * The version a removal was asked for, parsed like every other field: removals take it as a separate
 * argument from the page, and a forged or stale value must be refused, not compared as it came.
 */
export function parseVersion(value: unknown): number {
  return versionField.parse(value);
}

const GROUPED_DECIMAL = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * An amount in millions as people type it: "8400", "8,400", "8400.5". What it cannot read
 * unambiguously is refused with the reason: a currency or unit typed in ("USD8,400m"), a decimal
 * comma ("8,4 Mrd." is 8.4 in German but 84 in English), more than two decimals.
 */
export function parseAmount(raw: unknown, unit: string): { value: number } | { error: string } {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { error: `Enter an amount in ${unit}.` };
    return checkAmount(raw);
  }
  if (typeof raw !== 'string') return { error: `Enter an amount in ${unit}.` };
  const s = raw.trim();
  if (/^-/.test(s)) return { error: 'The amount cannot be negative.' };
  if (/[^\d.,\s]/.test(s)) return { error: `Digits only, in ${unit} (e.g. 8400 for 8.4 billion); the currency is chosen separately.` };
  if (/^\d+,\d{1,2}$/.test(s)) return { error: 'Use a point for decimals (8.4), not a comma.' };
  const plain = GROUPED_DECIMAL.test(s) ? s.replace(/,/g, '') : s;
  if (!/^\d+(\.\d+)?$/.test(plain)) return { error: `Digits only, in ${unit}, e.g. 8400 or 8,400.5.` };
  return checkAmount(Number(plain));
}

function checkAmount(n: number): { value: number } | { error: string } {
  if (n < 0) return { error: 'The amount cannot be negative.' };
  // Beyond 10^15 the caller's upper bound speaks; String() would switch to exponent notation there.
  if (n < 1e15 && !/^\d+(\.\d{1,2})?$/.test(String(n))) return { error: 'Use at most two decimals.' };
  return { value: n };
}

/**
 * An optional amount: '' or null (what a cleared field sends) is blank, kept as `blank` so the
 * output parses again unchanged; anything else goes through `parseAmount` and the range check.
 */
export function optionalAmount<B extends '' | null>(opts: { unit: string; max: number; maxMessage: string; blank: B }) {
  return z
    .union([z.string(), z.number(), z.null()], { message: `Enter an amount in ${opts.unit}.` })
    .optional()
    .transform((v, ctx): number | B => {
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return opts.blank;
      const r = parseAmount(v, opts.unit);
      if ('error' in r) {
        ctx.addIssue({ code: 'custom', message: r.error });
        return z.NEVER;
      }
      if (r.value > opts.max) {
        ctx.addIssue({ code: 'custom', message: opts.maxMessage });
        return z.NEVER;
      }
      return r.value;
    });
}

// Refuses control characters, bidi overrides and zero-width characters that make names misleading.
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
export const UNSAFE_TEXT_MESSAGE =
  'Contains invisible or direction-changing characters; please retype it as plain text.';

export function safeText(max: number, label: string) {
  return z
    .string({ message: `${label}: enter text.` })
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(isWellFormedText, ILL_FORMED_MESSAGE)
    .refine((s) => !UNSAFE_TEXT.test(s), UNSAFE_TEXT_MESSAGE)
    .refine((s) => !/<\s*\/?\s*script/i.test(s), `${label} may not contain script tags.`)
    .transform((s) => s.normalize('NFC'));
}

export function requiredText(max: number, label: string) {
  return safeText(max, label).refine((s) => s.length > 0, `${label} is required.`);
}

// Dates arrive as YYYY-MM-DD from <input type=date>; an impossible date (2026-02-30) is refused.
export const isoDate = z
  .string({ message: 'Enter a date in the form YYYY-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD.')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1990 && y <= 2100;
  }, 'This date does not exist in the calendar (or is outside 1990–2100).');
