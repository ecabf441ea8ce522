// The event form's schema on exactly what the browser sends for the new review kinds: strings
// for numbers, '' for an empty field, and hidden fields left over from another event type.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES_BY_AUTHORITY, REVIEW_EVENT_TYPES, reviewEventSchema } from '@/lib/reviews/schemas';

const sent = (over: Record<string, unknown>) => ({ type: 'uk-extension', date: '2023-01-05', restartedOn: '', phase: '', workingDays: '', amount: '', article: '', hsrKind: '', label: '', note: '', done: false, ...over });

describe('reviewEventSchema for extensions', () => {
  it('coerces "8" weeks and keeps null for an empty amount on events without one', () => {
    expect(reviewEventSchema.parse(sent({ amount: '8' })).amount).toBe(8);
    expect(reviewEventSchema.parse(sent({ type: 'uk-phase1-commenced', amount: '' })).amount).toBeNull();
    expect(reviewEventSchema.parse(sent({ type: 'uk-phase1-commenced', amount: null })).amount).toBeNull();
  });

  it.each([
    ['uk-extension', '', 'Enter whole weeks from 1 to 8'],
    ['uk-extension', '9', 'Enter whole weeks from 1 to 8'],
    ['uk-extension', '2.5', 'Enter whole weeks from 1 to 8'],
    ['samr-extension', '61', 'Enter whole days from 1 to 60'],
    ['bkarta-extension', '0', 'Enter whole days from 1 to 366'],
  ])('%s with amount %j is refused on the amount field', (type, amount, message) => {
    const result = reviewEventSchema.safeParse(sent({ type, amount }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === 'amount')?.message).toContain(message);
  });

  it('refuses a non-number with a plain message, not a 500', () => {
    const result = reviewEventSchema.safeParse(sent({ amount: 'eight' }));
    expect(result.error?.issues[0]).toMatchObject({ path: ['amount'], message: 'Enter a number.' });
  });

  it('every event type of every authority is a stored event type', () => {
    for (const types of Object.values(EVENT_TYPES_BY_AUTHORITY)) for (const t of types) expect(REVIEW_EVENT_TYPES).toContain(t);
  });
});
