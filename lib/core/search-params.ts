import { z } from 'zod';
import { isWellFormedText } from './fields';

/*
 * Query strings are typed by anyone: `?q=%00`, `?actor=a&actor=b`, `?page=1e9`. Pages read them only
 * through `parseSearchParams`, field by field: a value that is missing, repeated or invalid is
 * treated as absent (the field's default), so a bad link shows the unfiltered page, never a 500.
 */

export type RawSearchParams = Record<string, string | string[] | undefined>;

// NUL and other control characters cannot reach PostgreSQL text (22021), and nobody types them.
const CONTROL = /[\u0000-\u001F\u007F]/;

/** Free text typed into a filter box; blank is absent. */
export function searchText(max = 200) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => isWellFormedText(s) && !CONTROL.test(s))
    .optional()
    .transform((s) => (s ? s : undefined));
}

/** A YYYY-MM-DD date (from `<input type=date>`); anything else is absent. */
export const searchDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s))
  .optional();

/** A positive whole number written in plain digits (page numbers, sequence cursors). */
export function searchInt(max: number) {
  return z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(max))
    .optional();
}

/** A "present or not" switch such as `?verify=1`. */
export const searchFlag = z
  .string()
  .optional()
  .transform((s) => s !== undefined && s !== '');

/**
 * Each field of `shape` parsed on its own from the one value the URL carries for it; a repeated,
 * missing or invalid value gives what the field gives for `undefined` (its default).
 */
export function parseSearchParams<T extends z.ZodRawShape>(shape: T, raw: RawSearchParams | URLSearchParams): { [K in keyof T]: z.output<T[K]> } {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const all = raw instanceof URLSearchParams ? raw.getAll(key) : ([] as string[]).concat(raw[key] ?? []);
    const value = all.length === 1 ? all[0] : undefined;
    const parsed = (schema as z.ZodType).safeParse(value);
    out[key] = parsed.success ? parsed.data : (schema as z.ZodType).parse(undefined);
  }
  return out as { [K in keyof T]: z.output<T[K]> };
}
