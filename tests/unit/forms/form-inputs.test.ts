import { describe, expect, it } from 'vitest';
import { FORM_SAMPLES } from './form-samples';

/*
 * Every form's input schema, fed exactly what its form serialises in each variant a person can
 * choose. A form that hands its parsed values to the action is parsed twice (browser, then
 * server): the second parse must accept the first one's output and give the same result.
 */

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.') || '(form)'}: ${i.message}`);

describe.each(FORM_SAMPLES)('$form form', ({ schema, reparsed, variants }) => {
  it.each(Object.entries(variants))('accepts what the browser sends (%s)', (_, sent) => {
    const once = schema.safeParse(sent);
    expect(issues(once)).toEqual([]);
    if (!reparsed) return;
    const twice = schema.safeParse(once.data);
    expect(issues(twice)).toEqual([]);
    expect(twice.data).toEqual(once.data);
  });
});
