import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { isWellFormedText } from '@/lib/core/fields';
import { FORM_SAMPLES } from './form-samples';

/*
 * Whatever arrives (a fuzzer, a stale tab, a hand-made request), each input schema answers with
 * success or field errors, never with another exception, and never in the validation library's
 * own English ("Invalid input: expected string, received number"), which no lawyer can act on.
 */

// zod's built-in wording; the product's own messages never start like this.
const ZOD_DEFAULT = /^(Invalid input|Invalid option|Invalid (string|UUID|email|ISO|date)|Too (small|big)|Expected |Unrecognized key|Invalid element|Invalid key|Number must|String must)/;

function check(schema: { safeParse: (v: unknown) => { success: boolean; error?: ZodError } }, input: unknown) {
  const r = schema.safeParse(input);
  if (r.success) return;
  expect(r.error).toBeInstanceOf(ZodError);
  for (const issue of r.error!.issues) {
    expect(issue.message, JSON.stringify(issue)).not.toMatch(ZOD_DEFAULT);
    expect(issue.message.length).toBeGreaterThan(3);
  }
}

// Values of the kinds that have broken forms before: null, '', booleans, lone surrogates, Dates.
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, '', ' ', true, false, 0, -1, 1.5, 2 ** 31, '\ud800', 'a\udc00b', '\u0000', 'USD8,400m', '8,4 Mrd.', '１２３', 'x'.repeat(6000), [], { length: 1 }, [[]]),
  fc.date({ noInvalidDate: false }),
  fc.string({ unit: 'binary' }),
);

describe.each(FORM_SAMPLES)('$form schema under any input', ({ schema, variants }) => {
  const keys = [...new Set(Object.values(variants).flatMap((v) => Object.keys(v as object)))];
  const base = Object.values(variants)[0] as Record<string, unknown>;

  it('answers any JSON value with success or worded field errors', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => check(schema, v)), { numRuns: 150 });
  });

  it('answers a real form with any field replaced by a hostile value the same way', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), hostile, (key, value) => check(schema, { ...base, [key]: value })),
      { numRuns: 250 },
    );
  });
});

/** Every string anywhere in a parsed value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

describe.each(FORM_SAMPLES)('$form schema keeps what it accepts storable', ({ schema, variants }) => {
  const base = Object.values(variants)[0] as Record<string, unknown>;
  const keys = Object.keys(base);

  it.each(keys)('refuses a lone surrogate or NUL in %s (PostgreSQL would refuse it later)', (key) => {
    for (const bad of ['Atlas \ud800', '\udc00', 'a\u0000b']) {
      const r = schema.safeParse({ ...base, [key]: bad });
      if (r.success) expect(strings(r.data).every(isWellFormedText), `${key}=${JSON.stringify(bad)}`).toBe(true);
    }
  });

  it.each(keys)('never reads a boolean or a Date in %s as a number', (key) => {
    if (typeof base[key] === 'boolean') return;
    for (const bad of [true, false, new Date('2026-01-01')]) {
      const r = schema.safeParse({ ...base, [key]: bad });
      if (!r.success) continue;
      // Accepted only where the field ignores the value (e.g. a count on a merger) or it is a checkbox.
      const out = (r.data as Record<string, unknown>)[key];
      expect(typeof out === 'number', `${key}=${String(bad)} became ${String(out)}`).toBe(false);
    }
  });
});
