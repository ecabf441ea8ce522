// The review-event schema on exactly what the browser sends: '' for an empty date, booleans (or
// "on") from checkboxes, strings for numbers.
import { describe, expect, it } from 'vitest';
import { reviewEventSchema, STOP_CLOCK_RESTART_HINT, STOP_CLOCK_RESTART_LABEL } from '@/lib/reviews/schemas';

const base = { label: '', note: '', phase: '', workingDays: '', article: '', hsrKind: '', restartedOn: '', acquiredReceivedOn: '', done: false };

describe('review event schema', () => {
  it('takes both HSR filings and the 16 CFR 801.30 flag', () => {
    const data = reviewEventSchema.parse({ ...base, type: 'filing-received', date: '2026-03-02', hsrKind: 'standard', acquiredReceivedOn: '2026-03-05', section80130: false });
    expect(data).toMatchObject({ acquiredReceivedOn: '2026-03-05', section80130: false });
    expect(reviewEventSchema.parse({ ...base, type: 'filing-received', date: '2026-03-02', section80130: 'on' }).section80130).toBe(true);
    expect(reviewEventSchema.parse({ ...base, type: 'filing-received', date: '2026-03-02' })).toMatchObject({ acquiredReceivedOn: null, section80130: false });
  });

  it('refuses a malformed acquired person’s filing date at its field', () => {
    const r = reviewEventSchema.safeParse({ ...base, type: 'filing-received', date: '2026-03-02', acquiredReceivedOn: '2026-02-30' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['acquiredReceivedOn']);
  });

  it('records whether an extension was requested or agreed', () => {
    expect(reviewEventSchema.parse({ ...base, type: 'extension', date: '2026-06-10', workingDays: '10' })).toMatchObject({ workingDays: 10, extensionByAgreement: false });
    expect(reviewEventSchema.parse({ ...base, type: 'extension', date: '2026-06-10', workingDays: '10', extensionByAgreement: true }).extensionByAgreement).toBe(true);
  });

  it('a restart on or before the stop is refused, and the field is labelled with the Commission’s phrasing in mind', () => {
    const r = reviewEventSchema.safeParse({ ...base, type: 'stop-clock', date: '2025-07-28', restartedOn: '2025-07-28' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['restartedOn'] });
    expect(STOP_CLOCK_RESTART_LABEL).toBe('Clock restarts on (first day counted again)');
    expect(STOP_CLOCK_RESTART_HINT).toMatch(/“ended on X with effect as of Y”.*enter Y/);
  });

  it('accepts a closing in an EU review (the standstill check needs it)', () => {
    expect(reviewEventSchema.parse({ ...base, type: 'closing', date: '2026-04-10' }).type).toBe('closing');
  });
});
