import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toResult } from '@/lib/core/action-result';
import { caseFilterShape, caseSchema } from '@/lib/cases/schemas';
import { parseAmount } from '@/lib/core/fields';
import { formatValueRange } from '@/lib/format';
import { parseSearchParams, searchDate, searchInt, searchText } from '@/lib/core/search-params';
import { EU_MEMBER_STATES } from '@/lib/jurisdiction/member-states';
import { marketSchema } from '@/lib/markets/schemas';
import { MEMBER_STATE_CODES, parseMemberStateLines, turnoverSchema } from '@/lib/reviews/schemas';
import { U1 } from './form-samples';

describe('amounts as people type them', () => {
  it.each([
    ['8400', 8400],
    ['8,400', 8400],
    ['8,400.5', 8400.5],
    [' 12.25 ', 12.25],
    [7, 7],
  ])('reads %j', (raw, value) => expect(parseAmount(raw, 'millions')).toEqual({ value }));

  it.each([
    ['USD8,400m', /Digits only, in millions .* the currency is chosen separately/],
    ['8,4 Mrd.', /Digits only/],
    ['8,4', /Use a point for decimals/],
    ['-5', /negative/],
    ['1.234', /two decimals/],
    ['١٢٣', /Digits only/],
    ['8.400.000', /Digits only, in millions, e.g. 8400/],
    [true, /Enter an amount/],
  ])('refuses %j saying why', (raw, message) => {
    const r = parseAmount(raw, 'millions');
    expect('error' in r && r.error).toMatch(message);
  });

  it('refuses a boolean where a number belongs (no coercion of true into 1)', () => {
    const base = { name: 'Atlas', codename: 'ATLAS', dealType: 'merger', description: '', valueLowM: true, valueHighM: '', currency: 'USD', status: 'pre-filing', longStopDate: '' };
    const r = caseSchema.safeParse(base);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['valueLowM', 'Enter an amount in millions.']]);
    const m = marketSchema.safeParse({ name: 'M', metric: 'count', geographicScope: 'W', asOf: '2025-01-01', mcDraws: true, mcSeed: new Date() });
    expect(m.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['mcDraws', 'Enter a number of draws.'],
      ['mcSeed', 'Enter a whole number.'],
    ]);
  });
});

describe('turnover by Member State', () => {
  it('keeps its list of codes equal to the jurisdiction engine’s', () => {
    expect([...MEMBER_STATE_CODES].sort()).toEqual([...EU_MEMBER_STATES].sort());
  });

  it('reports every bad line at once, in order, each with its line number', () => {
    const { problems } = parseMemberStateLines('XX 100\nDE abc\nIreland 200\nFR 150.5\n\nDE 8,4\nfr 3');
    expect(problems).toEqual([
      'Line 1 (“XX 100”): XX is not an EU Member State code (Greece is EL; the UK and EEA states do not count).',
      'Line 2 (“DE abc”): Digits only, in € millions (e.g. 8400 for 8.4 billion); the currency is chosen separately.',
      'Line 3 (“Ireland 200”): write a two-letter country code and an amount, e.g. “DE 2000”.',
      'Line 6 (“DE 8,4”): Use a point for decimals (8.4), not a comma.',
      'Line 7 (“fr 3”): FR is listed twice.',
    ]);
  });

  it('reads codes in any case, GR as EL, and grouped amounts', () => {
    const r = turnoverSchema.parse({ partyId: U1, version: null, worldwideEurM: '', euEurM: '', byMemberState: 'de 2,000\nGR: 10\nFR=150.5' });
    expect(r.byMemberState).toEqual({ DE: 2000, EL: 10, FR: 150.5 });
  });

  it('puts all the lines in one message at the field, one line each', () => {
    const r = turnoverSchema.safeParse({ partyId: U1, byMemberState: 'XX 1\nYY 2' });
    expect(r.error?.issues).toHaveLength(1);
    expect(r.error?.issues[0].path).toEqual(['byMemberState']);
    expect(r.error?.issues[0].message.split('\n')).toHaveLength(2);
  });
});

describe('query strings', () => {
  it('treats NUL, repeated, malformed and oversize values as absent', () => {
    expect(parseSearchParams(caseFilterShape, { q: '\u0000', status: ['all', 'archived'], page: '1e9' })).toEqual({ q: '', status: 'all', page: 1 });
    expect(parseSearchParams(caseFilterShape, new URLSearchParams('q=%00&page=0&status=nope'))).toEqual({ q: '', status: 'all', page: 1 });
    expect(parseSearchParams(caseFilterShape, { q: ' atlas ', status: 'archived', page: '3' })).toEqual({ q: 'atlas', status: 'archived', page: 3 });
    expect(parseSearchParams(caseFilterShape, { q: 'x'.repeat(201) }).q).toBe('');
  });

  it('reads dates and cursors only when they are what they claim', () => {
    const shape = { from: searchDate, before: searchInt(2 ** 31), actor: searchText(254) };
    expect(parseSearchParams(shape, { from: '2026-02-30', before: '-1', actor: ['a', 'b'] })).toEqual({ from: undefined, before: undefined, actor: undefined });
    expect(parseSearchParams(shape, { from: '2026-02-28', before: '120', actor: 'clara@' })).toEqual({ from: '2026-02-28', before: 120, actor: 'clara@' });
    expect(parseSearchParams(shape, { before: '99999999999' }).before).toBeUndefined();
  });
});

describe('action results', () => {
  it('names the field of a bad value instead of a nameless "Some fields need attention."', async () => {
    const mode = z.preprocess((m) => ({ mode: m }), z.object({ mode: z.enum(['replace', 'add'], { message: 'Choose whether to replace the clusters or add to them.' }) }));
    const r = await toResult(async () => mode.parse('merge'));
    expect(r).toMatchObject({ ok: false, fieldErrors: { mode: 'Choose whether to replace the clusters or add to them.' } });
    const whole = await toResult(async () => z.object({ a: z.string() }).parse(null));
    expect(whole).toMatchObject({ ok: false, message: 'This form did not arrive complete; reload the page and try again.' });
  });
});

describe('a case’s estimated value', () => {
  it.each([
    [null, null, '—'],
    ['8000.00', null, 'from USD 8,000m'],
    [null, '12000.00', 'up to USD 12,000m'],
    ['8000.00', '8000.00', 'USD 8,000m'],
    ['8000.00', '12000.50', 'USD 8,000m – 12,000.5m'],
  ])('%j – %j reads “%s”', (low, high, text) => expect(formatValueRange('USD', low, high)).toBe(text));
});
